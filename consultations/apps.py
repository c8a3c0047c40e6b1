from django.apps import AppConfig
from django.db.models.signals import post_migrate

LEAD_REVIEWERS_GROUP = "Lead reviewers"
# Reviewers follow requests up; exporting them is a separate permission
# (consultations.export_consultationrequest) for whoever needs the file.
LEAD_REVIEWER_PERMISSIONS = [
    "view_consultationrequest",
    "change_consultationrequest",
    "add_note",
    "view_note",
    "view_statuschange",
    "view_emaildelivery",
]


def ensure_lead_reviewers_group(**kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=LEAD_REVIEWERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="consultations",
            codename__in=LEAD_REVIEWER_PERMISSIONS,
        )
    )


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = "Consultation requests"

    def ready(self) -> None:
        from consultations import checks  # noqa: F401 - registers the checks

        post_migrate.connect(ensure_lead_reviewers_group, sender=self)

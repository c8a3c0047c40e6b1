from django.apps import AppConfig
from django.db.models.signals import post_migrate

PHYSICIANS_GROUP = "Physicians"
# Physicians write and edit their own posts; publishing is a separate
# permission (blog.publish_post) given to whoever signs posts off.
PHYSICIAN_PERMISSIONS = [
    ("blog", "add_post"),
    ("blog", "change_post"),
    ("blog", "view_post"),
    ("blog", "view_topic"),
    ("blog", "view_series"),
]


def ensure_physicians_group(**kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=PHYSICIANS_GROUP)
    for app_label, codename in PHYSICIAN_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission:
            group.permissions.add(permission)


class BlogConfig(AppConfig):
    name = "blog"

    def ready(self) -> None:
        # After every migrate, so a new database gets the group too.
        post_migrate.connect(ensure_physicians_group, sender=self)

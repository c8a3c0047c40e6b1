from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ClinicSiteConfig(AppConfig):
    name = "clinic_site"
    verbose_name = "Clinic"

    def ready(self) -> None:
        from clinic_site.models import ClinicProfile, Location
        from clinic_site.shell import clear_site_shell

        # Cache invalidation is the one job signals do here: it must follow
        # every save, wherever it comes from (admin, shell, demo loader).
        for model in (ClinicProfile, Location):
            post_save.connect(clear_site_shell, sender=model)
            post_delete.connect(clear_site_shell, sender=model)

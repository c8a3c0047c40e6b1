from django.conf import settings
from django.core.checks import Tags, Warning, register

from consultations.ratelimit import parse_rate


@register(Tags.security, deploy=True)
def check_staff_are_told_about_requests(app_configs, **kwargs) -> list[Warning]:
    if settings.STAFF_NOTIFICATION_EMAILS:
        return []
    return [
        Warning(
            "STAFF_NOTIFICATION_EMAILS is empty: nobody is emailed about new "
            "consultation requests.",
            hint="Set it to the staff addresses, comma-separated.",
            id="consultations.W001",
        )
    ]


@register()
def check_rate_limit_setting(app_configs, **kwargs) -> list[Warning]:
    try:
        parse_rate(settings.CONSULTATION_RATE_LIMIT)
    except ValueError as error:
        return [Warning(str(error), id="consultations.W002")]
    return []

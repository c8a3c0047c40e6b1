"""The one-time form token: a signed UUID and the time the form was shown.

It proves the form came from this site, measures how long the visitor took
(bots submit in an instant), names the submission so a double click or a
resubmit finds the request it already made, and carries where the visitor came
from without any cookie.
"""

import uuid
from dataclasses import dataclass

from django.core import signing
from django.utils import timezone

SALT = "consultations.form-token"
MAX_AGE_SECONDS = 60 * 60 * 24  # a form left open overnight still works


@dataclass(frozen=True)
class FormToken:
    submission_id: uuid.UUID
    age_seconds: float
    attribution: dict


def issue_token(attribution: dict | None = None) -> str:
    """`attribution`: where the visitor came from, captured when the form was
    shown, carried to the submission inside the signed token."""
    return signing.dumps(
        {"id": uuid.uuid4().hex, "at": timezone.now().timestamp(), "src": attribution},
        salt=SALT,
        compress=True,
    )


def read_token(value: str) -> FormToken | None:
    """The token's contents, or None when it is forged, damaged or too old."""
    try:
        data = signing.loads(value, salt=SALT, max_age=MAX_AGE_SECONDS)
        return FormToken(
            submission_id=uuid.UUID(data["id"]),
            age_seconds=timezone.now().timestamp() - float(data["at"]),
            attribution=data.get("src") or {},
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None

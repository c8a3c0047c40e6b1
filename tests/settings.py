"""Test settings: production settings (DEBUG off) with test-only values.

The environment still decides the database, so CI runs the same suite on SQLite
and on PostgreSQL through DATABASE_URL.
"""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("SITE_URL", "https://clinic.example.com")
# The test client and the live server speak plain HTTP.
for name in ("SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"):
    os.environ.setdefault(name, "False")
os.environ.setdefault("STAFF_NOTIFICATION_EMAILS", "leads@example.com")

from clinic_site.settings import *  # noqa: E402, F403

# No manifest exists until collectstatic runs; tests serve from the finders.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed only
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="clinic-test-media-"))
# Serve static files from the finders; there is no collectstatic in tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

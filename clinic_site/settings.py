"""Settings for the clinic site, read from the environment.

Every variable is listed with a comment in `.env.example`. Local runs need none
of them: DEBUG on gives a SQLite database, the console mailer and local-memory
cache. With DEBUG off, the settings that production cannot guess are required
and a missing or malformed one stops the process with one clear line.
"""

import warnings
from pathlib import Path

import environ
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local `.env` file is optional; real environment variables win over it.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)


def configuration_error(message: str) -> SystemExit:
    """A one-line message on stderr and exit status 1, instead of a traceback."""
    return SystemExit(f"Configuration error: {message}")


def read(reader, name: str, **kwargs):
    """Read one variable, turning a malformed value into a configuration error."""
    try:
        with warnings.catch_warnings():
            # environ only warns about some bad values (an unknown database
            # engine); those must stop the process too.
            warnings.simplefilter("error")
            return reader(name, **kwargs)
    except Exception as error:  # environ raises several types for bad values
        raise configuration_error(f"{name} could not be read: {error}") from None


def read_bool(name: str, *, default: bool) -> bool:
    """Strict on/off: a typo such as DEBUG=ture must not silently mean False."""
    raw = env.str(name, default="").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise configuration_error(f"{name} could not be read: use True or False.")


DEBUG = read_bool("DEBUG", default=False)

SECRET_KEY = read(env.str, "SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise configuration_error(
            "SECRET_KEY must be set when DEBUG is off "
            "(for example: SECRET_KEY=$(openssl rand -base64 48))."
        )
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"  # noqa: S105

ALLOWED_HOSTS = read(
    env.list,
    "ALLOWED_HOSTS",
    default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else [],
)
if not ALLOWED_HOSTS:
    raise configuration_error(
        "ALLOWED_HOSTS must list the site's host names when DEBUG is off."
    )
if "*" in ALLOWED_HOSTS and not DEBUG:
    raise configuration_error("ALLOWED_HOSTS must not be '*' when DEBUG is off.")

# The public origin, used for canonical links, sitemaps and links in emails.
SITE_URL = read(
    env.str,
    "SITE_URL",
    default="http://127.0.0.1:8000" if DEBUG else f"https://{ALLOWED_HOSTS[0]}",
).rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_tasks_db",
    "clinic_site",
    "conditions",
    "blog",
    "consultations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "clinic_site.urls"
WSGI_APPLICATION = "clinic_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clinic_site.context_processors.site_shell",
            ],
        },
    },
]

# Database: SQLite file by default, PostgreSQL (psycopg 3) through DATABASE_URL.
DATABASES = {
    "default": read(
        env.db_url,
        "DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
    )
}
if not DATABASES["default"].get("ENGINE"):
    raise configuration_error(
        "DATABASE_URL could not be read: use sqlite:///path or "
        "postgres://user:password@host:port/name."
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and an immediate write lock let the web process and the worker share
    # the file without "database is locked" errors.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = read(env.int, "CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, so rate limits and cached pages are shared
# by every web process; local memory otherwise.
REDIS_URL = read(env.str, "REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "clinic",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background work: Django's Tasks framework with a durable database queue.
# A larger clinic can switch to django-tasks-rq by changing TASKS_BACKEND only.
TASKS = {
    "default": {
        "BACKEND": read(
            env.str, "TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"
        ),
        "QUEUES": ["default"],
    }
}

# Mail through Django 6.1's MAILERS: SMTP when EMAIL_HOST is set, else console.
email_host = read(env.str, "EMAIL_HOST", default="")
if email_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": email_host,
                "port": read(env.int, "EMAIL_PORT", default=587),
                "username": read(env.str, "EMAIL_HOST_USER", default=""),
                "password": read(env.str, "EMAIL_HOST_PASSWORD", default=""),
                "use_tls": read_bool("EMAIL_USE_TLS", default=True),
                "timeout": 20,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = read(
    env.str, "DEFAULT_FROM_EMAIL", default="Clinic website <noreply@example.com>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
STAFF_NOTIFICATION_EMAILS = read(env.list, "STAFF_NOTIFICATION_EMAILS", default=[])

_validators = "django.contrib.auth.password_validation"
# Consultation requests: new requests allowed per visitor address (e.g. 5/h,
# 20/d), and how many reverse proxies in front of the site add to
# X-Forwarded-For (0: use the connection's address).
CONSULTATION_RATE_LIMIT = read(env.str, "CONSULTATION_RATE_LIMIT", default="5/h")
NUM_PROXIES = read(env.int, "NUM_PROXIES", default=0)
PRIVACY_POLICY_VERSION = "2026-11"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_validators}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_validators}.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": f"{_validators}.CommonPasswordValidator"},
    {"NAME": f"{_validators}.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Los_Angeles"
USE_I18N = True
USE_TZ = True

# Static files: fingerprinted and compressed by whitenoise, served by the app.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(read(env.str, "MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Uploaded images are served by Django only when asked; in production a proxy
# (or object storage) should serve MEDIA_ROOT.
SERVE_MEDIA = read_bool("SERVE_MEDIA", default=DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_MAX_AGE = 31536000 if not DEBUG else 0

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Security. The three HTTPS switches default to on with DEBUG off; set them to
# False only to try production mode over plain HTTP on localhost.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = read_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = read_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = read_bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # probes speak plain HTTP inside the host
SECURE_HSTS_SECONDS = read(
    env.int, "SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = read_bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
SECURE_HSTS_PRELOAD = read_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8  # a staff working day
X_FRAME_OPTIONS = "DENY"
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # 2.5 MB for form posts
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# No third-party origin is allowed anywhere: scripts, styles, fonts and images
# are all served by this site.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django": {
            "handlers": ["console"],
            "level": read(env.str, "LOG_LEVEL", default="INFO"),
            "propagate": False,
        },
    },
}

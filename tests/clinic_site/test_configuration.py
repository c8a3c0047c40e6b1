"""Bad configuration stops the process with one clear line, not a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-for-this-test-only",
    "ALLOWED_HOSTS": "clinic.example.com",
    "DEBUG": "False",
}


def run_check(**env_overrides: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DATABASE_URL"}
    }
    env.update(PRODUCTION_ENV)
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "clinic_site.settings"
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=PROJECT_ROOT,
        env={k: v for k, v in env.items() if v is not None and v != "<unset>"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_pass_the_system_check():
    result = run_check()

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": "<unset>"}, "SECRET_KEY must be set when DEBUG is off"),
        ({"ALLOWED_HOSTS": "<unset>"}, "ALLOWED_HOSTS must list the site's host"),
        ({"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS must not be '*'"),
        ({"DATABASE_URL": "not a database url"}, "DATABASE_URL could not be read"),
        ({"DATABASE_URL": "postgres://user@host:notaport/db"}, "DATABASE_URL"),
        ({"DEBUG": "maybe"}, "DEBUG could not be read"),
        ({"EMAIL_PORT": "twenty-five", "EMAIL_HOST": "smtp.example.com"}, "EMAIL_PORT"),
    ],
)
def test_bad_configuration_is_one_clear_line(overrides, message):
    result = run_check(**overrides)

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error: ")
    assert message in lines[0]

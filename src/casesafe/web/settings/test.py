"""pytest: the same stack as production on SQLite or, with DATABASE_URL, PostgreSQL."""

from __future__ import annotations

import tempfile
from pathlib import Path

from casesafe.web.settings.base import *  # noqa: F403
from casesafe.web.settings.base import STORAGES

SECRET_KEY = "test-only-not-secret"  # noqa: S105
CASESAFE_DEMO = True
_TMP = Path(tempfile.mkdtemp(prefix="casesafe-test-"))
CASESAFE_FIELD_KEY_FILE = _TMP / "keys" / "field-encryption.key"
CASESAFE_SIGNING_KEY_FILE = _TMP / "keys" / "record-signing.key"
STORAGES = {
    **STORAGES,
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": _TMP / "uploads"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Argon2 at full cost makes every sign-in in a test cost ~0.1 s; the hasher is the same.
# WhiteNoise scans STATIC_ROOT each time a test client builds the middleware chain; the
# collected USWDS tree is tens of thousands of files. Tests serve static files through
# the finders instead (pytest-django's live server does), so point it at an empty folder.
STATIC_ROOT = _TMP / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
PASSWORD_HASHERS = ["casesafe.apps.accounts.passwords.FastArgon2PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

"""`make run`: the embedded SQLite database, the demo agency, keys under var/."""

from __future__ import annotations

from casesafe.apps.core.keys import secret_key_from
from casesafe.web.env import env, env_bool
from casesafe.web.settings.base import *  # noqa: F403
from casesafe.web.settings.base import KEYS_DIR

SECRET_KEY = env("DJANGO_SECRET_KEY", "") or secret_key_from(KEYS_DIR / "django-secret.key")
CASESAFE_DEMO = env_bool("CASESAFE_DEMO", True)
DEBUG = env_bool("DJANGO_DEBUG", False)

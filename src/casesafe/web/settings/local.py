"""`make run`: the embedded SQLite database, the demo agency, keys under var/."""

from __future__ import annotations

from casesafe.apps.core.keys import secret_key_from
from casesafe.web.env import env, env_bool
from casesafe.web.settings.base import *  # noqa: F403
from casesafe.web.settings.base import KEYS_DIR

SECRET_KEY = env("DJANGO_SECRET_KEY", "") or secret_key_from(KEYS_DIR / "django-secret.key")
CASESAFE_DEMO = env_bool("CASESAFE_DEMO", True)
DEBUG = env_bool("DJANGO_DEBUG", False)

# Without an SMTP server configured, mail (reset links, e-mail deliveries) is printed to
# the console of `make run` instead of failing. Set EMAIL_HOST to use a real server.
EMAIL_HOST = env("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_PORT = int(env("EMAIL_PORT", "25"))
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "casesafe@localhost")

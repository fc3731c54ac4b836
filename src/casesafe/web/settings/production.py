"""Production: PostgreSQL, TLS in front, secrets from the environment or *_FILE."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from casesafe.web.env import env, env_bool, env_int
from casesafe.web.settings.base import *  # noqa: F403

SECRET_KEY = env("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be at least 50 characters in production.")
DEBUG = False
if env_bool("CASESAFE_DEMO", False) or env_bool("DJANGO_DEBUG", False):
    raise ImproperlyConfigured("Production settings refuse CASESAFE_DEMO and DJANGO_DEBUG.")
CASESAFE_DEMO = False

SECURE_SSL_REDIRECT = env_bool("CASESAFE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("CASESAFE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"

EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")

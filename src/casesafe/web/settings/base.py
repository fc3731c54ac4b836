"""Settings shared by every environment. `local` (make run), `test` and `production` extend it."""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from casesafe.web.env import env, env_bool, env_int, env_list, env_webhooks

SRC_DIR = Path(__file__).resolve().parents[3]  # .../src
REPO_DIR = SRC_DIR.parent
VAR_DIR = Path(env("CASESAFE_VAR_DIR", str(REPO_DIR / "var"))).resolve()
KEYS_DIR = Path(env("CASESAFE_KEYS_DIR", str(VAR_DIR / "keys"))).resolve()

SECRET_KEY = env("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
# Demo conveniences (pre-enrolled MFA for demo users) are allowed only where a settings
# module turns them on; production refuses to start with them.
CASESAFE_DEMO = False

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "casesafe.apps.core",
    "casesafe.apps.agencies",
    "casesafe.apps.accounts",
    "casesafe.apps.records",
    "casesafe.apps.cases",
    "casesafe.apps.checks",
    "casesafe.apps.communications",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "casesafe.apps.core.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "casesafe.apps.accounts.middleware.SessionLimitsMiddleware",
    "casesafe.apps.accounts.middleware.MfaRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "casesafe.apps.core.middleware.NoStoreMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "casesafe.web.urls"
WSGI_APPLICATION = "casesafe.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "casesafe" / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "casesafe.apps.core.context_processors.navigation",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
# SQLite under var/ by default (one command to run); PostgreSQL through DATABASE_URL.
SQLITE_PATH = Path(env("CASESAFE_SQLITE_PATH", str(VAR_DIR / "casesafe.sqlite3")))
DATABASE_URL = env("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": {
                # WAL for concurrent readers; synchronous=FULL so a committed record
                # survives power loss (security.md 12). IMMEDIATE avoids lock upgrades.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
            },
        }
    }
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background tasks -----------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": env("CASESAFE_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- People and sessions (security.md 1-5) --------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "casesafe.apps.accounts.passwords.LengthForMfaValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"
PASSWORD_RESET_TIMEOUT = 3600  # reset links valid for at most one hour

SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CASESAFE_SESSION_IDLE_SECONDS = min(env_int("CASESAFE_SESSION_IDLE_MINUTES", 15), 30) * 60
CASESAFE_SESSION_ABSOLUTE_SECONDS = 12 * 3600

# Outbound channels (communications app): the sender address of agency email, and the
# agency's own messaging gateways behind the signed webhook channel, as JSON
# ({"sms": {"url": "https://...", "secret_file": "/run/secrets/sms"}}).
CASESAFE_EMAIL_FROM = env("CASESAFE_EMAIL_FROM", "")
CASESAFE_WEBHOOKS = env_webhooks("CASESAFE_WEBHOOKS")
SESSION_COOKIE_AGE = CASESAFE_SESSION_ABSOLUTE_SECONDS
CSRF_COOKIE_HTTPONLY = True

AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = 0.25  # hours: 15 minutes, never permanent
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"

OTP_TOTP_ISSUER = "CaseSafe"

# --- Security headers -----------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CASESAFE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'none'; object-src 'none'"
)

# --- Static files (USWDS comes from npm, copied into static/vendor by make) -----------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [SRC_DIR / "casesafe" / "web" / "static"]
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": VAR_DIR / "uploads"},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Keys kept outside the database ---------------------------------------------------
CASESAFE_FIELD_KEY_FILE = Path(
    env("CASESAFE_FIELD_KEY_FILE", str(KEYS_DIR / "field-encryption.key"))
)
CASESAFE_SIGNING_KEY_FILE = Path(
    env("CASESAFE_SIGNING_KEY_FILE", str(KEYS_DIR / "record-signing.key"))
)

# --- Logging: never PII ---------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"scrub": {"()": "casesafe.apps.core.logging.ScrubFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["scrub"]}
    },
    "root": {"handlers": ["console"], "level": env("CASESAFE_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        "django.server": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

NINJA_PAGINATION_PER_PAGE = 50

# security.md 4 locks out per username, deliberately not per IP (shared agency NAT would
# lock a whole office out); axes warns about that choice.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

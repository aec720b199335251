"""The one settings module: defaults here, every override from an environment variable.

docs/configuration.md lists each variable; keep the two in step.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent


def env(name: str, default: str = "") -> str:
    """A variable's value; unset and empty both mean the default."""
    return os.environ.get(name) or default


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("ACADEMY_DEBUG", False)
BEHIND_PROXY = env_bool("ACADEMY_BEHIND_PROXY", False)
DATA_DIR = Path(env("ACADEMY_DATA_DIR", str(Path.cwd() / "var"))).resolve()


def _secret_key() -> str:
    """The secret from the environment; in development one is made once and kept in DATA_DIR."""
    if key := env("ACADEMY_SECRET_KEY"):
        return key
    if not DEBUG:
        raise ImproperlyConfigured("ACADEMY_SECRET_KEY must be set when ACADEMY_DEBUG is off.")
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ACADEMY_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("ACADEMY_CSRF_TRUSTED_ORIGINS", "")
SITE_URL = env("ACADEMY_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "academy.common",
    "academy.people",
    "academy.audit",
    "academy.editions",
    "academy.applications",
    "academy.programme",
    "academy.attendance",
    "academy.certificates",
    "academy.travel",
    "academy.brain",
    "academy.learning",
    "academy.hosting",
    "academy.reports",
    "academy.outbox",
    "academy.messaging",
    "academy.surveys",
    "academy.home",
    "academy.api",
    "academy.demo",
    "academy.apps.BackOfficeConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "axes",
    "csp",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "rules.apps.AutodiscoverRulesConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "academy.common.middleware.ReadAheadMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "academy.common.middleware.UserTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "academy.editions.middleware.EditionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Last, as django-axes asks, so that it sees every failed login.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "academy.urls"
WSGI_APPLICATION = "academy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "academy.common.context_processors.language_links",
            ],
        },
    },
]

# Databases: SQLite is the embedded default; PostgreSQL (psycopg 3) through DATABASE_URL.
DATABASE_URL = env("DATABASE_URL", f"sqlite:///{DATA_DIR / 'academy.sqlite3'}")
# A PostgreSQL connection is a server process to start: each worker keeps its own (opening one per request cost
# more than the page under load); a SQLite connection is a file to open.
SERVER_DATABASE = not DATABASE_URL.startswith("sqlite")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=int(env("ACADEMY_DB_CONN_MAX_AGE", "60" if SERVER_DATABASE else "0")),
        # A persistent connection is checked before each request's first query and reopened when the
        # database restarted meanwhile: the site recovers from a restart without restarting the app.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers go on while one writer writes; IMMEDIATE takes the write lock at
        # BEGIN, so concurrent writers wait (up to the timeout) instead of failing mid-transaction.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=20000;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "academy.common.cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
        }
    }
    # Sessions are read from Redis (one query less on every logged-in page) and written through to the
    # database, so a Redis restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "academy_cache",
        }
    }

# Background work: the Django Tasks API. The database backend needs nothing more than the database.
TASKS_BACKEND = env("ACADEMY_TASKS_BACKEND", "database")
_TASK_BACKENDS = {
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]},
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"ACADEMY_TASKS_BACKEND must be one of {sorted(_TASK_BACKENDS)}")
if TASKS_BACKEND == "rq":
    if not REDIS_URL:
        raise ImproperlyConfigured("ACADEMY_TASKS_BACKEND=rq needs REDIS_URL.")
    INSTALLED_APPS += ["django_rq"]
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
TASKS = {"default": _TASK_BACKENDS[TASKS_BACKEND]}

# Accounts: e-mail is the login; allauth handles sign-up, verification and password reset.
AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "academy.people.backends.PasswordBackend",
    "academy.people.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home:dashboard"
LOGOUT_REDIRECT_URL = "editions:history"
ACCOUNT_ADAPTER = "academy.people.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_FORMS = {"signup": "academy.people.forms.SignupForm"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = False
EMAIL_SUBJECT_PREFIX = "[SSE Academy] "
ACCOUNT_EMAIL_SUBJECT_PREFIX = EMAIL_SUBJECT_PREFIX
ACCOUNT_DEFAULT_HTTP_PROTOCOL = SITE_URL.split("://", 1)[0]
# Failed logins are throttled by django-axes alone (below; see decisions.md): allauth's own
# failed-login limit is off.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
# django-axes keeps failed logins in the database, so the lockout holds across app servers.
# Fonts for PDFs (certificates, badges) in every script; Debian's packages put them here.
ACADEMY_FONT_DIR = env("ACADEMY_FONT_DIR", "/usr/share/fonts")

# Self check-in codes work this many minutes either side of their session.
ACADEMY_SELF_CHECK_IN_GRACE_MINUTES = int(env("ACADEMY_SELF_CHECK_IN_GRACE_MINUTES", "15"))

# Background runs (issuing certificates, compiling a Reader) record a heartbeat at each step; one silent for this
# long lost its worker, and `academy resume_stalled_runs` (from cron) queues it again for another worker to finish.
ACADEMY_RUN_STALLED_AFTER_SECONDS = int(env("ACADEMY_RUN_STALLED_AFTER_SECONDS", "300"))

# Open Badges: the RSA key (3072 bits) that signs credentials with RS256 (PEM, PKCS#8; made once in DATA_DIR when
# absent); the Ed25519 key that signed them before, kept to verify those only (read when the file exists); and after
# a rotation the earlier keys, comma-separated, so credentials they signed still verify.
ACADEMY_BADGE_RSA_KEY_FILE = Path(env("ACADEMY_BADGE_RSA_KEY_FILE", str(DATA_DIR / "open-badges" / "rsa-key.pem")))
ACADEMY_BADGE_SIGNING_KEY_FILE = Path(
    env("ACADEMY_BADGE_SIGNING_KEY_FILE", str(DATA_DIR / "open-badges" / "signing-key.pem"))
)
ACADEMY_BADGE_RETIRED_KEY_FILES = [Path(path) for path in env_list("ACADEMY_BADGE_RETIRED_KEY_FILES", "")]
# Who signs the Open Badges, as badge wallets show it.
ACADEMY_ISSUER_NAME = env("ACADEMY_ISSUER_NAME", "Academy on Social and Solidarity Economy")
# Look-ups of certificate codes and credentials, per client address and hour.
ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR = int(env("ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR", "60"))
# Days after an edition's last day when the passport data of its visa letters is erased (`academy erase_passport_data`).
ACADEMY_PASSPORT_DATA_DAYS = int(env("ACADEMY_PASSPORT_DATA_DAYS", "30"))
# The API (academy.api): how many active personal tokens one organiser may hold; lists' page sizes.
ACADEMY_API_TOKENS_PER_PERSON = int(env("ACADEMY_API_TOKENS_PER_PERSON", "10"))
NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_MAX_LIMIT = 200
# The largest file people may upload to the knowledge hub.
ACADEMY_UPLOAD_MAX_MB = int(env("ACADEMY_UPLOAD_MAX_MB", "25"))
# How many messages one alumnus may send other alumni per hour.
ACADEMY_MESSAGES_PER_HOUR = int(env("ACADEMY_MESSAGES_PER_HOUR", "10"))

AXES_FAILURE_LIMIT = int(env("ACADEMY_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env("ACADEMY_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "academy.people.adapters.login_attempt_email"
AXES_LOCKOUT_TEMPLATE = "people/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# Failures count per client address as the rate limits see it: behind the proxy, the address it appended.
AXES_CLIENT_IP_CALLABLE = "academy.common.ratelimit.client_address"

# E-mail: stored in the outbox (academy.outbox), then delivered by EMAIL_DELIVERY_BACKEND, tried again on failure.
EMAIL_BACKEND = "academy.outbox.backend.OutboxBackend"
EMAIL_DELIVERY_BACKEND = env(
    "ACADEMY_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env("ACADEMY_EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("ACADEMY_EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("ACADEMY_EMAIL_USER")
EMAIL_HOST_PASSWORD = env("ACADEMY_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("ACADEMY_EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env("ACADEMY_FROM_EMAIL", "SSE Academy <academy@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Languages: the interface in four languages, chosen by URL prefix.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
]
# Our catalogues first; then the Portuguese of apps that ship only pt_PT (`academy compiletranslations`).
LOCALE_PATHS = [PACKAGE_DIR / "locale", PACKAGE_DIR / "locale_thirdparty"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_COOKIE_NAME = "academy_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Static files are served by whitenoise from the app servers; uploads go to STORAGES["default"],
# which production points at shared storage (ACADEMY_MEDIA_STORAGE) when there is more than one server.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("ACADEMY_STATIC_ROOT", str(DATA_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("ACADEMY_MEDIA_ROOT", str(DATA_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": env("ACADEMY_MEDIA_STORAGE", "academy.common.uploads.MediaStorage")},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
# Files browsers ask for at the site's root (/favicon.ico), so that a first visit renders no 404 page.
WHITENOISE_ROOT = PACKAGE_DIR / "common" / "root"

# Security: strict by default outside development.
SECURE = env_bool("ACADEMY_SECURE", not DEBUG)
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
LANGUAGE_COOKIE_SECURE = SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = SECURE and env_bool("ACADEMY_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
SECURE_HSTS_SECONDS = int(env("ACADEMY_HSTS_SECONDS", "31536000" if SECURE else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Nothing on any page comes from another host: no CDN, no third-party request.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("ACADEMY_LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}

# The e-mail is unique case-insensitively through a database constraint on Lower(email),
# which Django's check for a plain unique=True does not see.
SILENCED_SYSTEM_CHECKS = ["auth.W004"]

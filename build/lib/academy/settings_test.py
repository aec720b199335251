"""Settings for the test suite: the real settings, with fast hashing and mail kept in memory."""

import os
import tempfile

os.environ.setdefault("ACADEMY_SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-tests-"))
os.environ.setdefault("ACADEMY_SECURE", "false")
os.environ.setdefault("ACADEMY_TASKS_BACKEND", "immediate")
# The tests' threads (tests.concurrency) query outside any request, and a kept connection is only closed at a
# request's end: it would outlive its thread and keep the test database from being dropped. The app servers the
# tests start run on the production settings, connections kept.
os.environ.setdefault("ACADEMY_DB_CONN_MAX_AGE", "0")

from academy.settings import *  # noqa: F403

ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

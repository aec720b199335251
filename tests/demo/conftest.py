"""The demo is loaded once per test module that asks for it (so once per xdist worker), not once per test.

`demo_accounts` opens a transaction around the module, loads the demo in it, and rolls it back when the
module is done. Each test still runs with pytest-django's `db` fixture, which inside that transaction is a
savepoint: what a test changes is undone before the next one, which sees the demo exactly as loaded.
A test that needs an empty database (the demo command refusing to run) lives in another module.
"""

import pytest
from django.db import transaction
from django_scopes import scopes_disabled

from academy.demo.loader import load_demo


@pytest.fixture(scope="module")
def demo_accounts(django_db_setup, django_db_blocker):
    """The demo accounts by role, with the whole demo loaded (shared by the module's tests)."""
    with django_db_blocker.unblock(), scopes_disabled(), transaction.atomic():
        yield load_demo()
        transaction.set_rollback(True)

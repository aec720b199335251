from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from academy.people.models import User

# Not in test_loader.py: that module's tests share a loaded demo, and this one needs an empty database.
pytestmark = pytest.mark.django_db


def test_demo_refuses_to_run_outside_development_without_force(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="ACADEMY_DEBUG=true"):
        call_command("demo", stdout=StringIO())
    assert not User.objects.exists()

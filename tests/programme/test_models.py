import pytest

from academy.programme.models import Audience, Session


@pytest.mark.parametrize("audience", Audience.values)
def test_session_is_open_to_all_only_for_everyone(audience):
    assert Session(audience=audience).is_open_to_all is (audience == "everyone")

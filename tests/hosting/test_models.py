import pytest

from academy.hosting.models import HostingRequest, RequestStatus


@pytest.mark.parametrize("status", RequestStatus.values)
def test_hosting_request_is_accepted_only_when_accepted(status):
    assert HostingRequest(status=status).is_accepted is (status == "accepted")

"""Background work of certificates: thin tasks that load by id and call the services."""

from academy.certificates import services
from academy.certificates.models import Certificate, IssueRun
from academy.common.background import background_task


@background_task
def issue_certificates(*, run_id: int) -> int:
    """After an organiser closes the edition: every qualifying participant's certificate, with progress."""
    return services.issue_all(run=IssueRun.objects.select_related("edition", "started_by").get(pk=run_id))


@background_task
def email_certificate(*, certificate_id: int) -> None:
    """The certificate and its Open Badge by e-mail: drawing the PDF takes a while, so not in the request."""
    services.email_certificate(certificate=Certificate.objects.select_related("edition", "user").get(pk=certificate_id))

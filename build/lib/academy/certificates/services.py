"""Certificates of participation: issuing (all at the close, or one by one), e-mail, revoking, re-issuing."""

import json
import secrets
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from academy.attendance.services import Participation, participation, participation_of
from academy.audit.services import log_action
from academy.certificates import credentials
from academy.certificates.document import certificate_pdf
from academy.certificates.models import Certificate, IssueRun, Signatory, StatusList
from academy.certificates.verification import VERIFICATIONS
from academy.common import documents, freshness, resumable
from academy.common.background import enqueue_after_commit
from academy.common.codes import grouped
from academy.common.i18n import localize
from academy.common.mail import PlatformEmail, render_plain
from academy.editions.models import Edition, Status
from academy.editions.rules import is_participant
from academy.learning.services import lacking_course_for_certificate
from academy.people.models import User
from academy.programme.models import Session
from academy.surveys import services as surveys


def hours_of(seconds: int) -> Decimal:
    """Credited time, rounded down to the half hour: a certificate never claims more than was attended."""
    return Decimal(seconds // 1800) / 2


def unused_code() -> str:
    return documents.unused_code(Certificate)


def status_position() -> tuple[StatusList, int]:
    """A free position, drawn at random, in the first status list not yet full; a new list when all are.

    Call inside the transaction that creates the certificate: the list stays locked until it commits."""
    status_list = (
        StatusList.objects.select_for_update().filter(allocated__lt=StatusList.FULL).order_by("number").first()
    )
    if status_list is None:
        last = StatusList.objects.select_for_update().order_by("-number").first()
        status_list = StatusList.objects.create(number=last.number + 1 if last else 1)
    index = secrets.randbelow(StatusList.SIZE)
    while Certificate.objects.filter(status_list=status_list, status_index=index).exists():
        index = secrets.randbelow(StatusList.SIZE)
    StatusList.objects.filter(pk=status_list.pk).update(allocated=F("allocated") + 1)
    return status_list, index


def printed_signatories(edition: Edition, language: str) -> list[dict]:
    return [
        {
            "name": signatory.name,
            "position": localize(signatory.position, language, edition.main_language)[0],
            "organisation": signatory.organisation,
        }
        for signatory in edition.signatories.all()
    ]


def valid_certificate(edition: Edition, person: User) -> Certificate | None:
    return Certificate.objects.filter(edition=edition, user=person, revoked_at=None).first()


def valid_certificates(editions, person: User) -> dict[int, Certificate]:
    """The person's valid certificate of each of these editions that gave them one, by edition id: one query."""
    return {
        certificate.edition_id: certificate
        for certificate in Certificate.objects.filter(edition__in=editions, user=person, revoked_at=None)
    }


@transaction.atomic
def issue(
    *,
    edition: Edition,
    person: User,
    by: User | None,
    attended: Participation | None = None,
    now: datetime | None = None,
    notify: bool = True,
) -> Certificate:
    """One participant's certificate, when their attendance reaches the edition's threshold; sent by e-mail.

    ``notify=False`` only for the demo data, whose people have no real mailbox."""
    if not is_participant(person, edition):
        raise ValidationError(_("%(name)s is not a participant of this edition.") % {"name": person.certificate_name})
    attended = attended or participation_of(edition, person)
    if not attended.meets_threshold:
        raise ValidationError(
            _(
                "%(name)s has not reached the %(threshold)s%% attendance the certificate needs. If attendance is "
                "missing from the reports, record it by hand or excuse the absence first."
            )
            % {"name": person.certificate_name, "threshold": edition.attendance_threshold_percent}
        )
    if lacking_course_for_certificate(edition, [person]):
        raise ValidationError(
            _(
                "%(name)s has not completed the distance-learning course, which this edition requires for the certificate."
            )
            % {"name": person.certificate_name}
        )
    User.objects.select_for_update().filter(pk=person.pk).first()  # one issuer at a time per person
    if valid_certificate(edition, person):
        raise ValidationError(
            _("%(name)s already has a valid certificate for this edition.") % {"name": person.certificate_name}
        )
    status_list, status_index = status_position()
    certificate = Certificate.objects.create(
        edition=edition,
        user=person,
        code=unused_code(),
        status_list=status_list,
        status_index=status_index,
        name=person.certificate_name,
        language=person.language,
        hours=hours_of(attended.credited),
        signatories=printed_signatories(edition, person.language),
        issued_at=now or timezone.now(),
        issued_by=by,
    )
    log_action(actor=by, action="certificate.issue", obj=certificate, edition=edition)
    if notify:
        send_when_committed(certificate=certificate)
    return certificate


def send_when_committed(*, certificate: Certificate) -> None:
    enqueue_after_commit("academy.certificates.tasks.email_certificate", certificate_id=certificate.pk)


def file_name(certificate: Certificate, extension: str) -> str:
    return f"{slugify(certificate.name, allow_unicode=True) or 'certificate'}-{certificate.code}.{extension}"


def evaluations_awaited(edition: Edition, person: User, *, now: datetime | None = None) -> list:
    """The evaluations the person must send before downloading their certificate (none unless the edition asks)."""
    return surveys.evaluations_awaited(edition, person, now=now)


def email_certificate(*, certificate: Certificate) -> None:
    """The PDF and the Open Badge to the participant, in their language, through the outbox: once per certificate,
    however often the task that draws them runs. While the edition's evaluation awaits them (when it asks for it),
    the e-mail says so, with the link to answer it, and carries no file: they download it once they have sent it."""
    person = certificate.user
    awaited = evaluations_awaited(certificate.edition, person)
    with translation.override(certificate.language):
        context = {
            "certificate": certificate,
            "edition": certificate.edition,
            "person": person,
            "verification_url": credentials.verification_url(certificate),
            "code": grouped(certificate.code),
            "evaluation_url": settings.SITE_URL
            + reverse("surveys:answer", args=[certificate.edition.number, awaited[0].pk])
            if awaited
            else "",
            "certificate_url": settings.SITE_URL + reverse("certificates:mine", args=[certificate.edition.number]),
        }
        subject = settings.EMAIL_SUBJECT_PREFIX + render_plain("certificates/email_subject.txt", context).strip()
        body = render_plain("certificates/email_body.txt", context)
    message = PlatformEmail(
        subject, body, None, [person.email], key=f"certificate:{certificate.pk}", edition=certificate.edition
    )
    if not awaited:
        message.attach(file_name(certificate, "pdf"), certificate_pdf(certificate), "application/pdf")
        badge = json.dumps(credentials.envelope(credentials.signed(certificate)), indent=2)
        message.attach(file_name(certificate, "json"), badge, "application/json")
    message.send()
    Certificate.objects.filter(pk=certificate.pk).update(emailed_at=timezone.now())


def running_issue(edition: Edition) -> IssueRun | None:
    """The edition's unfinished run: its worker alive, or stalled and being resumed (`resumable.is_resuming`)."""
    return IssueRun.objects.filter(edition=edition, finished_at=None).first()


@transaction.atomic
def close_and_issue(*, edition: Edition, by: User, now: datetime | None = None) -> IssueRun:
    """Close the edition (once its last session is over) and issue, in the background, every missing certificate.

    Run again after a late correction, it issues only to those who qualify and have none yet. While a run is
    unfinished there is no second one: a live run is refused, a stalled one (its worker died) is resumed."""
    now = now or timezone.now()
    # The row as it is now, locked (the request's may come from the cache of editions).
    locked = Edition.objects.select_for_update().get(pk=edition.pk)
    if now.astimezone(locked.zone).date() < locked.end_date:
        raise ValidationError(
            _("The edition ends on %(day)s: close it and issue the certificates after its last day.")
            % {"day": formats.date_format(locked.end_date)},
            code="premature",
        )
    if Session.objects.filter(edition=edition, published=True, cancelled=False, ends_at__gt=now).exists():
        raise ValidationError(_("Sessions are still to come: close the edition after the last one has ended."))
    unfinished = running_issue(edition)
    if unfinished is not None:
        if not resumable.is_stalled(unfinished):
            raise ValidationError(_("Certificates are being issued already; this page shows the progress."))
        resume_issue(run=unfinished)
        return unfinished
    if edition.status != Status.FINISHED:
        edition.status = Status.FINISHED
        edition.save(update_fields=["status"])
        log_action(actor=by, action="edition.close", obj=edition, edition=edition)
    run = IssueRun.objects.create(edition=edition, started_by=by, started_at=now)
    enqueue_after_commit("academy.certificates.tasks.issue_certificates", run_id=run.pk)
    return run


def stalled_issues(*, now: datetime, after: timedelta | None = None):
    """Runs whose worker died (or never came) before finishing."""
    return resumable.stalled(IssueRun.objects.all(), now=now, after=after)


@transaction.atomic
def resume_issue(*, run: IssueRun, now: datetime | None = None) -> None:
    """Queue a stalled run again (its worker died): the next worker carries on where it stopped."""
    resumable.mark_requeued(row=run, now=now)
    enqueue_after_commit("academy.certificates.tasks.issue_certificates", urgent=True, run_id=run.pk)


@dataclass
class Waiting:
    """Who has the attendance and no valid certificate: ready for one, or still to complete the course."""

    qualifying: list[Participation]
    lacking_course: list[Participation]


def without_certificate(edition: Edition) -> Waiting:
    holders = set(Certificate.objects.filter(edition=edition, revoked_at=None).values_list("user_id", flat=True))
    attended = [line for line in participation(edition) if line.meets_threshold and line.person.pk not in holders]
    lacking = lacking_course_for_certificate(edition, [line.person for line in attended])
    return Waiting(
        qualifying=[line for line in attended if line.person.pk not in lacking],
        lacking_course=[line for line in attended if line.person.pk in lacking],
    )


def qualifying_without_certificate(edition: Edition) -> list[Participation]:
    """Everyone who qualifies (attendance, and the course when the edition requires it) and holds no valid certificate."""
    return without_certificate(edition).qualifying


def issue_all(*, run: IssueRun, now: datetime | None = None, notify: bool = True) -> int:
    """The task's work: a certificate for everyone who qualifies and has none, each in its own transaction.

    The worker first claims the run (`common.resumable`): a finished run, or one another live worker holds, is left
    alone. Each certificate is a heartbeat. A run cut short leaves whole certificates behind; the worker that resumes
    it issues only the missing ones, and two workers on one edition never issue one person twice (`issue` locks the
    person, and the database allows one valid certificate per person and edition). Returns how many it issued."""
    attempt = resumable.claim(model=IssueRun, pk=run.pk)
    if attempt is None:
        return 0
    edition = run.edition
    missing = qualifying_without_certificate(edition)
    total = IssueRun.objects.values_list("total", flat=True).get(pk=run.pk)
    # Resumed: what the dead worker issued is no longer missing, and counts as done.
    done = 0 if total is None else max(total - len(missing), 0)
    if not resumable.beat(model=IssueRun, pk=run.pk, attempt=attempt, total=done + len(missing), done=done):
        return 0
    issued = 0
    for line in missing:
        try:
            issue(edition=edition, person=line.person, by=run.started_by, attended=line, now=now, notify=notify)
        except ValidationError:  # an organiser (or another run) issued this one meanwhile
            pass
        else:
            issued += 1
        if not resumable.beat(model=IssueRun, pk=run.pk, attempt=attempt, done=F("done") + 1):
            return issued  # another worker took the run over: it carries on
    resumable.finish(model=IssueRun, pk=run.pk, attempt=attempt, done=F("total"))
    return issued


@transaction.atomic
def revoke(*, certificate: Certificate, reason: str, by: User, now: datetime | None = None) -> Certificate:
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why the certificate is revoked: the reason is kept with it."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at:
        raise ValidationError(_("This certificate was revoked already."))
    certificate.revoked_at = now or timezone.now()
    certificate.revocation_reason = reason
    certificate.save(update_fields=["revoked_at", "revocation_reason"])
    # Its bit in the published revocation list is now set: the list's date (and ETag) move with it.
    StatusList.objects.filter(pk=certificate.status_list_id).update(changed_at=certificate.revoked_at)
    log_action(actor=by, action="certificate.revoke", obj=certificate, edition=certificate.edition, reason=reason)
    return certificate


@transaction.atomic
def reissue(*, certificate: Certificate, by: User, now: datetime | None = None) -> Certificate:
    """A new certificate with the name (and language) now in the profile; the old code points to it.

    Hours and signatories stay as they were printed: only the person's details are corrected."""
    now = now or timezone.now()
    certificate = Certificate.objects.select_for_update(of=("self",)).select_related("user").get(pk=certificate.pk)
    person = certificate.user
    if person is None:
        raise ValidationError(_("The participant of this certificate deleted their account."))
    if certificate.revoked_at:
        raise ValidationError(_("Only a valid certificate can be re-issued."))
    if (person.certificate_name, person.language) == (certificate.name, certificate.language):
        raise ValidationError(
            _("The profile still has the name and language printed on this certificate: correct the profile first.")
        )
    revoke(certificate=certificate, reason=_("Re-issued after a correction of the name."), by=by, now=now)
    status_list, status_index = status_position()
    replacement = Certificate.objects.create(
        edition=certificate.edition,
        user=person,
        code=unused_code(),
        status_list=status_list,
        status_index=status_index,
        name=person.certificate_name,
        language=person.language,
        hours=certificate.hours,
        signatories=certificate.signatories,
        issued_at=now,
        issued_by=by,
    )
    Certificate.objects.filter(pk=certificate.pk).update(replaced_by=replacement)
    freshness.changed(VERIFICATIONS)  # update() sends no signal: the old code now points to the new
    log_action(actor=by, action="certificate.reissue", obj=replacement, edition=certificate.edition)
    send_when_committed(certificate=replacement)
    return replacement


def all_certificates_zip(edition: Edition) -> bytes:
    """Every valid certificate of the edition as PDFs in one ZIP (stored: PDFs are compressed already)."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for certificate in Certificate.objects.filter(edition=edition, revoked_at=None).select_related("edition"):
            archive.writestr(file_name(certificate, "pdf"), certificate_pdf(certificate))
    return out.getvalue()


@transaction.atomic
def add_signatory(*, edition: Edition, name: str, position: dict, organisation: str, by: User) -> Signatory:
    order = (edition.signatories.order_by("-order").values_list("order", flat=True).first() or 0) + 1
    signatory = Signatory(edition=edition, order=order, name=name, position=position, organisation=organisation)
    signatory.full_clean()
    signatory.save()
    log_action(actor=by, action="certificate.add_signatory", obj=signatory, edition=edition)
    return signatory


@transaction.atomic
def remove_signatory(*, signatory: Signatory, by: User) -> None:
    log_action(actor=by, action="certificate.remove_signatory", obj=signatory, edition=signatory.edition)
    signatory.delete()

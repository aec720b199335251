import io
import json
import zipfile
from datetime import timedelta
from decimal import Decimal
from email import message_from_bytes, policy

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from academy.audit.models import ActionLog
from academy.certificates import credentials, services
from academy.certificates.models import Certificate, IssueRun
from academy.common.codes import CODE_ALPHABET, grouped
from academy.editions.models import Status
from tests.certificates.fixtures import AFTER_THE_EDITION, at, later
from tests.factories import UserFactory
from tests.programme.conftest import plenary


@given(st.integers(min_value=0, max_value=10**7))
def test_hours_are_rounded_down_to_the_half_hour(seconds):
    hours = services.hours_of(seconds)
    assert hours * 3600 <= seconds < (hours + Decimal("0.5")) * 3600
    assert (hours * 2) == (hours * 2).to_integral_value()


def test_a_qualifying_participant_gets_a_certificate_as_printed_and_by_email(issued, cohort, edition):
    ana = cohort[0]
    assert (issued.user, issued.name, issued.language, issued.hours) == (ana, "Ana Conceição", "pt", Decimal("3.0"))
    assert len(issued.code) == 12
    assert set(issued.code) <= set(CODE_ALPHABET)
    assert [signatory["name"] for signatory in issued.signatories] == ["Simel Esim", "Roberto Di Meglio"]
    assert issued.signatories[0]["position"] == "Head of the Cooperatives Unit"  # no Portuguese: the main language
    [message] = mail.outbox
    assert message.to == ["ana@example.org"]
    assert "certificado" in message.subject.lower()
    assert grouped(issued.code) in message.body
    names = [name for name, _content, _type in message.attachments]
    assert names == [f"ana-conceição-{issued.code}.pdf", f"ana-conceição-{issued.code}.json"]
    assert message.attachments[0][1].startswith(b"%PDF")
    assert json.loads(message.attachments[1][1])["type"] == "EnvelopedVerifiableCredential"
    issued.refresh_from_db()
    assert issued.emailed_at is not None
    assert ActionLog.objects.filter(action="certificate.issue", object_id=str(issued.pk)).exists()


def test_hours_are_the_attended_time_rounded_down(edition, cohort, organiser):
    lan = services.issue(edition=edition, person=cohort[1], by=organiser)
    assert lan.hours == Decimal("2.5")  # 2 h 40 min attended


def test_below_the_threshold_nobody_gets_a_certificate(edition, cohort, organiser):
    with pytest.raises(ValidationError, match="80%"):
        services.issue(edition=edition, person=cohort[2], by=organiser)
    assert not Certificate.objects.exists()
    assert not ActionLog.objects.filter(action="certificate.issue").exists()


def test_only_participants_and_only_once(edition, cohort, organiser, issued):
    with pytest.raises(ValidationError, match="not a participant"):
        services.issue(edition=edition, person=UserFactory(), by=organiser)
    with pytest.raises(ValidationError, match="already has a valid certificate"):
        services.issue(edition=edition, person=cohort[0], by=organiser)
    assert Certificate.objects.count() == 1


def test_closing_before_the_last_day_is_refused(edition, cohort, organiser, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as refused:
        services.close_and_issue(edition=edition, by=organiser, now=at(15, 14))
    assert refused.value.messages == [
        "The edition ends on June 25, 2027: close it and issue the certificates after its last day."
    ]
    edition.refresh_from_db()
    assert edition.status == Status.RUNNING
    assert not IssueRun.objects.exists()
    assert not Certificate.objects.exists()


def test_closing_waits_for_the_last_session(edition, cohort, organiser, django_capture_on_commit_callbacks):
    plenary(edition, code="P9", day=25)  # 13:00-14:30 on the last day
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError, match="still to come"):
        services.close_and_issue(edition=edition, by=organiser, now=at(25, 14))
    edition.refresh_from_db()
    assert edition.status == Status.RUNNING
    assert not IssueRun.objects.exists()
    assert not Certificate.objects.exists()


def test_closing_issues_to_everyone_who_qualifies_in_the_background(
    edition, cohort, organiser, django_capture_on_commit_callbacks
):
    ana, lan, _ivan = cohort
    with django_capture_on_commit_callbacks(execute=True):
        run = services.close_and_issue(edition=edition, by=organiser, now=AFTER_THE_EDITION)
    edition.refresh_from_db()
    run.refresh_from_db()
    assert edition.status == Status.FINISHED
    assert (run.total, run.done) == (2, 2)
    assert run.finished_at is not None
    assert set(Certificate.objects.values_list("user", flat=True)) == {ana.pk, lan.pk}
    assert sorted(message.to[0] for message in mail.outbox) == ["ana@example.org", "lan@example.vn"]
    lan_mail = next(message for message in mail.outbox if message.to == ["lan@example.vn"])
    assert "certificat" in lan_mail.subject.lower()  # in French, Lan's language

    with django_capture_on_commit_callbacks(execute=True):
        again = services.close_and_issue(edition=edition, by=organiser, now=later(5))
    again.refresh_from_db()
    assert (again.total, again.done) == (0, 0)
    assert Certificate.objects.count() == 2


def test_a_second_run_waits_for_the_first_and_resumes_it_once_its_worker_is_silent(
    edition, cohort, organiser, settings, django_capture_on_commit_callbacks
):
    run = services.close_and_issue(edition=edition, by=organiser, now=AFTER_THE_EDITION)  # its task never ran
    with pytest.raises(ValidationError, match="being issued"):
        services.close_and_issue(edition=edition, by=organiser, now=later(10))
    silent = timezone.now() - timedelta(seconds=settings.ACADEMY_RUN_STALLED_AFTER_SECONDS + 1)
    IssueRun.objects.filter(pk=run.pk).update(started_at=silent)
    with django_capture_on_commit_callbacks(execute=True):
        resumed = services.close_and_issue(edition=edition, by=organiser, now=later(2 * 60))
    assert resumed.pk == run.pk
    assert IssueRun.objects.count() == 1
    run.refresh_from_db()
    assert (run.total, run.done, run.attempts) == (2, 2, 1)
    assert run.finished_at is not None
    assert Certificate.objects.count() == 2


def test_revoking_needs_a_reason_and_happens_once(issued, organiser):
    with pytest.raises(ValidationError, match="why"):
        services.revoke(certificate=issued, reason="  ", by=organiser)
    issued.refresh_from_db()
    assert issued.is_valid
    services.revoke(certificate=issued, reason="Attendance records were forged", by=organiser, now=later(60))
    issued.refresh_from_db()
    assert (issued.revoked_at, issued.revocation_reason) == (later(60), "Attendance records were forged")
    with pytest.raises(ValidationError, match="already"):
        services.revoke(certificate=issued, reason="again", by=organiser)


def test_reissuing_after_a_name_correction_points_the_old_code_to_the_new(
    issued, cohort, organiser, django_capture_on_commit_callbacks
):
    ana = cohort[0]
    with pytest.raises(ValidationError, match="correct the profile first"):
        services.reissue(certificate=issued, by=organiser)
    assert Certificate.objects.count() == 1
    ana.certificate_name = "Ana Maria Conceição"
    ana.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        new = services.reissue(certificate=issued, by=organiser, now=later(60))
    old = credentials.look_up(issued.code)
    assert not old.is_valid
    assert old.replaced_by == new
    assert (new.name, new.hours, new.signatories) == ("Ana Maria Conceição", issued.hours, issued.signatories)
    assert new.code != issued.code
    assert new.is_valid
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]
    with pytest.raises(ValidationError, match="Only a valid certificate"):
        services.reissue(certificate=old, by=organiser)


def test_codes_are_found_however_they_are_typed_and_nothing_else_is(issued):
    typed = grouped(issued.code).lower().replace("-", " - ")
    assert credentials.look_up(typed) == issued
    assert credentials.look_up("  " + issued.code.lower() + " ") == issued
    for wrong in ("", "ABCD", issued.code[:-1] + "0", issued.code + "A", "'; DROP TABLE --", "Ａ" * 12):
        assert credentials.look_up(wrong) is None
    unknown = "".join(reversed(issued.code))
    assert unknown == issued.code or credentials.look_up(unknown) is None


def test_the_zip_holds_every_valid_certificate(edition, cohort, organiser, issued):
    lan = services.issue(edition=edition, person=cohort[1], by=organiser)
    services.revoke(certificate=issued, reason="Duplicate", by=organiser)
    archive = zipfile.ZipFile(io.BytesIO(services.all_certificates_zip(edition)))
    assert archive.namelist() == [f"nguyễn-thị-lan-{lan.code}.pdf"]
    assert archive.read(archive.namelist()[0]).startswith(b"%PDF")


def test_signatories_need_a_position(edition, organiser):
    with pytest.raises(ValidationError):
        services.add_signatory(edition=edition, name="", position={}, organisation="", by=organiser)
    signatory = services.add_signatory(
        edition=edition, name="Maria", position={"en": "Director"}, organisation="ITCILO", by=organiser
    )
    assert signatory.order == 1


def test_the_certificate_mail_crosses_real_smtp_with_both_attachments(
    edition, cohort, organiser, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.issue(edition=edition, person=cohort[1], by=organiser)
    [envelope] = smtp_server.messages
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert envelope.rcpt_tos == ["lan@example.vn"]
    assert message["Subject"].strip() == "[SSE Academy] Votre certificat de participation : Académie 13"
    parts = {part.get_filename(): part for part in message.iter_attachments()}
    pdf = parts[f"nguyễn-thị-lan-{certificate.code}.pdf"].get_content()
    assert "Nguyễn Thị Lan" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    badge = json.loads(parts[f"nguyễn-thị-lan-{certificate.code}.json"].get_content())
    assert badge["id"].startswith("data:application/vc+jwt,")

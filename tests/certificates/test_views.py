import html
import io
import json
import re
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from freezegun import freeze_time
from pypdf import PdfReader

from academy.certificates import credentials, services
from academy.certificates.document import certificate_pdf
from academy.certificates.models import Certificate, IssueRun, Signatory
from academy.common.codes import grouped
from academy.editions.models import Membership, Role, Status
from tests.certificates.fixtures import AFTER_THE_EDITION, later
from tests.certificates.test_document import text_of
from tests.factories import EditionFactory, UserFactory

# Anonymous, a stranger, the certificate's holder, another participant, the organiser, another edition's organiser.
GET_PAGES = {
    "/en/editions/13/certificates/": (302, 403, 403, 403, 200, 403),
    "/en/editions/13/certificates/all.zip": (302, 403, 403, 403, 200, 403),
    "/en/editions/13/certificate/": (302, 403, 200, 200, 403, 403),
    "/en/certificates/{code}/certificate.pdf": (302, 404, 200, 404, 200, 404),
    "/en/certificates/{code}/open-badge.json": (302, 404, 200, 404, 200, 404),
    "/en/certificates/verify/{code}/": (200, 200, 200, 200, 200, 200),
}
POST_PAGES = {
    "/en/editions/13/certificates/close/": (302, 403, 403, 403, 302, 403),
    "/en/editions/13/certificates/issue/": (302, 403, 403, 403, 302, 403),
    "/en/editions/13/certificates/{code}/revoke/": (302, 403, 403, 403, 302, 403),
    "/en/editions/13/certificates/{code}/reissue/": (302, 403, 403, 403, 302, 403),
    "/en/editions/13/certificates/signatories/": (302, 403, 403, 403, 302, 403),
}


@pytest.fixture
def everyone(edition, cohort, organiser):
    other = UserFactory()
    Membership.objects.create(edition=EditionFactory(number=20), user=other, role=Role.ORGANISER)
    return (None, UserFactory(), cohort[0], cohort[1], organiser, other)


@pytest.mark.parametrize("page", GET_PAGES)
def test_who_sees_what(client, issued, everyone, page):
    for who, expected in zip(everyone, GET_PAGES[page], strict=True):
        client.logout()
        if who:
            client.force_login(who)
        assert client.get(page.format(code=issued.code)).status_code == expected, (page, who)


@pytest.mark.parametrize("page", POST_PAGES)
def test_who_may_change_what(client, issued, everyone, page):
    """Refused people change nothing (the organiser's own posts are tested below)."""
    for who, expected in zip(everyone[:4] + everyone[5:], POST_PAGES[page][:4] + POST_PAGES[page][5:], strict=True):
        client.logout()
        if who:
            client.force_login(who)
        response = client.post(page.format(code=issued.code), {"reason": "x", "person": who.pk if who else 0})
        assert response.status_code == expected, (page, who)
    assert Certificate.objects.get().is_valid
    assert Certificate.objects.count() == 1
    assert Signatory.objects.count() == 2


def test_the_holder_downloads_the_pdf_and_the_open_badge(client, issued):
    client.force_login(issued.user)
    page = client.get("/pt/editions/13/certificate/").content.decode()
    assert "Ana Conceição" in page
    assert issued.code in page
    pdf = client.get(f"/en/certificates/{issued.code}/certificate.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert "Ana Conceição" in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    badge = client.get(f"/en/certificates/{issued.code.lower()}/open-badge.json")
    with freeze_time(later(60)):
        assert credentials.verify(badge.content.decode()).valid


def test_a_revoked_certificate_is_no_longer_the_holders_to_download(client, issued, organiser):
    services.revoke(certificate=issued, reason="Duplicate", by=organiser)
    client.force_login(issued.user)
    assert client.get(f"/en/certificates/{issued.code}/certificate.pdf").status_code == 404
    client.force_login(organiser)
    assert client.get(f"/en/certificates/{issued.code}/certificate.pdf").status_code == 200


def test_verification_shows_the_facts_of_the_certificate_and_nothing_else_personal(client, issued):
    page = client.get(f"/en/certificates/verify/{grouped(issued.code).lower()}/").content.decode()
    assert "Valid." in page
    for fact in ("Ana Conceição", "Academy 13", "14 June 2027", "25 June 2027", "1 July 2027", "<dd>3</dd>"):
        assert fact in page, fact
    for private in ("ana@example.org", str(issued.user.country.name), "Sign-in sheet", "Organiser"):
        assert private not in page, private


def test_the_form_and_the_qr_code_lead_to_the_verification_page(client, issued):
    typed = client.get("/fr/certificates/verify/", {"code": " " + grouped(issued.code).lower()})
    assert typed.url == f"/fr/certificates/verify/{issued.code}/"
    scanned = client.get(f"/c/{issued.code}", HTTP_ACCEPT_LANGUAGE="es")
    assert scanned.url == f"/es/certificates/verify/{issued.code}/"


def test_the_form_takes_the_code_from_the_pasted_qr_address(client, issued):
    pasted = client.get("/fr/certificates/verify/", {"code": f" http://testserver/c/{issued.code}?utm=x "})
    assert pasted.url == f"/fr/certificates/verify/{issued.code}/"
    page = client.get("/fr/certificates/verify/", {"code": f"http://testserver/en/certificates/verify/{issued.code}/"})
    assert page.url == f"/fr/certificates/verify/{issued.code}/"


@pytest.mark.parametrize(
    "typed",
    [
        "{0}\u2013{1}\u2013{2}",  # en dashes, as a word processor makes them
        "{0}\u2014{1}\u2212{2}",  # em dash and minus sign
        "{0}\u2011{1}\u00a0{2}",  # non-breaking hyphen and space
        "{0}-{1}-{2}",
        "{0}.{1}.{2}",  # dots
        "{0}\u00b7{1}\u30fb{2}",  # middle dots, Latin and Japanese
    ],
)
def test_any_dash_or_dot_between_the_groups_is_accepted_on_the_form_and_the_url(client, issued, typed):
    code = typed.format(issued.code[:4], issued.code[4:8], issued.code[8:])
    assert client.get("/en/certificates/verify/", {"code": code}).url == f"/en/certificates/verify/{issued.code}/"
    assert "Valid." in client.get(f"/en/certificates/verify/{code}/").content.decode()


@pytest.mark.parametrize("separator", ["-", "."])
def test_a_full_width_code_is_accepted_on_the_form_and_the_url(client, issued, separator):
    typed = grouped(issued.code).replace("-", separator)
    full_width = "".join(chr(ord(character) + 0xFEE0) for character in typed)
    assert client.get("/en/certificates/verify/", {"code": full_width}).url == f"/en/certificates/verify/{issued.code}/"
    assert "Valid." in client.get(f"/en/certificates/verify/{full_width}/").content.decode()


@pytest.mark.parametrize("junk", ["a/b", "../../etc/passwd", "http://testserver/c/", "///", "ABCD/EFGH/JKMN"])
def test_junk_with_slashes_gets_the_form_s_translated_error_not_a_server_error(client, issued, junk):
    response = client.get("/fr/certificates/verify/", {"code": junk})
    assert response.status_code == 200
    assert "Aucun certificat ne porte ce code." in response.content.decode()
    assert client.get(f"/fr/certificates/verify/{junk}/").status_code in (200, 404)


def test_a_revoked_certificate_says_so_with_its_date_and_its_replacement(client, issued, organiser):
    ana = issued.user
    ana.certificate_name = "Ana Maria Conceição"
    ana.save()
    assert "Valid." in client.get(f"/en/certificates/verify/{issued.code}/").content.decode()  # now kept in the cache
    new = services.reissue(certificate=issued, by=organiser, now=later(60))
    page = client.get(f"/en/certificates/verify/{issued.code}/").content.decode()
    assert "Revoked on 1 July 2027." in page
    assert f"/en/certificates/verify/{new.code}/" in page
    assert "Valid." in client.get(f"/en/certificates/verify/{new.code}/").content.decode()


def test_the_verdict_kept_in_the_cache_follows_the_edition_and_the_language(client, issued):
    assert "Academy 13" in client.get(f"/en/certificates/verify/{issued.code}/").content.decode()
    issued.edition.title = {"en": "The Academy in Lisbon", "fr": "L'Académie à Lisbonne"}
    issued.edition.save()
    assert "The Academy in Lisbon" in client.get(f"/en/certificates/verify/{issued.code}/").content.decode()
    assert "L'Académie à Lisbonne" in html.unescape(
        client.get(f"/fr/certificates/verify/{issued.code}/").content.decode()
    )


# 00:30 on 1 July in Lisbon, where the edition is held; still 30 June in UTC and in São Paulo.
NEAR_MIDNIGHT = datetime(2027, 6, 30, 23, 30, tzinfo=UTC)


def test_the_issue_and_revocation_dates_are_the_editions_day_on_every_page(client, edition, cohort, organiser):
    ana = cohort[0]
    ana.language, ana.time_zone = "en", "America/Sao_Paulo"
    ana.save()
    certificate = services.issue(edition=edition, person=ana, by=organiser, now=NEAR_MIDNIGHT)
    issued_on = "<dt>Issued on</dt><dd>1 July 2027</dd>"
    assert "Issued on July 1, 2027." in text_of(certificate_pdf(certificate))  # the language's own date format
    assert issued_on in client.get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    client.force_login(ana)
    assert issued_on in client.get("/en/editions/13/certificate/").content.decode()
    assert issued_on in client.get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    badge = json.dumps(credentials.envelope(credentials.signed(certificate))).encode()
    with freeze_time(NEAR_MIDNIGHT + timedelta(hours=1)):  # not before the credential's nbf
        checked = client.post("/en/certificates/verify/open-badge/", {"file": SimpleUploadedFile("badge.json", badge)})
    assert issued_on in checked.content.decode()
    client.force_login(organiser)
    assert "<td>1 Jul 2027</td>" in client.get("/en/editions/13/certificates/").content.decode()
    services.revoke(certificate=certificate, reason="Duplicate", by=organiser, now=NEAR_MIDNIGHT + timedelta(days=1))
    assert "revoked on 2 Jul 2027" in client.get("/en/editions/13/certificates/").content.decode()
    with freeze_time(NEAR_MIDNIGHT + timedelta(days=2)):
        checked = client.post("/en/certificates/verify/open-badge/", {"file": SimpleUploadedFile("badge.json", badge)})
        assert "Revoked on 2 July 2027." in checked.content.decode()
    client.logout()
    assert "Revoked on 2 July 2027." in client.get(f"/en/certificates/verify/{certificate.code}/").content.decode()


def verification_message(response) -> str:
    page = response.content.decode()
    return page[page.index('role="status"') : page.index("</p>", page.index('role="status"'))]


def test_an_unknown_code_gets_the_same_answer_as_a_malformed_one(client, issued):
    unknown = client.get("/en/certificates/verify/ABCDEFGHJKMN/")
    malformed = client.get("/en/certificates/verify/not-a-code-at-all!/")
    assert unknown.status_code == malformed.status_code == 200
    assert verification_message(unknown) == verification_message(malformed)
    assert "No certificate has this code" in verification_message(unknown)


def test_look_ups_are_rate_limited_per_address(client, issued, settings):
    settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR = 3
    for _attempt in range(3):
        assert client.get(f"/en/certificates/verify/{issued.code}/", REMOTE_ADDR="10.0.0.1").status_code == 200
    assert client.get(f"/en/certificates/verify/{issued.code}/", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.post("/openbadges/verify", "x", content_type="text/plain", REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get(f"/en/certificates/verify/{issued.code}/", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_the_verify_endpoint_checks_signature_and_revocation(client, issued, organiser):
    token = credentials.signed(issued)
    with freeze_time(later(60)):
        valid = client.post(
            "/openbadges/verify", json.dumps(credentials.envelope(token)), content_type="application/json"
        )
        assert valid.json()["valid"]
        assert valid.json()["status"] == "valid"
        tampered = token[:60] + ("A" if token[60] != "A" else "B") + token[61:]
        assert client.post("/openbadges/verify", tampered, content_type="text/plain").json() == {
            "valid": False,
            "message": "This is not a valid credential of the SSE Academy.",
        }
        services.revoke(certificate=issued, reason="Duplicate", by=organiser)
        revoked = client.post("/openbadges/verify", token, content_type="application/vc+jwt").json()
    assert (revoked["valid"], revoked["status"]) == (False, "revoked")


def test_anyone_can_check_an_open_badge_file_on_the_page(client, issued):
    badge = json.dumps(credentials.envelope(credentials.signed(issued))).encode()
    with freeze_time(later(60)):
        page = client.post(
            "/en/certificates/verify/open-badge/", {"file": SimpleUploadedFile("badge.json", badge)}
        ).content.decode()
        assert "This credential is valid." in page
        assert "Ana Conceição" in page
        empty = client.post("/en/certificates/verify/open-badge/", {"text": " "})
    assert empty.status_code == 400
    assert "Choose the Open Badge file" in empty.content.decode()


def test_the_open_badge_check_needs_no_csrf_token_and_its_forms_are_the_same_for_every_visitor(issued):
    """It changes nothing, so a visitor with no cookie may send it: the empty forms are then made once per language."""
    from django.test import Client

    badge = json.dumps(credentials.envelope(credentials.signed(issued))).encode()
    strict = Client(enforce_csrf_checks=True)
    with freeze_time(later(60)):
        page = strict.get(f"/en/certificates/verify/{issued.code}/")
        checked = strict.post("/en/certificates/verify/open-badge/", {"file": SimpleUploadedFile("badge.json", badge)})
    assert "csrfmiddlewaretoken" not in page.content.decode()
    assert settings.CSRF_COOKIE_NAME not in page.cookies
    assert checked.status_code == 200
    assert "This credential is valid." in checked.content.decode()
    forms = re.search(r"<h2>Check another certificate</h2>(.*)</main>", page.content.decode(), re.S)[1]
    assert forms in Client().get("/en/certificates/verify/").content.decode()


def test_the_issuer_and_its_keys_are_published(client):
    issuer = client.get("/openbadges/issuer").json()
    assert issuer["type"] == ["Profile"]
    assert issuer["id"].endswith("/openbadges/issuer")
    [key] = client.get("/openbadges/keys.json").json()["keys"]
    assert (key["kty"], key["alg"], key["e"]) == ("RSA", "RS256", "AQAB")
    assert not {"d", "p", "q", "dp", "dq", "qi"} & set(key)  # never the private part


def test_the_organiser_closes_issues_corrects_and_downloads_all(
    client, edition, cohort, organiser, signatories, django_capture_on_commit_callbacks
):
    with freeze_time(AFTER_THE_EDITION), django_capture_on_commit_callbacks(execute=True):
        client.force_login(organiser)
        page = client.post("/en/editions/13/certificates/close/", {"confirm": "yes"}, follow=True).content.decode()
    assert "The edition is closed" in page
    edition.refresh_from_db()
    assert edition.status == Status.FINISHED
    ana, lan = (Certificate.objects.get(user=person) for person in cohort[:2])
    client.force_login(organiser)
    page = client.post(f"/en/editions/13/certificates/{ana.code}/revoke/", {"reason": ""}, follow=True)
    assert "Say why the certificate is revoked" in page.content.decode()
    client.post(f"/en/editions/13/certificates/{ana.code}/revoke/", {"reason": "Duplicate"})
    archive = zipfile.ZipFile(io.BytesIO(client.get("/en/editions/13/certificates/all.zip").content))
    assert archive.namelist() == [f"nguyễn-thị-lan-{lan.code}.pdf"]
    page = client.post("/en/editions/13/certificates/issue/", {"person": cohort[2].pk}, follow=True).content.decode()
    assert "has not reached the 80%" in page


def test_closing_too_early_changes_nothing(client, edition, cohort, organiser):
    with freeze_time(later(-20 * 24 * 60)):
        client.force_login(organiser)
        page = client.post("/en/editions/13/certificates/close/", {"confirm": "yes"}, follow=True).content.decode()
    assert "The edition ends on June 25, 2027" in page
    edition.refresh_from_db()
    assert edition.status == Status.RUNNING
    assert not Certificate.objects.exists()


def test_closing_without_ticking_the_confirmation_changes_nothing(client, edition, cohort, organiser):
    with freeze_time(AFTER_THE_EDITION):
        client.force_login(organiser)
        form = client.get("/en/editions/13/certificates/").content.decode()
        assert 'name="confirm" value="yes" required' in form
        page = client.post("/en/editions/13/certificates/close/", follow=True).content.decode()
    assert "Tick the box to confirm: closing the edition cannot be undone." in page
    edition.refresh_from_db()
    assert edition.status == Status.RUNNING
    assert not IssueRun.objects.exists()


def test_signatories_are_added_with_a_translated_position_and_removed(client, edition, organiser):
    client.force_login(organiser)
    page = client.post("/en/editions/13/certificates/signatories/", {"name": "Maria"}, follow=True).content.decode()
    assert "Give the position in at least one language." in page
    assert not Signatory.objects.exists()
    client.post(
        "/en/editions/13/certificates/signatories/",
        {"name": "Maria", "position_en": "Director", "position_fr": "Directrice", "organisation": "ITCILO"},
    )
    signatory = Signatory.objects.get()
    assert signatory.position.data == {"en": "Director", "fr": "Directrice"}
    assert "Directrice" in client.get("/fr/editions/13/certificates/").content.decode()
    client.post(f"/en/editions/13/certificates/signatories/{signatory.pk}/remove/")
    assert not Signatory.objects.exists()


def test_downloads_keep_names_in_any_script(client, edition, cohort, organiser):
    lan = services.issue(edition=edition, person=cohort[1], by=organiser)
    client.force_login(cohort[1])
    response = client.get(f"/en/certificates/{lan.code}/certificate.pdf")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f"attachment; filename*=utf-8''nguy%E1%BB%85n-th%E1%BB%8B-lan-{lan.code}.pdf"
    )


def test_the_verify_form_describes_its_field_by_a_help_text_that_is_on_the_page(client):
    page = client.get("/en/certificates/verify/").content.decode()
    described_by = re.findall(r'aria-describedby="([^"]+)"', page)
    assert described_by == ["id_code_helptext"]
    assert 'id="id_code_helptext"' in page


def test_the_page_tells_a_live_run_from_a_stalled_one_which_resume_now_finishes(
    client, edition, cohort, organiser, django_capture_on_commit_callbacks
):
    edition.status = Status.FINISHED
    edition.save()
    run = IssueRun.objects.create(
        edition=edition,
        started_by=organiser,
        started_at=later(-10),
        total=2,
        done=1,
        attempts=1,
        heartbeat_at=later(-1),
    )  # its worker was killed after its first step, before that certificate committed
    with freeze_time(AFTER_THE_EDITION):
        client.force_login(organiser)
        page = client.get("/en/editions/13/certificates/").content.decode()
    assert "Issuing certificates: 1 of 2 done. This page refreshes itself." in page
    assert "Resume now" not in page
    # It updates itself in place by a script, not by reloading on a timer (axe: meta-refresh).
    assert 'http-equiv="refresh"' not in page
    assert re.search(r'<script src="/static/academy/progress(\.[0-9a-f]+)?\.js" defer>', page)
    with freeze_time(later(6)):  # seven minutes without a sign of its worker
        client.force_login(organiser)
        page = client.get("/en/editions/13/certificates/").content.decode()
        assert "1 of 2 done. The worker issuing them stopped; another is taking over where it left off" in page
        assert "Resume now" in page
        with django_capture_on_commit_callbacks(execute=True):
            client.post("/en/editions/13/certificates/close/")
    run.refresh_from_db()
    assert (run.total, run.done, run.attempts) == (2, 2, 2)
    assert run.finished_at is not None
    assert IssueRun.objects.count() == 1
    assert Certificate.objects.filter(revoked_at=None).count() == 2

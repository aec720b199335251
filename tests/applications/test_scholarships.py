import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from academy.applications import decisions, services
from academy.applications.models import FundingSource, Scholarship
from academy.editions.models import Role
from tests.applications.test_decisions import NOW
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db
URL = "/en/editions/13/scholarships/"


@pytest.fixture
def awarded(client, edition, reviewed):
    FundingSource.objects.create(edition=edition, name="SSTC", budget=Decimal(10_000))
    run = services.run_selection(edition=edition, parameters={"seats": 4, "min_global_south_share": 0.5}, by=None)
    decisions.confirm_run(run=run, by=None, now=NOW)
    Scholarship.objects.filter(application=reviewed["sn1"]).update(spent=Decimal(1000))
    client.force_login(MembershipFactory(edition=edition, role=Role.ORGANISER).user)


def test_budgets_show_committed_spent_and_left(edition, awarded):
    [row] = services.budgets(edition)
    # Senegal: 1,200 travel + 500 nights + 500 fee; Brazil: 1,500 + 500 + 500.
    assert (row["budget"], row["committed"], row["spent"], row["left"]) == (
        Decimal(10_000),
        Decimal(4700),
        Decimal(1000),
        Decimal(5300),
    )


def test_declined_scholarships_free_their_budget(edition, awarded, reviewed):
    decisions.respond(application=reviewed["br1"], accept=False, now=NOW)
    # Brazil's scholarship is released at once: only Senegal's is committed.
    assert services.budgets(edition)[0]["committed"] == Decimal(2200)


def test_csv_and_xlsx_exports_carry_the_same_rows(client, awarded):
    rows = list(csv.reader(io.StringIO(client.get(URL + "?format=csv").content.decode())))
    sheet = load_workbook(io.BytesIO(client.get(URL + "?format=xlsx").content)).active
    cells = [[str(c) if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert (
        rows[0]
        == cells[0]
        == [
            "Name",
            "Country",
            "Funding source",
            "Travel",
            "Accommodation",
            "Participation fee",
            "Total",
            "Spent",
            "Status",
            "Currency",
        ]
    )
    assert sorted(r[0] for r in rows[1:]) == sorted(c[0] for c in cells[1:]) == ["br1", "sn1"]
    assert {r[-1] for r in rows[1:]} == {c[-1] for c in cells[1:]} == {"EUR"}
    assert {r[0]: Decimal(r[6]) for r in rows[1:]} == {c[0]: Decimal(c[6]) for c in cells[1:]}


def test_scholarships_page_is_for_organisers(client, edition, awarded):
    assert client.get(URL).status_code == 200
    client.force_login(MembershipFactory(edition=edition, role=Role.PARTICIPANT).user)
    assert client.get(URL).status_code == 403
    assert client.get(URL + "?format=xlsx").status_code == 403

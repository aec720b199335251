"""The figures organisers, partners and funders read: one edition's, and all editions' together.

Each function gathers the facts from the apps that own them and hands them to `figures` to count;
every table comes back with its title and header in the reader's language. The later stages of the
funnel come from what the platform knows for certain (roles, attendance, certificates), so editions
held before applications were taken here still show who took part.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.db.models.signals import post_delete, post_save
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from academy.applications.models import Application, FundingSource, ReviewAssignment, Scholarship, Status
from academy.applications.services import budgets
from academy.attendance.services import participation
from academy.brain.followups import follow_ups
from academy.brain.models import Article, ArticleStatus, FollowUp, FollowUpKind, MarketplacePost, Message, Reply, Thread
from academy.certificates.models import Certificate
from academy.common import freshness
from academy.common.i18n import localize
from academy.editions.models import Edition, Membership, Role
from academy.editions.topics import ALL_RECORDS, RECORDS
from academy.learning.models import Course, Lesson, Module, Quiz
from academy.learning.services import completion_by_module, course_of, progress_of_everyone
from academy.people.models import Constituency, Gender, User
from academy.people.regions import REGION_NAMES, country_facts
from academy.programme.models import AllocationRound, Elective, Session
from academy.programme.services import fills
from academy.reports import figures
from academy.reports.figures import Chart, PersonFacts, Table, Taking, share
from academy.surveys import services as surveys
from academy.surveys.models import Question, Survey

# Figures are kept until what they count changes (common.freshness): a dashboard's charts are separate
# images, and each would otherwise count everything again. What these signals miss (presences, placements,
# lessons done: written in bulk, or far from their edition) the services that write them announce.
freshness.depends(
    RECORDS,
    Application,
    Membership,
    Certificate,
    FundingSource,
    AllocationRound,
    Elective,
    Session,
    Course,
    Article,
    FollowUp,
    scope=lambda instance: instance.edition_id,
)
freshness.depends(RECORDS, Edition, scope=lambda edition: edition.pk)
# A survey's answers change its edition's figures when submitted (`surveys.services.answer` announces it).
freshness.depends(RECORDS, Survey, scope=lambda survey: survey.edition_id)
freshness.depends(RECORDS, Question, scope=lambda question: question.survey.edition_id)
freshness.depends(RECORDS, ReviewAssignment, Scholarship, scope=lambda instance: instance.application.edition_id)
freshness.depends(RECORDS, Module, scope=lambda module: module.course.edition_id)
freshness.depends(RECORDS, Lesson, Quiz, scope=lambda step: step.module.course.edition_id)
freshness.depends(ALL_RECORDS, Membership, Edition, Message, MarketplacePost, Thread, Reply, FollowUp)


def _people_changed(sender, instance, update_fields=None, **kwargs) -> None:
    """A person's country, gender or constituency is counted in every edition they took part in; signing in
    (which saves only `last_login`) changes none of them."""
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return
    freshness.changed(RECORDS, None)
    freshness.changed(ALL_RECORDS, None)


post_save.connect(_people_changed, sender=User, dispatch_uid="reports:people")
post_delete.connect(_people_changed, sender=User, dispatch_uid="reports:people:delete")

REGIONS = [*REGION_NAMES, ""]
SELECTED = (Status.SELECTED, Status.CONFIRMED, Status.DECLINED)
MONTHS_BACK = 11  # and the current month: twelve in all


def stage_names() -> list[str]:
    return [_("Applied"), _("Reviewed"), _("Selected"), _("Confirmed"), _("Attended"), _("Certified")]


def not_stated() -> str:
    return _("Not stated")


def not_recorded() -> str:
    return _("not recorded")


def region_name(region: str) -> str:
    return str(REGION_NAMES[region]) if region in REGION_NAMES else not_stated()


def facts_of(country: str, gender: str, constituency: str) -> PersonFacts:
    found = country_facts(country)
    return PersonFacts(
        country=country or "",
        region=found.region if found else "",
        gender=gender,
        constituency=constituency,
        global_south=bool(found and found.global_south),
    )


def funnel_stages(edition: Edition) -> tuple[dict[str, set[int]], list]:
    """Who reached each stage (person ids), and the edition's attendance lines (reused by its table)."""
    submitted = Application.objects.filter(edition=edition).exclude(submitted_at=None)
    reviews = ReviewAssignment.objects.filter(application__edition=edition).exclude(reviewed_at=None)
    attendance = participation(edition)
    stages = {
        "applied": set(submitted.values_list("applicant_id", flat=True)),
        "reviewed": set(reviews.values_list("application__applicant_id", flat=True)),
        "selected": set(submitted.filter(status__in=SELECTED).values_list("applicant_id", flat=True)),
        "confirmed": {line.person.pk for line in attendance},
        "attended": {line.person.pk for line in attendance if any(session.attended for session in line.sessions)},
        "certified": set(
            Certificate.objects.filter(edition=edition, revoked_at=None)
            .exclude(user=None)
            .values_list("user_id", flat=True)
        ),
    }
    return stages, attendance


def _funnel_tables(stages: dict[str, set[int]]) -> list[Table]:
    everyone = User.objects.filter(pk__in=set().union(*stages.values()))
    people = {pk: facts_of(*facts) for pk, *facts in everyone.values_list("pk", "country", "gender", "constituency")}
    header = tuple(stage_names())
    total = figures.funnel(stages)
    missing = figures.unrecorded(total)

    def shown(counts) -> tuple:
        """A count, or "not recorded" where the stage was never recorded for the edition."""
        return tuple(not_recorded() if gone else count for count, gone in zip(counts, missing, strict=True))

    genders, constituencies = dict(Gender.choices), dict(Constituency.choices)
    south = {True: _("Global South"), False: _("Rest of the world")}
    # (name, column, title, the person's value, how a value is named)
    breakdowns = [
        ("region", _("Region"), _("From application to certificate, by region"),
         lambda facts: facts.region, region_name, Chart.BARS),
        ("country", _("Country"), _("From application to certificate, by country"),
         lambda facts: facts.country, _country_name, Chart.NONE),
        ("gender", _("Gender"), _("From application to certificate, by gender"),
         lambda facts: facts.gender, lambda code: str(genders.get(code, not_stated())), Chart.BARS),
        ("constituency", _("Constituency group"), _("From application to certificate, by constituency group"),
         lambda facts: facts.constituency, lambda code: str(constituencies.get(code, not_stated())), Chart.BARS),
        ("global_south", _("Global South"), _("From application to certificate, Global South and the rest"),
         lambda facts: facts.global_south, south.get, Chart.BARS),
    ]  # fmt: skip
    tables = [
        Table(
            name="funnel",
            title=_("From application to certificate"),
            header=(_("Stage"), _("People")),
            rows=tuple(zip(header, shown(total), strict=True)),
        )
    ]
    for name, label, title, key, naming, chart in breakdowns:
        tables.append(
            Table(
                name=f"funnel-{name}",
                title=title,
                header=(label, *header),
                rows=tuple((value, *shown(counts)) for value, counts in figures.funnel_by(stages, people, key, naming)),
                chart=chart,
                plotted=(1, 4, 6),  # applied, confirmed, certified: the chart stays readable
            )
        )
    return tables


def _country_name(code: str) -> str:
    from django_countries import countries

    return str(countries.name(code)) if code else not_stated()


def _scholarships(edition: Edition) -> Table:
    return Table(
        name="scholarships",
        title=_("Scholarships by funding source"),
        header=(_("Funding source"), _("Budget"), _("Committed"), _("Spent"), _("Left")),
        rows=tuple(
            (row["source"].name, row["budget"], row["committed"], row["spent"], row["left"]) for row in budgets(edition)
        ),
        plotted=(2, 3, 4),
    )


def _attendance(edition: Edition, attendance: list) -> Table:
    """Per session, over the days: who was expected and who attended some of it."""
    expected: dict[int, int] = {}
    present: dict[int, int] = {}
    sessions = {}
    for person in attendance:
        for line in person.sessions:
            sessions[line.session.pk] = line.session
            expected[line.session.pk] = expected.get(line.session.pk, 0) + 1
            present[line.session.pk] = present.get(line.session.pk, 0) + bool(line.attended)
    rows = []
    for pk, session in sorted(sessions.items(), key=lambda item: item[1].starts_at):
        day = date_format(timezone.localtime(session.starts_at, edition.zone), "j M")
        rows.append((f"{day} · {session.code}", expected[pk], present[pk], share(present[pk], expected[pk])))
    return Table(
        name="attendance",
        title=_("Attendance per session"),
        header=(_("Session"), _("Expected"), _("Attended"), _("Attended (%)")),
        rows=tuple(rows),
        plotted=(1, 2),
    )


def _electives(edition: Edition) -> Table:
    rows = []
    for round_ in AllocationRound.objects.filter(edition=edition).order_by("position"):
        for fill in fills(round_):
            elective = fill.elective
            title = localize(elective.title, translation.get_language(), edition.main_language)[0]
            rows.append((f"{elective.code} · {title}", fill.placed, elective.maximum_seats,
                         share(fill.placed, elective.maximum_seats)))  # fmt: skip
    return Table(
        name="electives",
        title=_("Elective fill"),
        header=(_("Elective"), _("Placed"), _("Seats"), _("Filled (%)")),
        rows=tuple(rows),
        plotted=(1, 2),
    )


def _learning(edition: Edition) -> Table:
    course = course_of(edition)
    rows = []
    if course is not None:
        everyone = progress_of_everyone(course)
        language = translation.get_language()
        rows = [
            (localize(line.module.title, language, edition.main_language)[0], line.completed, line.of)
            for line in completion_by_module(course, everyone)
        ]
        rows.append((_("The whole course"), sum(line.complete for line in everyone.values()), len(everyone)))
    return Table(
        name="learning",
        title=_("Distance-learning completion"),
        header=(_("Module"), _("Completed"), _("Participants")),
        rows=tuple(rows),
    )


def _articles(edition: Edition) -> Table:
    counts = dict(
        Article.objects.filter(edition=edition)
        .values_list("status")
        .annotate(count=Count("pk"))
        .values_list("status", "count")
    )
    submitted = sum(count for status, count in counts.items() if status != ArticleStatus.DRAFT)
    return Table(
        name="articles",
        title=_("Articles"),
        header=(_("Articles"), _("Number")),
        rows=(
            (_("Submitted"), submitted),
            (_("Accepted"), counts.get(ArticleStatus.ACCEPTED, 0)),
            (_("Revision asked"), counts.get(ArticleStatus.REVISION, 0)),
            (_("Declined"), counts.get(ArticleStatus.DECLINED, 0)),
        ),
    )


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(100 * value)}%"


def _one_decimal(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _surveys(edition: Edition) -> Table:
    """The headline figures of the edition's surveys: response rate, overall satisfaction, recommendation score."""
    return Table(
        name="surveys",
        title=_("Surveys"),
        header=(
            _("Survey"),
            _("What it is"),
            _("Answered"),
            _("Eligible"),
            _("Response rate"),
            _("Overall satisfaction (1-5)"),
            _("Recommendation score (-100 to 100)"),
        ),
        rows=tuple(
            (
                localize(headline.survey.title, translation.get_language(), edition.main_language)[0],
                headline.survey.get_kind_display(),
                headline.respondents,
                headline.eligible,
                _percent(headline.rate),
                _one_decimal(headline.satisfaction),
                "—" if headline.recommendation is None else f"{headline.recommendation:+.0f}",
            )
            for headline in surveys.headlines(edition)
        ),
        chart=Chart.NONE,
    )


def _follow_ups(edition: Edition | None) -> Table:
    found = follow_ups(edition).order_by("edition__number", "started_on")
    return Table(
        name="follow-ups",
        title=_("What came of it"),
        header=(_("Follow-up"), _("What it is"), _("Countries"), _("Started"), _("Edition")),
        rows=tuple(
            (
                item.title,
                item.get_kind_display(),
                ", ".join(country.name for country in item.countries),
                item.started_on.year,
                item.edition.number,
            )
            for item in found
        ),
        chart=Chart.NONE,
    )


@dataclass(frozen=True)
class EditionFigures:
    funnel: list[int]
    tables: list[Table]

    @property
    def stages(self) -> list[tuple[str, int, bool]]:
        """Each stage's name, count, and whether it was recorded at all (`figures.unrecorded`)."""
        missing = figures.unrecorded(self.funnel)
        return [(name, count, not gone) for name, count, gone in zip(stage_names(), self.funnel, missing, strict=True)]


def edition_figures(edition: Edition) -> EditionFigures:
    """Every figure of one edition, in the active language, counted again only once something they count changed."""
    return freshness.cached(
        "edition-figures",
        [(RECORDS, edition.pk), (RECORDS, None)],
        lambda: count_edition(edition),
        vary_on=(edition.pk, translation.get_language()),
    )


def edition_tables_html(edition: Edition) -> SafeString:
    """The dashboard's tables as HTML, kept like the figures: the same for every organiser reading in a language,
    and thousands of cells to format."""

    def make() -> str:
        return render_to_string(
            "reports/_edition_tables.html", {"edition": edition, "figures": edition_figures(edition)}
        )

    html = freshness.cached(
        "edition-tables",
        [(RECORDS, edition.pk), (RECORDS, None)],
        make,
        vary_on=(edition.pk, translation.get_language()),
    )
    return mark_safe(html)  # noqa: S308 (rendered by our own template, escaped there)


def count_edition(edition: Edition) -> EditionFigures:
    stages, attendance = funnel_stages(edition)
    tables = [
        *_funnel_tables(stages),
        _scholarships(edition),
        _attendance(edition, attendance),
        _electives(edition),
        _learning(edition),
        _articles(edition),
        _surveys(edition),
        _follow_ups(edition),
    ]
    return EditionFigures(funnel=figures.funnel(stages), tables=tables)


# Across editions ----------------------------------------------------------------------------------


def takings() -> list[Taking]:
    rows = Membership.objects.filter(role=Role.PARTICIPANT).values_list(
        "user_id", "edition__number", "edition__start_date", "user__country"
    )
    result = []
    for person, edition, start, country in rows.iterator():
        facts = country_facts(country)
        result.append(Taking(person, edition, start.year, country or "", facts.region if facts else ""))
    return result


def _edition_label(edition: Edition) -> str:
    city = localize(edition.host_city, translation.get_language(), edition.main_language)[0]
    return f"{edition.number}. {city or edition.get_modality_display()} {edition.start_date.year}"


def _alumni_activity(now: datetime) -> Table:
    """New messages, posts, discussions, replies and follow-ups in each of the last twelve months (UTC months:
    the figures are the same for every reader)."""
    now = now.astimezone(UTC)
    year, month = divmod(now.year * 12 + now.month - 1 - MONTHS_BACK, 12)  # the first month, counted from 0
    months = [date(year + (month + step) // 12, (month + step) % 12 + 1, 1) for step in range(MONTHS_BACK + 1)]
    since = datetime(months[0].year, months[0].month, 1, tzinfo=UTC)
    sources = [
        (_("Messages"), Message.objects.filter(sent_at__gte=since), "sent_at"),
        (_("Marketplace posts"), MarketplacePost.objects.filter(created_at__gte=since), "created_at"),
        (_("Discussions"), Thread.objects.filter(created_at__gte=since), "created_at"),
        (_("Replies"), Reply.objects.filter(created_at__gte=since), "created_at"),
        (_("Follow-ups"), FollowUp.objects.filter(created_at__gte=since), "created_at"),
    ]
    counts: list[dict] = []
    for _label, queryset, field in sources:
        by_month = queryset.annotate(month=TruncMonth(field, tzinfo=UTC)).values("month")
        counts.append({row["month"].date(): row["count"] for row in by_month.annotate(count=Count("pk"))})
    return Table(
        name="alumni-activity",
        title=_("Alumni activity in the Collective Brain, month by month"),
        header=(_("Month"), *(label for label, _queryset, _field in sources)),
        rows=tuple((date_format(month, "M Y"), *(found.get(month, 0) for found in counts)) for month in months),
        chart=Chart.LINE,
    )


def all_editions_figures(now: datetime | None = None) -> list[Table]:
    """Participants per edition and region, countries reached over the years, repeat participants,
    alumni activity and what came of the editions."""
    now = now or timezone.now()
    month = now.astimezone(UTC).strftime("%Y-%m")  # the alumni activity's twelve months end with this one
    return freshness.cached(
        "all-figures", [(ALL_RECORDS, None)], lambda: _count_all(now), vary_on=(translation.get_language(), month)
    )


def _participants_table(by_edition: dict[int, list[int]], editions: dict[int, Edition]) -> Table:
    """Participants per edition, with a column for each region someone came from."""
    present = [index for index, _region in enumerate(REGIONS) if any(row[index] for row in by_edition.values())]
    return Table(
        name="participants",
        title=_("Participants per edition and region"),
        header=(_("Edition"), _("Participants"), *(region_name(REGIONS[index]) for index in present)),
        rows=tuple(
            (_edition_label(editions[number]), sum(row), *(row[index] for index in present))
            for number, row in sorted(by_edition.items())
        ),
        chart=Chart.STACKED,
        plotted=tuple(range(2, 2 + len(present))),
    )


def _count_all(now: datetime) -> list[Table]:
    found = takings()
    editions = {edition.number: edition for edition in Edition.objects.filter(number__in={t.edition for t in found})}
    by_edition = figures.participants_by_edition_and_region(found, REGIONS)
    per_region = figures.countries_by_region(found)
    follow_up_kinds = FollowUpKind.values
    follow_ups = (
        FollowUp.objects.values_list("edition__number", "kind").annotate(count=Count("pk")).order_by("edition__number")
    )
    follow_up_rows: dict[int, list[int]] = {}
    for number, kind, count in follow_ups:
        follow_up_rows.setdefault(number, [0] * len(follow_up_kinds))[follow_up_kinds.index(kind)] = count
    return [
        _participants_table(by_edition, editions),
        Table(
            name="countries",
            title=_("Countries reached over the years"),
            header=(_("Year"), _("New countries"), _("Countries so far")),
            rows=tuple(figures.new_countries_by_year(found)),
            chart=Chart.LINE,
            plotted=(2,),
        ),
        Table(
            name="countries-by-region",
            title=_("Countries reached, by region"),
            header=(_("Region"), _("Countries"), _("Which")),
            rows=tuple(
                (region_name(region), len(codes), ", ".join(sorted(_country_name(code) for code in codes)))
                for region, codes in sorted(per_region.items(), key=lambda item: -len(item[1]))
            ),
            plotted=(1,),
        ),
        Table(
            name="repeat",
            title=_("Repeat participants"),
            header=(_("Editions taken part in"), _("People")),
            rows=tuple(figures.repeat_participants(found).items()),
        ),
        _alumni_activity(now),
        Table(
            name="follow-ups-by-edition",
            title=_("What came of each edition"),
            header=(_("Edition"), *(str(label) for label in FollowUpKind.labels)),
            rows=tuple(
                (_edition_label(editions[n]) if n in editions else str(n), *row)
                for n, row in sorted(follow_up_rows.items())
            ),
            chart=Chart.STACKED,
        ),
        _follow_ups(None),
    ]


def table_named(tables: list[Table], name: str) -> Table | None:
    return next((table for table in tables if table.name == name), None)

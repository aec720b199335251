import zoneinfo

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.common.downloads import attachment
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.scoping import across_editions
from academy.editions.services import participants
from academy.programme import calendars, listing, services
from academy.programme.forms import (
    AgendaFilter,
    ImportForm,
    MoveForm,
    PreferenceForm,
    RunForm,
    SwitchForm,
    elective_label,
)
from academy.programme.importer import import_programme
from academy.programme.models import AllocationRound, CalendarFeed, Elective, Material, Placement, Session, Speaker
from academy.surveys.services import feedback_offer


def _reader_zone(request) -> str | None:
    return request.user.time_zone if request.user.is_authenticated else None


def agenda(request):
    edition = request.edition
    manages = request.user.has_perm("programme.manage_programme", edition)
    filters = AgendaFilter(request.GET or None, topics=lambda: listing.topic_choices(edition))
    agenda = listing.agenda_html(
        edition,
        filters,
        lambda chosen: services.agenda(edition, include_unpublished=manages, **chosen),
        reader_zone=_reader_zone(request),
        manages=manages,
    )
    return render(request, "programme/agenda.html", {"edition": edition, "agenda": agenda, "manages": manages})


def _visible_session(request, code: str) -> Session:
    """The session of the page, or 404 when it is not published and this person does not manage the edition."""
    session = listing.session_by_code(request.edition, code)
    if session is None:
        raise Http404
    session.edition = request.edition  # the one already read: selecting it again decodes its every translated field
    if not request.user.has_perm("programme.see_session", session):
        raise Http404
    return session


def session_detail(request, code: str):
    session = _visible_session(request, code)
    return render(
        request,
        "programme/session.html",
        {
            "edition": session.edition,
            "session": session,
            "about": listing.session_html(session, reader_zone=_reader_zone(request)),
            "joined": request.user.is_authenticated and session.signups.filter(user=request.user).exists(),
            "can_join": request.user.has_perm("programme.join_session", session),
            "feedback": feedback_offer(session, request.user),
        },
    )


@across_editions  # a speaker's published sessions, in every edition
def speaker(request, pk: int):
    person = get_object_or_404(Speaker, pk=pk)
    sessions = [
        s
        for s in person.sessions.select_related("edition").order_by("-starts_at")
        if request.user.has_perm("programme.see_session", s)
    ]
    if not sessions and not request.user.has_perm("programme.change_speaker", person):
        raise Http404  # a speaker with nothing published yet has no public page
    return render(
        request,
        "programme/speaker.html",
        {
            "speaker": person,
            "lines": listing.lines(sessions, _reader_zone(request)),
            "labels": listing.labels(None),
        },
    )


def material(request, code: str, pk: int):
    """A session's uploaded material, only while the session is visible to this person, always as a download
    in a sandbox: nothing uploaded runs on the platform's pages."""
    item = get_object_or_404(Material.objects.exclude(file=""), session=_visible_session(request, code), pk=pk)
    response = FileResponse(item.file.open("rb"), as_attachment=True, filename=item.file.name.rsplit("/", 1)[-1])
    response["Content-Security-Policy"] = "sandbox"
    return response


@require_POST
@require("programme.join_session", obj=lambda request, code: _visible_session(request, code))
def join(request, code: str):
    session = _visible_session(request, code)
    try:
        if request.POST.get("leave"):
            services.leave(user=request.user, session=session)
        else:
            services.join(user=request.user, session=session)
            messages.success(request, _("You joined this session."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(session.get_absolute_url())


def edition_calendar(request):
    edition = request.edition
    sessions = services.agenda(edition, include_unpublished=False)
    return _ics(calendars.calendar_of(sessions, str(edition), get_language()), f"academy-{edition.number}.ics")


@across_editions  # one person's sessions, in every edition they take part in
def personal_calendar(request, token: str):
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    sessions = services.sessions_of(feed.user)
    return _ics(calendars.calendar_of(sessions, _("My SSE Academy"), feed.user.language), "my-academy.ics")


def _ics(content: bytes, filename: str) -> HttpResponse:
    return attachment(content, content_type="text/calendar; charset=utf-8", filename=filename)


@require("programme.view_timetable")
def timetable(request):
    edition = request.edition
    feed, _created = CalendarFeed.objects.get_or_create(user=request.user)
    sessions = services.timetable(edition, request.user)
    return render(
        request,
        "programme/timetable.html",
        {
            "edition": edition,
            "days": listing.by_day(sessions, zoneinfo.ZoneInfo(request.user.time_zone)),
            "feed_url": request.build_absolute_uri(reverse("calendar_feed", args=[feed.token])),
            "reader_zone": request.user.time_zone,
        },
    )


@require_POST
@require("programme.view_timetable")
def revoke_calendar(request):
    services.revoke_calendar(user=request.user)
    messages.success(request, _("Your calendar has a new address; the old one no longer works."))
    return redirect("programme:timetable", request.edition.number)


@require("programme.rank_electives")
def electives(request):
    edition = request.edition
    now = timezone.now()
    rounds = []
    for round_ in AllocationRound.objects.filter(edition=edition):
        choices, hidden = services.followable_electives(request.user, round_)
        ranked, not_for_me = services.preferences_of(request.user, round_)
        initial = {f"choice_{r}": e.pk for r, e in enumerate(ranked, start=1)}
        initial["not_for_me"] = not_for_me.pk if not_for_me else None
        posted = request.method == "POST" and request.POST.get("round") == str(round_.pk)
        form = PreferenceForm(
            request.POST if posted and "rank" in request.POST else None,
            initial=initial,
            round_=round_,
            ranks=services.ranks_allowed(edition),
            electives=choices,
            language=get_language(),
        )
        placement = (
            Placement.objects.filter(round=round_, user=request.user, published=True).select_related("elective").first()
        )
        switch_form = SwitchForm(
            request.POST if posted and "switch" in request.POST else None,
            options=[(e.pk, elective_label(e, get_language())) for e in services.free_electives(round_)],
        )
        if posted and "rank" in request.POST and form.is_valid():
            try:
                services.set_preferences(
                    user=request.user,
                    round_=round_,
                    ranked=form.ranked(),
                    not_for_me=form.cleaned_data["not_for_me"],
                    now=now,
                )
            except ValidationError as error:
                show_errors(form, error)
            else:
                messages.success(request, _("Your choices are saved."))
                return redirect("programme:electives", edition.number)
        if posted and "switch" in request.POST and switch_form.is_valid():
            try:
                target = Elective.objects.get(pk=switch_form.cleaned_data["elective"])
                services.switch(user=request.user, round_=round_, elective=target, now=now)
            except ValidationError as error:
                show_errors(switch_form, error)
            else:
                messages.success(request, _("You moved to %(elective)s.") % {"elective": target.code})
                return redirect("programme:electives", edition.number)
        rounds.append(
            {
                "round": round_,
                "open": round_.window_is_open(now),
                "form": form,
                "offered": choices,
                "hidden": hidden,
                "ranked": ranked,
                "not_for_me": not_for_me,
                "placement": placement,
                "switch_form": switch_form if round_.switches_open(now) else None,
            }
        )
    return render(request, "programme/electives.html", {"edition": edition, "rounds": rounds})


def _round_of_page(request, pk: int) -> AllocationRound:
    return get_object_or_404(AllocationRound.objects.select_related("edition"), edition=request.edition, pk=pk)


PAGE_SIZE = 100


@require("programme.manage_programme")
def allocation_round(request, pk: int):
    round_ = _round_of_page(request, pk)
    run_form = RunForm(request.POST if "run" in request.POST else None)
    if request.method == "POST" and "run" in request.POST and run_form.is_valid():
        run = services.run_allocation(
            round_=round_, by=request.user, keep_published=run_form.cleaned_data["keep_published"]
        )
        messages.success(request, _("Allocation done in %(seconds).1f s.") % {"seconds": run.seconds})
        return redirect(request.path)
    if request.method == "POST" and "publish" in request.POST:
        services.publish(round_=round_, by=request.user)
        messages.success(request, _("The allocation is published: participants see their elective."))
        return redirect(request.path)
    # Manual moves: search and filter, then tick one or many on this page.
    query = request.GET.get("q", "").strip()
    in_elective = request.GET.get("in", "")
    people = participants(round_.edition).order_by("certificate_name")
    if query:
        people = people.filter(Q(certificate_name__icontains=query) | Q(email__icontains=query))
    if in_elective == "none":
        people = people.exclude(elective_placements__round=round_)
    elif in_elective.isdigit():
        people = people.filter(elective_placements__round=round_, elective_placements__elective_id=int(in_elective))
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    placed = dict(
        Placement.objects.filter(round=round_, user__in=page.object_list).values_list("user_id", "elective__code")
    )
    electives = list(Elective.objects.filter(round=round_, cancelled=False))
    move_form = MoveForm(
        request.POST if "move" in request.POST else None,
        people=[(p.pk, p.certificate_name) for p in page.object_list],
        electives=[(e.pk, e.code) for e in electives],
    )
    if request.method == "POST" and "move" in request.POST and move_form.is_valid():
        try:
            target = next(e for e in electives if e.pk == move_form.cleaned_data["elective"])
            chosen = participants(round_.edition).filter(pk__in=move_form.cleaned_data["people"])
            services.move(round_=round_, users=chosen, elective=target, by=request.user)
        except ValidationError as error:
            show_errors(move_form, error)
        else:
            messages.success(request, _("Moved to %(elective)s.") % {"elective": target.code})
            return redirect(request.get_full_path())
    latest_run = round_.runs.first()
    return render(
        request,
        "programme/round.html",
        {
            "edition": round_.edition,
            "round": round_,
            "outcome": services.outcome(round_),
            "latest_run": latest_run,
            "moved_by_cancellation": services.people_who_chose(round_, latest_run.cancelled if latest_run else []),
            "run_form": run_form,
            "move_form": move_form,
            "page": page,
            "rows": [(p, placed.get(p.pk)) for p in page.object_list],
            "query": query,
            "in_elective": in_elective,
            "electives": electives,
        },
    )


@require("programme.manage_programme")
def import_sessions(request):
    edition = request.edition
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            counts = import_programme(edition=edition, name=upload.name, content=upload.read())
        except ValidationError as error:
            problems = error.messages
        else:
            messages.success(request, _("%(created)d sessions created, %(updated)d updated.") % counts)
            return redirect("programme:agenda", edition.number)
    return render(request, "programme/import.html", {"edition": edition, "form": form, "problems": problems})

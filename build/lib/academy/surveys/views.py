"""Surveys: organisers build, copy and read the results; people answer theirs; speakers read their sessions'."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.common import spreadsheets
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.scoping import across_editions
from academy.programme.models import Session
from academy.reports import charts
from academy.surveys import exports, services
from academy.surveys.forms import AnswerForm, CopyForm, QuestionFormSet, SurveyForm
from academy.surveys.models import Survey, SurveyKind

EXPORTS = ("csv", "xlsx")


def _survey(request, pk, **_ignored):
    return get_object_or_404(Survey.objects.select_related("edition"), pk=pk, edition=request.edition)


# Organisers ---------------------------------------------------------------------------------------


@across_editions  # the surveys to copy come from every edition the organiser manages
@require("surveys.manage_surveys")
def survey_list(request):
    edition = request.edition
    with timezone.override(edition.zone):
        copy_form = CopyForm(sources=services.copyable(request.user))
        return render(
            request,
            "surveys/list.html",
            {
                "edition": edition,
                "surveys": Survey.objects.filter(edition=edition).order_by("opens_at"),
                "kinds": SurveyKind.choices,
                "copy_form": copy_form,
            },
        )


@require_POST
@across_editions
@require("surveys.manage_surveys")
def survey_copy(request):
    edition = request.edition
    with timezone.override(edition.zone):
        form = CopyForm(request.POST, sources=services.copyable(request.user))
        if form.is_valid():
            try:
                survey = services.copy_survey(
                    source=form.cleaned_data["source"],
                    edition=edition,
                    opens_at=form.cleaned_data["opens_at"],
                    closes_at=form.cleaned_data["closes_at"],
                    by=request.user,
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("The survey is copied: check its questions and dates."))
                return redirect("surveys:edit", edition.number, survey.pk)
        else:
            messages.error(request, _("Choose a survey and give its dates."))
        return redirect("surveys:list", edition.number)


def _build(request, survey):
    edition = request.edition
    with timezone.override(edition.zone):
        form = SurveyForm(request.POST or None, instance=survey)
        questions = survey.questions.order_by("position", "pk") if survey.pk else survey.questions.model.objects.none()
        formset = QuestionFormSet(request.POST or None, queryset=questions, prefix="questions")
        if request.method == "POST" and form.is_valid() and formset.is_valid():
            kept = []
            for question_form in formset.forms:
                if question_form in formset.deleted_forms:
                    continue
                if question_form.instance.pk is None and not question_form.has_changed():
                    continue  # an empty extra row
                kept.append(question_form.save(commit=False))
            removed = [question_form.instance for question_form in formset.deleted_forms if question_form.instance.pk]
            try:
                saved = services.save_survey(
                    survey=form.save(commit=False), questions=kept, removed=removed, by=request.user
                )
            except ValidationError as error:
                show_errors(form, error)
            else:
                messages.success(request, _("The survey is saved."))
                return redirect("surveys:edit", edition.number, saved.pk)
        return render(
            request, "surveys/build.html", {"edition": edition, "survey": survey, "form": form, "formset": formset}
        )


@require("surveys.manage_surveys")
def survey_new(request):
    kind = request.GET.get("kind") or request.POST.get("kind")
    if kind not in SurveyKind.values:
        raise Http404
    survey = services.new_survey(edition=request.edition, kind=kind, title={}, opens_at=None, closes_at=None)
    return _build(request, survey)


@require("surveys.change_survey", obj=_survey)
def survey_edit(request, pk):
    return _build(request, _survey(request, pk))


@require("surveys.view_results", obj=_survey)
def survey_results(request, pk):
    survey = _survey(request, pk)
    return _results_page(request, survey, services.results(survey), speaker_view=False)


def _results_page(request, survey, results, *, speaker_view):
    return render(
        request,
        "surveys/results.html",
        {
            "edition": survey.edition,
            "survey": survey,
            "results": results,
            "rows": exports.question_rows(results),
            "speaker_view": speaker_view,
        },
    )


@require("surveys.view_results", obj=_survey)
def survey_chart(request, pk, question):
    survey = _survey(request, pk)
    table = exports.chart_table(survey, question)
    if table is None:
        raise Http404
    response = HttpResponse(charts.svg(table), content_type="image/svg+xml")
    response["Cache-Control"] = "private, no-cache"
    return response


@require("surveys.view_results", obj=_survey)
def survey_export(request, pk, export):
    if export not in EXPORTS:
        raise Http404
    survey = _survey(request, pk)
    return spreadsheets.download(
        exports.answer_rows(survey),
        export=export,
        filename=f"survey-{survey.edition.number}-{survey.pk}",
        title=str(survey.title)[:31] or "survey",
    )


@require_POST
@require("surveys.view_results", obj=_survey)
def survey_remind(request, pk):
    survey = _survey(request, pk)
    try:
        services.remind(survey=survey, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("A reminder is scheduled for those who have not answered."))
    return redirect("surveys:results", survey.edition.number, survey.pk)


# Speakers -----------------------------------------------------------------------------------------


@require("surveys.view_own_feedback", obj=_survey)
def speaker_feedback(request, pk):
    survey = _survey(request, pk)
    if survey.kind != SurveyKind.SESSION:
        raise Http404
    own = services.sessions_spoken_by(request.user, survey.edition)
    return _results_page(request, survey, services.results(survey, sessions=own), speaker_view=True)


# People answering ---------------------------------------------------------------------------------


def _answer_page(request, survey, session=None):
    person = request.user
    questions = list(survey.questions.order_by("position", "pk"))
    response = services.response_of(survey, person, session)
    form = AnswerForm(
        request.POST or None,
        survey=survey,
        questions=questions,
        initial_answers=services.answers_of(response),
        consent=response is not None and response.consent_follow_up,
    )
    refusal = None
    try:
        services.check_may_answer(survey, person, session=session)
    except ValidationError as error:
        refusal = " ".join(error.messages)
    if request.method == "POST" and refusal is None and form.is_valid():
        submit = request.POST.get("action") == "submit"
        try:
            services.answer(
                survey=survey,
                person=person,
                session=session,
                answers=form.answers(),
                submit=submit,
                consent=form.consented(),
            )
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(
                request,
                _("Thank you: your answers are sent. You can change them until the survey closes.")
                if submit or (response and response.is_submitted)
                else _("Your answers are saved. Come back to finish them before the survey closes."),
            )
            return redirect(request.path)
    elif request.method == "POST" and refusal is not None:
        messages.error(request, refusal)
    with timezone.override(survey.edition.zone):
        return render(
            request,
            "surveys/answer.html",
            {
                "edition": survey.edition,
                "survey": survey,
                "session": session,
                "form": form,
                "response": response,
                "refusal": refusal,
            },
            status=400 if request.method == "POST" and (refusal or form.errors) else 200,
        )


@require("surveys.answer_survey", obj=_survey)
def answer(request, pk):
    survey = _survey(request, pk)
    if survey.kind == SurveyKind.SESSION:
        return render(
            request,
            "surveys/sessions.html",
            {"edition": survey.edition, "survey": survey, "sessions": services.sessions_to_rate(survey, request.user)},
        )
    return _answer_page(request, survey)


@require("surveys.answer_survey", obj=_survey)
def answer_session(request, pk, code):
    survey = _survey(request, pk)
    if survey.kind != SurveyKind.SESSION:
        raise Http404
    session = get_object_or_404(Session, edition=request.edition, code=code)
    if not services.could_attend(session, request.user):
        raise PermissionDenied
    return _answer_page(request, survey, session)

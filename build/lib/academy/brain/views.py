"""Pages of the Collective Brain: search, the alumni directory, profiles and the knowledge hub."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from academy.brain import articles, marketplace, messaging, profiles, suggestions
from academy.brain.forms import ArticleForm, DecisionForm, MarketplacePostForm, MessageForm, ProfileForm, SearchForm
from academy.brain.models import (
    Article,
    ArticleStatus,
    Definition,
    DocumentKind,
    GoodPractice,
    MarketplacePost,
    Message,
    Network,
    Resource,
)
from academy.brain.rules import clearance, is_community_member
from academy.brain.search import engine, labels
from academy.brain.search.index import INDEX
from academy.common import freshness, resumable
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.scoping import in_editions
from academy.people.models import User

DIRECTORY_DIMENSIONS = ("region", "country", "constituency", "topic", "language", "edition")
SEARCH_DIMENSIONS = ("type", "language", "topic", "country", "edition", "sdg")


# A results page is kept at most this long after it was made: what people type makes keys without bound. It is
# never stale: the index's version is in its key.
RESULTS_KEPT_FOR = 600


def _results_page(request, template: str, dimensions: tuple[str, ...], fixed: dict[str, str], **context):
    form = SearchForm(request.GET)
    form.is_valid()
    filters = {dimension: value for dimension, value in form.filters(request.GET).items() if dimension in dimensions}
    viewer_clearance = clearance(request.user)

    def results_html() -> str:
        results = engine.search(
            form.cleaned_data.get("q") or "",
            clearance=viewer_clearance,
            filters={**filters, **fixed},
            page=form.cleaned_data.get("page") or 1,
        )
        facets = labels.describe(results.facets, filters, dimensions)
        return render_to_string("brain/_results.html", {"results": results, "facets": facets}, request=request)

    asked = sorted(request.GET.lists())  # the links of the page keep every parameter as it was asked
    results = freshness.cached(
        "brain-results",
        [(INDEX, None)],
        results_html,
        vary_on=(get_language(), viewer_clearance, dimensions, sorted(fixed.items()), asked),
        kept_for=RESULTS_KEPT_FOR,
    )
    return render(request, template, {"form": form, "filters": filters, "results_html": results, **context})


def _introductions(request) -> list[tuple]:
    if not request.user.has_perm("brain.write_message"):
        return []
    return suggestions.described(suggestions.current(request.user))


@require_GET
def search(request):
    return _results_page(request, "brain/search.html", SEARCH_DIMENSIONS, {}, introductions=_introductions(request))


@require_GET
def directory(request):
    return _results_page(request, "brain/directory.html", DIRECTORY_DIMENSIONS, {"type": DocumentKind.PERSON})


def _visible_alumnus(request, pk: int):
    """The alumnus behind `pk`, or 404 when they are none or the viewer may not see their profile
    (a hidden profile answers as if it did not exist: its owner chose not to be found)."""
    someone = get_object_or_404(User, pk=pk)
    if not is_community_member(someone):
        raise Http404
    profile = profiles.profile_of(someone)
    if not request.user.has_perm("brain.view_profile", profile):
        raise Http404
    return someone, profile


@require_GET
def person(request, pk: int):
    someone, profile = _visible_alumnus(request, pk)
    return render(
        request,
        "brain/person.html",
        {
            "someone": someone,
            "profile": profile,
            "shown": set(profile.shown_fields),
            "can_write": request.user.has_perm("brain.write_to", someone),
            "editions": someone.memberships.filter(role="participant").select_related("edition"),
        },
    )


@require("brain.change_own_profile")
def my_profile(request):
    profile = profiles.profile_of(request.user)
    form = ProfileForm(request.POST or None, instance=profile, initial={"networks": list(request.user.networks.all())})
    if request.method == "POST" and form.is_valid():
        try:
            profiles.save_profile(
                person=request.user,
                visibility=form.cleaned_data["visibility"],
                shown_fields=form.cleaned_data["shown_fields"],
                bio=form.cleaned_data["bio"],
                expertise=list(form.cleaned_data["expertise"]),
                networks=list(form.cleaned_data["networks"]),
                accepts_messages=form.cleaned_data["accepts_messages"],
            )
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("Your alumni profile is saved."))
            return redirect("brain:person", pk=request.user.pk)
    return render(request, "brain/my_profile.html", {"form": form})


@require_GET
def resource(request, pk: int):
    item = get_object_or_404(Resource.objects.select_related("edition", "session"), pk=pk)
    return render(request, "brain/resource.html", {"resource": item, "topics": item.topics.all()})


@require_GET
def resource_file(request, pk: int):
    item = get_object_or_404(Resource, pk=pk)
    if not item.file:
        raise Http404
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.file.name.rsplit("/", 1)[-1])


@require_GET
def practice(request, pk: int):
    item = get_object_or_404(GoodPractice.objects.select_related("edition"), pk=pk)
    return render(
        request,
        "brain/practice.html",
        {
            "practice": item,
            "figures": item.figures.all(),
            "topics": item.topics.all(),
            "resources": item.resources.all(),
            "people": profiles.visible_to(request.user, item.people.all()),
        },
    )


@require_GET
def glossary(request):
    return render(request, "brain/glossary.html", {"definitions": Definition.objects.all()})


@require_GET
def networks(request):
    listed = Network.objects.annotate(alumni=Count("members", distinct=True))
    return render(request, "brain/networks.html", {"networks": listed})


@require("brain.write_message")
def write(request, pk: int):
    someone, _profile = _visible_alumnus(request, pk)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            messaging.send_message(sender=request.user, recipient=someone, body=form.cleaned_data["body"],
                                   now=timezone.now())  # fmt: skip
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("Your message is on its way."))
            return redirect("brain:write", pk=someone.pk)
    return render(
        request,
        "brain/write.html",
        {
            "someone": someone,
            "form": form,
            "can_write": request.user.has_perm("brain.write_to", someone),
            "blocked": request.user.blocks.filter(blocked=someone).exists(),
            "received": Message.objects.filter(sender=someone, recipient=request.user)[:20],
        },
    )


@require_POST
@require("brain.write_message")
def block(request, pk: int):
    someone = get_object_or_404(User, pk=pk)
    if request.POST.get("unblock"):
        messaging.unblock(blocker=request.user, blocked=someone)
        messages.success(request, _("Unblocked."))
    else:
        try:
            messaging.block(blocker=request.user, blocked=someone)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Blocked: neither of you can write to the other."))
    return redirect("brain:write", pk=someone.pk)


@require_POST
@require("brain.write_message")
def report(request, pk: int):
    someone = get_object_or_404(User, pk=pk)
    message = Message.objects.filter(pk=request.POST.get("message") or 0, recipient=request.user).first()
    try:
        messaging.report(reporter=request.user, person=someone, message=message, reason=request.POST.get("reason", ""))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Thank you: the organisers will look at your report."))
    return redirect("brain:write", pk=someone.pk)


@require("brain.write_message")
def inbox(request):
    received = Message.objects.filter(recipient=request.user).select_related("sender")[:100]
    return render(request, "brain/inbox.html", {"received": received})


@require("brain.view_marketplace")
def marketplace_list(request):
    side = request.GET.get("side")
    posts = marketplace.open_posts()
    if side in ("offer", "need"):
        posts = posts.filter(side=side)
    return render(request, "brain/marketplace.html", {"posts": posts[:100], "side": side})


@require("brain.add_marketplacepost")
def post_new(request):
    form = MarketplacePostForm(request.POST or None, initial={"language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            post = marketplace.save_post(
                author=request.user,
                side=data["side"],
                category=data["category"],
                title=data["title"],
                body=data["body"],
                language=data["language"],
                topics=list(data["topics"]),
                countries=list(data["countries"]),
            )
        except ValidationError as error:
            show_errors(form, error)
        else:
            return redirect(post)
    return render(request, "brain/post_form.html", {"form": form})


@require("brain.view_marketplace")
def post(request, pk: int):
    item = get_object_or_404(marketplace.open_posts(), pk=pk)
    return render(
        request,
        "brain/post.html",
        {
            "post": item,
            "matches": marketplace.reasons_for(item, marketplace.matches_for(item)),
            "can_close": request.user.has_perm("brain.close_marketplacepost", item),
        },
    )


def _open_post(request, pk: int) -> MarketplacePost:
    return get_object_or_404(MarketplacePost, pk=pk, closed_at=None)


@require_POST
@require("brain.close_marketplacepost", obj=_open_post)
def post_close(request, pk: int):
    item = _open_post(request, pk)
    try:
        marketplace.close_post(post=item, by=request.user, now=timezone.now())
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(item)
    messages.success(request, _("Your post is closed."))
    return redirect("brain:marketplace")


@require_POST
@require("brain.write_message")
def dismiss_suggestion(request, pk: int):
    suggestions.dismiss(person=request.user, suggestion_id=pk, now=timezone.now())
    messages.success(request, _("We will not suggest this person again."))
    return redirect("brain:search")


@require("brain.write_article")
def my_article(request):
    edition = request.edition
    article = articles.article_of(request.user, edition)
    call = articles.call_of(edition)
    form = ArticleForm(request.POST or None, instance=article, initial={"language": request.LANGUAGE_CODE})
    editable = call is not None and (article is None or article.status in articles.EDITABLE)
    # A refused submission is shown again with what was typed, whatever refused it (the service says why).
    if request.method == "POST" and form.is_valid():
        now = timezone.now()
        data = form.cleaned_data
        try:
            articles.save_draft(author=request.user, edition=edition, title=data["title"], body=data["body"],
                                language=data["language"], topics=list(data["topics"]), now=now,
                                submit_it="submit" in request.POST)  # fmt: skip
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(
                request, _("Your article is submitted.") if "submit" in request.POST else _("Draft saved.")
            )
            return redirect("brain:my_article", edition=request.edition.number)
    return render(
        request,
        "brain/my_article.html",
        {
            "edition": edition,
            "article": article,
            "form": form,
            "show_form": editable or form.is_bound,
            "call": call,
        },
    )


@require("brain.review_articles")
def edition_articles(request):
    edition = request.edition
    listed = Article.objects.filter(edition=edition).exclude(status=ArticleStatus.DRAFT).select_related("author")
    building = edition.reader_builds.filter(finished_at=None, failed="").first()
    return render(
        request,
        "brain/edition_articles.html",
        {
            "edition": edition,
            "articles": listed.order_by("status", "title"),
            "reader": articles.latest_reader(edition),
            "building": building,
            "resuming": building is not None and resumable.is_resuming(building),
        },
    )


def _article(request, pk: int) -> Article:
    article = get_object_or_404(Article.objects.select_related("edition", "author"), pk=pk)
    if not request.user.has_perm("brain.view_article", article):
        raise Http404
    return article


def article(request, pk: int):
    item = _article(request, pk)
    with in_editions([item.edition]):  # the sessions it feeds are its edition's
        return _article_page(request, item)


def _article_page(request, item: Article):
    deciding = request.user.has_perm("brain.decide_article", item) and item.status == ArticleStatus.SUBMITTED
    form = DecisionForm(request.POST or None, edition=item.edition) if deciding else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            articles.decide(article=item, by=request.user, decision=form.cleaned_data["decision"],
                            comments=form.cleaned_data["comments"], sessions=form.cleaned_data["sessions"],
                            now=timezone.now())  # fmt: skip
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("Decision recorded; the author is told by e-mail."))
            return redirect("brain:edition_articles", item.edition.number)
    return render(request, "brain/article.html", {"article": item, "form": form, "sessions": item.sessions.all()})


@require_POST
@require("brain.review_articles")
def build_reader(request):
    edition = request.edition
    articles.start_reader(edition=edition, by=request.user, now=timezone.now())
    messages.success(request, _("The Reader is being compiled; this page shows when it is ready."))
    return redirect("brain:edition_articles", edition=request.edition.number)


@require("editions.view_edition")
def reader_file(request):
    edition = request.edition
    build = articles.latest_reader(edition)
    if build is None:
        raise Http404
    return FileResponse(build.file.open("rb"), as_attachment=True, filename=f"reader-{edition.number}.pdf")

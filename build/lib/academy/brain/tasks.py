"""Background work of the Collective Brain: thin tasks that call the services."""

from django.utils import timezone

from academy.brain import articles, community, suggestions
from academy.brain.models import ReaderBuild
from academy.common.background import background_task


@background_task
def refresh_introductions() -> int:
    """South-South introductions for every alumnus (nightly from cron: `academy refresh_introductions`)."""
    return suggestions.refresh_all(now=timezone.now())


@background_task
def compile_reader(*, build_id: int) -> int:
    """The edition's Reader as a PDF, from every accepted article (again, whole, when resumed after its worker died)."""
    try:
        build = articles.compile_reader_pdf(build=ReaderBuild.objects.select_related("edition").get(pk=build_id))
    except Exception as error:
        # Shown to the organisers on the Reader page; the task's own record keeps the traceback.
        ReaderBuild.objects.filter(pk=build_id).update(failed=str(error)[:500])
        raise
    return build.articles if build is not None else 0


@background_task
def send_digests() -> int:
    """The e-mail digest of new replies in followed discussions (daily from cron: `academy send_digests`)."""
    return community.send_digests(now=timezone.now())

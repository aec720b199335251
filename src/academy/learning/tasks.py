"""Background work of distance learning: thin tasks that call the services."""

from django_tasks import task

from academy.learning import services
from academy.learning.models import Course


@task()
def send_reminders(*, course_id: int) -> int:
    """Remind every participant who has not completed the course, in their language."""
    return services.send_reminders(Course.objects.select_related("edition").get(pk=course_id))

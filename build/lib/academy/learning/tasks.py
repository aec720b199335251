"""Background work of distance learning: thin tasks that call the services."""

from academy.common.background import background_task
from academy.learning import services
from academy.learning.models import Course


@background_task
def send_reminders(*, course_id: int) -> int:
    """Remind every participant who has not completed the course, in their language."""
    return services.send_reminders(course=Course.objects.select_related("edition").get(pk=course_id))

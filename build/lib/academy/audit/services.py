from django.db import models

from academy.audit.models import ActionLog


def log_action(
    *,
    actor,
    action: str,
    obj: models.Model,
    edition=None,
    reason: str = "",
    data: dict | None = None,
) -> ActionLog:
    """Record a decision; call it inside the same transaction as the change it describes."""
    return ActionLog.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        edition=edition,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        reason=reason,
        data=data or {},
    )

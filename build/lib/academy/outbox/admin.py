from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from academy.common.admin import BackOfficeModelAdmin, ReadOnlyAdminMixin
from academy.outbox import services
from academy.outbox.models import Email
from academy.outbox.rules import emails_seen_by


@admin.register(Email)
class EmailAdmin(ReadOnlyAdminMixin, BackOfficeModelAdmin):
    """What left the platform and what did not: a failed e-mail shows why, and can be sent again."""

    list_display = ["created_at", "recipients", "subject", "status", "attempts", "next_attempt_at", "sent_at"]
    list_filter = ["status", ("edition", admin.RelatedOnlyFieldListFilter)]  # only editions this person reads
    search_fields = ["subject", "to"]
    fields = [
        "status",
        "last_error",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "created_at",
        "edition",
        "from_email",
        "to",
        "cc",
        "bcc",
        "subject",
        "body",
    ]
    actions = ["send_again"]
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        return emails_seen_by(request.user).select_related("edition")

    @admin.display(description=_("to"))
    def recipients(self, email: Email) -> str:
        return ", ".join(email.to)

    @admin.action(description=_("Send the failed e-mails again"), permissions=["send_again"])
    def send_again(self, request, queryset):
        count = services.send_again(emails=queryset)
        self.message_user(
            request,
            ngettext("%(count)s failed e-mail is queued again.", "%(count)s failed e-mails are queued again.", count)
            % {"count": count},
            messages.SUCCESS if count else messages.WARNING,
        )

    def has_send_again_permission(self, request) -> bool:
        return request.user.has_perm("outbox.send_email_again")

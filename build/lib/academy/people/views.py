import json

from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.common.downloads import attachment
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.scoping import across_editions
from academy.people import privacy, services
from academy.people.forms import DeleteAccountForm, EmailAliasForm, ProfileForm
from academy.people.models import User
from academy.people.regions import country_facts


@require("people.change_own_profile")
def profile(request):
    # A copy of the person, so a form that fails validation leaves request.user as it is.
    person = User.objects.get(pk=request.user.pk)
    form = ProfileForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_profile(
                user=person,
                **{field: form.cleaned_data[field] for field in form.Meta.fields},
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your profile is saved."))
            return redirect("people:profile")
    return render_profile(request, form, EmailAliasForm())


def render_profile(request, form, alias_form):
    facts = country_facts(request.user.country.code)
    aliases = request.user.email_aliases.order_by("email")
    return render(
        request, "people/profile.html", {"form": form, "alias_form": alias_form, "aliases": aliases, "facts": facts}
    )


@require_POST
@require("people.change_own_profile")
def add_email_alias(request):
    alias_form = EmailAliasForm(request.POST)
    if alias_form.is_valid():
        try:
            services.add_email_alias(user=request.user, email=alias_form.cleaned_data["email"])
        except ValidationError as error:
            alias_form.add_error("email", error)
        else:
            messages.success(request, _("The address is added."))
            return redirect("people:profile")
    return render_profile(request, ProfileForm(instance=request.user), alias_form)


def confirm_email_alias(request, token: str):
    """The link sent to an added address: opening the mailbox proves it is the person's (no login needed)."""
    alias = services.alias_of_token(token)
    if request.method == "POST" and alias is not None:
        try:
            services.confirm_email_alias(alias=alias, now=timezone.now())
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The address is confirmed."))
        return redirect("people:profile" if request.user.is_authenticated else "editions:history")
    return render(request, "people/confirm_alias.html", {"alias": alias})


@require_POST
@require("people.change_own_profile")
def remove_email_alias(request, alias_id: int):
    services.remove_email_alias(user=request.user, alias_id=alias_id)
    messages.success(request, _("The address is removed."))
    return redirect("people:profile")


@across_editions  # everything about one person, from every edition
@require("people.change_own_profile")
def my_data(request):
    """Everything the platform holds about the person, as one JSON file."""
    document = json.dumps(privacy.collect(request.user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return attachment(document, content_type="application/json", filename="my-data.json")


@across_editions  # a person's data goes from every edition
@require("people.change_own_profile")
def delete_account(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            privacy.delete_account(person=request.user, password=form.cleaned_data["password"],
                                   keep_contributions=form.cleaned_data["keep_articles"])  # fmt: skip
        except ValidationError as error:
            show_errors(form, error)
        else:
            logout(request)
            messages.success(request, _("Your account is deleted."))
            return redirect("editions:history")
    return render(request, "people/delete_account.html", {"form": form})

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from academy.common.permissions import require
from academy.people import services
from academy.people.forms import ProfileForm
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
    facts = country_facts(request.user.country.code)
    return render(request, "people/profile.html", {"form": form, "facts": facts})

"""The API's pages: its documentation, read from the generated schema, and each organiser's tokens."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from academy.api import services
from academy.api.endpoints import api
from academy.api.forms import TokenForm
from academy.api.models import ApiToken
from academy.common.forms import show_errors
from academy.common.permissions import require

METHODS = ("get", "post", "put", "patch", "delete")


def operations(schema: dict) -> list[dict]:
    """The schema's operations as the documentation lists them, in the schema's order."""
    listed = []
    for address, item in schema["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            listed.append(
                {
                    "method": method.upper(),
                    "path": address,
                    "summary": operation.get("summary", ""),
                    "needs_token": bool(operation.get("security")),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "where": parameter["in"],
                            "required": parameter.get("required", False),
                            "type": parameter.get("schema", {}).get("type", ""),
                            "description": parameter.get("description", "")
                            or parameter.get("schema", {}).get("description", ""),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "statuses": sorted(operation.get("responses", {})),
                }
            )
    return listed


@require_GET
def documentation(request):
    schema = api.get_openapi_schema(path_prefix=reverse("api:api-root"))
    return render(
        request,
        "api/documentation.html",
        {
            "schema": schema,
            "operations": operations(schema),
            "schema_url": reverse("api:openapi-json"),
            "tokens_url": reverse("api_tokens:tokens"),
            "base_url": request.build_absolute_uri(reverse("api:api-root")),
        },
    )


@never_cache  # the page that shows a new token once must not be kept anywhere
@require("api.hold_tokens")
def tokens(request):
    form = TokenForm(request.POST or None)
    secret = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, secret = services.create_token(user=request.user, name=form.cleaned_data["name"])
        except ValidationError as error:
            show_errors(form, error)
        else:
            form = TokenForm()
    return render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "secret": secret,
            "tokens": ApiToken.objects.filter(user=request.user),
            "editions": services.organised_editions(request.user),
            "docs_url": reverse("api_docs"),
        },
    )


@require_POST
@require("api.hold_tokens")
def revoke(request, pk: int):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    services.revoke_token(token=token, by=request.user)
    messages.success(
        request, _("The token %(prefix)s… is revoked: it opens nothing any more.") % {"prefix": token.prefix}
    )
    return redirect("api_tokens:tokens")

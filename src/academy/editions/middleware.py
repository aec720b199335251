"""The edition a request is about, resolved once for every page under `editions/<edition:edition>/`."""

from django.http import Http404

from academy.editions.models import Edition


class EditionMiddleware:
    """Sets `request.edition` from the address, or 404s an edition that does not exist or that this person may not see.

    Views of an edition never look it up themselves: they receive no number, only `request.edition`, and
    `academy.common.permissions.require` checks their permission on it. Everywhere else `request.edition` is None.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.edition = None
        return self.get_response(request)

    def process_view(self, request, view, view_args, view_kwargs):
        if "edition" not in view_kwargs:
            return None
        # The resolver keeps the address's own arguments; the view gets them without the number.
        request.resolver_match.kwargs = dict(view_kwargs)
        number = view_kwargs.pop("edition")
        edition = Edition.objects.filter(number=number).first()
        if edition is None or not request.user.has_perm("editions.view_edition", edition):
            raise Http404  # a draft is not there for those who may not see it
        request.edition = edition
        return None

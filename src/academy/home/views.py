from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from academy.editions.scoping import across_editions
from academy.home import services


@login_required
@across_editions  # one person's own data, in every edition they are part of
def dashboard(request):
    return render(request, "home/dashboard.html", {"dashboard": services.dashboard(request.user)})

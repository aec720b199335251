from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from academy.home import services


@login_required
def dashboard(request):
    now = timezone.now()
    return render(request, "home/dashboard.html", {"dashboard": services.dashboard(request.user, now), "now": now})

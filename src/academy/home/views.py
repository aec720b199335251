from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from academy.home import services


@login_required
def dashboard(request):
    return render(request, "home/dashboard.html", {"dashboard": services.dashboard(request.user)})

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from academy.editions.scoping import across_editions
from academy.home.page import my_academy_html


@login_required
@across_editions  # one person's own data, in every edition they are part of
def dashboard(request):
    html = my_academy_html(request.user, timezone.now(), timezone.get_current_timezone_name())
    return render(request, "home/dashboard.html", {"my_academy": html})

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from academy.api import views as api_views
from academy.certificates.urls import unprefixed as certificate_addresses
from academy.programme.views import personal_calendar
from academy.travel.urls import unprefixed as visa_letter_addresses

# Uncaught errors: a 503 while the database is unreachable, else the 500 page (academy.common.errors).
handler500 = "academy.common.errors.server_error"

urlpatterns = i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("people/profile/api-tokens/", include("academy.api.token_urls")),
    path("people/", include("academy.people.urls")),
    path("api/", api_views.documentation, name="api_docs"),
    path("back-office/", admin.site.urls),
    path("", include("academy.applications.urls")),
    path("", include("academy.programme.urls")),
    path("", include("academy.attendance.urls")),
    path("", include("academy.certificates.urls")),
    path("", include("academy.travel.urls")),
    path("brain/", include("academy.brain.urls")),
    path("", include("academy.learning.urls")),
    path("", include("academy.hosting.urls")),
    path("", include("academy.reports.urls")),
    path("", include("academy.messaging.urls")),
    path("", include("academy.surveys.urls")),
    path("", include("academy.home.urls")),
    path("", include("academy.editions.urls")),
)
# Calendar applications fetch this address on their own: no language prefix, no redirect.
urlpatterns.append(path("calendar/<str:token>.ics", personal_calendar, name="calendar_feed"))
urlpatterns += certificate_addresses
urlpatterns += visa_letter_addresses
# The API is the same in every language: no prefix (its documentation page is under each language).
urlpatterns.append(path("api/v1/", include("academy.api.urls", namespace="api")))

if settings.DEBUG:
    from django.conf.urls.static import static

    # Only public images (partner logos, speakers' photos, lesson images); session materials and applicants' documents
    # are served by permission-checked views.
    for public in ("organisations", "speakers", "lessons"):
        urlpatterns += static(f"{settings.MEDIA_URL}{public}/", document_root=settings.MEDIA_ROOT / public)

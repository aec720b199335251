from django.urls import path

from academy.editions import converters  # noqa: F401 (registers <edition:...>)
from academy.programme import views

app_name = "programme"
urlpatterns = [
    path("editions/<edition:edition>/programme/", views.agenda, name="agenda"),
    path("editions/<edition:edition>/programme.ics", views.edition_calendar, name="edition_calendar"),
    path("editions/<edition:edition>/programme/import/", views.import_sessions, name="import"),
    path("editions/<edition:edition>/programme/<slug:code>/", views.session_detail, name="session"),
    path("editions/<edition:edition>/programme/<slug:code>/join/", views.join, name="join"),
    path("editions/<edition:edition>/programme/<slug:code>/materials/<int:pk>/", views.material, name="material"),
    path("editions/<edition:edition>/electives/", views.electives, name="electives"),
    path("editions/<edition:edition>/electives/rounds/<int:pk>/", views.allocation_round, name="round"),
    path("editions/<edition:edition>/timetable/", views.timetable, name="timetable"),
    path("editions/<edition:edition>/timetable/new-calendar-address/", views.revoke_calendar, name="revoke_calendar"),
    path("speakers/<int:pk>/", views.speaker, name="speaker"),
]

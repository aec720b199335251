from django.urls import path

from academy.attendance import views

app_name = "attendance"
urlpatterns = [
    path("editions/<edition:edition>/attendance/", views.overview, name="overview"),
    path("editions/<edition:edition>/attendance/import/", views.import_report, name="import"),
    path("editions/<edition:edition>/attendance/review/", views.review, name="review"),
    path("editions/<edition:edition>/attendance/review/<int:pk>/", views.resolve, name="resolve"),
    path("editions/<edition:edition>/attendance/badges.pdf", views.badges, name="badges"),
    path("editions/<edition:edition>/attendance/sessions/<slug:code>/", views.session, name="session"),
    path("editions/<edition:edition>/attendance/sessions/<slug:code>/check-in/", views.check_in, name="check_in"),
    path("editions/<edition:edition>/attendance/mine/", views.mine, name="mine"),
    path("editions/<edition:edition>/attendance/check-in/", views.self_check_in, name="self_check_in"),
]

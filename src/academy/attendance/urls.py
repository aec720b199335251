from django.urls import path

from academy.attendance import views

app_name = "attendance"
urlpatterns = [
    path("editions/<edition:number>/attendance/", views.overview, name="overview"),
    path("editions/<edition:number>/attendance/import/", views.import_report, name="import"),
    path("editions/<edition:number>/attendance/review/", views.review, name="review"),
    path("editions/<edition:number>/attendance/review/<int:pk>/", views.resolve, name="resolve"),
    path("editions/<edition:number>/attendance/badges.pdf", views.badges, name="badges"),
    path("editions/<edition:number>/attendance/sessions/<slug:code>/", views.session, name="session"),
    path("editions/<edition:number>/attendance/sessions/<slug:code>/check-in/", views.check_in, name="check_in"),
    path("editions/<edition:number>/attendance/mine/", views.mine, name="mine"),
    path("editions/<edition:number>/attendance/check-in/", views.self_check_in, name="self_check_in"),
]

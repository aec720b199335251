from django.urls import path

from academy.people import views

app_name = "people"
urlpatterns = [
    path("profile/", views.profile, name="profile"),
]

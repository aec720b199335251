from django.urls import path

from academy.home import views

app_name = "home"
urlpatterns = [path("me/", views.dashboard, name="dashboard")]

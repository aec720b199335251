from django.urls import path

from academy.hosting import views

app_name = "hosting"
urlpatterns = [
    path("host/", views.propose, name="propose"),
    path("host/mine/", views.mine, name="mine"),
    path("host/requests/", views.requests, name="requests"),
    path("host/requests/<int:pk>/", views.detail, name="request"),
    path("host/requests/<int:pk>/edition/", views.make_edition, name="make_edition"),
]

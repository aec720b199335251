from django.urls import path

from academy.editions import converters  # noqa: F401 (registers <edition:...>)
from academy.messaging import views

app_name = "messaging"
urlpatterns = [
    path("editions/<edition:edition>/messages/", views.edition_messages, name="edition_messages"),
    path("editions/<edition:edition>/messages/new/", views.edition_new, name="edition_new"),
    path("editions/<edition:edition>/messages/<int:pk>/", views.edition_message, name="edition_message"),
    path("editions/<edition:edition>/messages/<int:pk>/cancel/", views.edition_cancel, name="edition_cancel"),
    path("messages/alumni/", views.alumni_messages, name="alumni_messages"),
    path("messages/alumni/new/", views.alumni_new, name="alumni_new"),
    path("messages/alumni/<int:pk>/", views.alumni_message, name="alumni_message"),
    path("messages/alumni/<int:pk>/cancel/", views.alumni_cancel, name="alumni_cancel"),
    path("messages/", views.mine, name="mine"),
    path("messages/<int:pk>/", views.read, name="read"),
    path("messages/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]

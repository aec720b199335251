from django.urls import path

from academy.people import views

app_name = "people"
urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/addresses/", views.add_email_alias, name="add_email_alias"),
    path("profile/addresses/<int:alias_id>/remove/", views.remove_email_alias, name="remove_email_alias"),
    path("addresses/confirm/<str:token>/", views.confirm_email_alias, name="confirm_email_alias"),
    path("profile/my-data.json", views.my_data, name="my_data"),
    path("profile/delete/", views.delete_account, name="delete_account"),
]

from django.urls import path

from academy.applications import organiser_views, views
from academy.editions import converters  # noqa: F401 (registers <edition:...>)

app_name = "applications"
urlpatterns = [
    path("editions/<edition:edition>/apply/", views.apply, name="apply"),
    path("applications/", views.mine, name="mine"),
    path("applications/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("applications/<int:pk>/respond/", views.respond, name="respond"),
    path("applications/<int:pk>/<str:kind>.pdf", views.document, name="document"),
    path("editions/<edition:edition>/applications/", organiser_views.applications_table, name="table"),
    path("editions/<edition:edition>/applications/<int:pk>/", organiser_views.application_detail, name="application"),
    path("editions/<edition:edition>/scholarships/", organiser_views.scholarships, name="scholarships"),
    path("editions/<edition:edition>/selection/", organiser_views.selection, name="selection"),
    path("editions/<edition:edition>/selection/assign/", organiser_views.assign_reviewers, name="assign_reviewers"),
    path("editions/<edition:edition>/selection/<int:pk>/", organiser_views.selection_run, name="selection_run"),
    path("editions/<edition:edition>/selection/<int:pk>/confirm/", organiser_views.confirm_run, name="confirm_run"),
    path("reviews/", views.my_reviews, name="my_reviews"),
    path("reviews/<int:pk>/", views.review, name="review"),
]

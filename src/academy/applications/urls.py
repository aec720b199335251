from django.urls import path

from academy.applications import views
from academy.editions import converters  # noqa: F401 (registers <edition:...>)

app_name = "applications"
urlpatterns = [
    path("editions/<edition:number>/apply/", views.apply, name="apply"),
    path("applications/", views.mine, name="mine"),
    path("applications/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("reviews/", views.my_reviews, name="my_reviews"),
    path("reviews/<int:pk>/", views.review, name="review"),
]

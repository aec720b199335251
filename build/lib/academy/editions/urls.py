from django.urls import path

from academy.editions import converters, views  # noqa: F401 (converters registers <edition:...>)

app_name = "editions"
urlpatterns = [
    path("", views.history, name="history"),
    path("editions/<edition:edition>/", views.detail, name="detail"),
    path("editions/<edition:edition>/clone/", views.clone, name="clone"),
]

from django.urls import path, register_converter

from academy.editions import views


class EditionNumberConverter:
    """An edition number: a few digits, so that no lookup overflows the database's integer."""

    regex = "[0-9]{1,4}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(EditionNumberConverter, "edition")

app_name = "editions"
urlpatterns = [
    path("", views.history, name="history"),
    path("editions/<edition:number>/", views.detail, name="detail"),
    path("editions/<edition:number>/clone/", views.clone, name="clone"),
]

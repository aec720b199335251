from django.urls import path

from academy.editions import converters  # noqa: F401 (registers <edition:...>)
from academy.travel import views

app_name = "travel"
urlpatterns = [
    path("editions/<edition:edition>/visa-letter/", views.mine, name="mine"),
    path("editions/<edition:edition>/visa-letters/", views.overview, name="overview"),
    path("editions/<edition:edition>/visa-letters/<int:pk>/approve/", views.approve, name="approve"),
    path("editions/<edition:edition>/visa-letters/<int:pk>/refuse/", views.refuse, name="refuse"),
    path("visa-letters/<int:pk>/letter.pdf", views.download, name="pdf"),
    path("visa-letters/verify/", views.verify, name="verify"),
    path("visa-letters/verify/<str:code>/", views.verify_code, name="verify_code"),
]

# The QR code's address: no language prefix, short.
unprefixed = [path("v/<str:code>", views.letter_link, name="visa_letter_link")]

from django.urls import path, re_path

from academy.certificates import views
from academy.editions import converters  # noqa: F401 (registers <edition:...>)

app_name = "certificates"
urlpatterns = [
    path("editions/<edition:edition>/certificates/", views.overview, name="overview"),
    path("editions/<edition:edition>/certificates/close/", views.close_and_issue, name="close_and_issue"),
    path("editions/<edition:edition>/certificates/issue/", views.issue_one, name="issue_one"),
    path("editions/<edition:edition>/certificates/all.zip", views.all_certificates, name="all"),
    path("editions/<edition:edition>/certificates/signatories/", views.add_signatory, name="add_signatory"),
    path(
        "editions/<edition:edition>/certificates/signatories/<int:pk>/remove/",
        views.remove_signatory,
        name="remove_signatory",
    ),
    path("editions/<edition:edition>/certificates/<str:code>/revoke/", views.revoke, name="revoke"),
    path("editions/<edition:edition>/certificates/<str:code>/reissue/", views.reissue, name="reissue"),
    path("editions/<edition:edition>/certificate/", views.mine, name="mine"),
    path("certificates/<str:code>/certificate.pdf", views.download_pdf, name="pdf"),
    path("certificates/<str:code>/open-badge.json", views.download_credential, name="credential"),
    path("certificates/verify/", views.verify, name="verify"),
    path("certificates/verify/open-badge/", views.check_credential, name="check_credential"),
    path("certificates/verify/<str:code>/", views.verify_code, name="verify_code"),
]

# Addresses machines and QR codes use: no language prefix; the QR code's is short, so the code stays small.
unprefixed = [
    path("c/<str:code>", views.certificate_link, name="certificate_link"),
    path("openbadges/issuer", views.openbadges_issuer, name="openbadges_issuer"),
    path("openbadges/keys.json", views.openbadges_keys, name="openbadges_keys"),
    path("openbadges/verify", views.openbadges_verify, name="openbadges_verify"),
    re_path(r"^openbadges/status/(?P<number>[0-9]{1,9})$", views.openbadges_status, name="openbadges_status"),
    # The edition's number, not <edition:...>: this public image is no page of the edition (EditionMiddleware).
    re_path(r"^openbadges/badges/(?P<number>[0-9]{1,4})\.png$", views.openbadges_badge, name="openbadges_badge"),
]

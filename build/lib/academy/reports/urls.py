from django.urls import path

from academy.reports import views

app_name = "reports"
urlpatterns = [
    path("editions/<edition:edition>/dashboard/", views.edition_dashboard, name="edition"),
    path("editions/<edition:edition>/dashboard/<slug:name>.svg", views.edition_chart, name="edition_chart"),
    path("editions/<edition:edition>/dashboard/<slug:name>.<str:export>", views.edition_export, name="edition_export"),
    path("editions/<edition:edition>/report/", views.build_report, name="build_report"),
    path("editions/<edition:edition>/report.pdf", views.report_file, name="report_file"),
    path("reports/", views.all_editions, name="all"),
    path("reports/<slug:name>.svg", views.all_chart, name="all_chart"),
    path("reports/<slug:name>.<str:export>", views.all_export, name="all_export"),
]

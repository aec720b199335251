from django.urls import path

from academy.editions import converters  # noqa: F401 (registers <edition:...>)
from academy.surveys import views

app_name = "surveys"
urlpatterns = [
    path("editions/<edition:edition>/surveys/", views.survey_list, name="list"),
    path("editions/<edition:edition>/surveys/new/", views.survey_new, name="new"),
    path("editions/<edition:edition>/surveys/copy/", views.survey_copy, name="copy"),
    path("editions/<edition:edition>/surveys/<int:pk>/edit/", views.survey_edit, name="edit"),
    path("editions/<edition:edition>/surveys/<int:pk>/results/", views.survey_results, name="results"),
    path("editions/<edition:edition>/surveys/<int:pk>/results/<int:question>.svg", views.survey_chart, name="chart"),
    path("editions/<edition:edition>/surveys/<int:pk>/answers.<str:export>", views.survey_export, name="export"),
    path("editions/<edition:edition>/surveys/<int:pk>/remind/", views.survey_remind, name="remind"),
    path("editions/<edition:edition>/surveys/<int:pk>/my-sessions/", views.speaker_feedback, name="speaker"),
    path("editions/<edition:edition>/surveys/<int:pk>/", views.answer, name="answer"),
    path("editions/<edition:edition>/surveys/<int:pk>/sessions/<slug:code>/", views.answer_session, name="session"),
]

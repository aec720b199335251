from django.urls import path

from academy.learning import views

app_name = "learning"
urlpatterns = [
    path("editions/<edition:edition>/course/", views.course, name="course"),
    path("editions/<edition:edition>/course/lessons/<int:lesson_id>/", views.lesson, name="lesson"),
    path("editions/<edition:edition>/course/quizzes/<int:quiz_id>/", views.quiz, name="quiz"),
    path("editions/<edition:edition>/course/progress/", views.progress_overview, name="progress"),
    path("editions/<edition:edition>/course/remind/", views.remind, name="remind"),
    path("editions/<edition:edition>/course/copy/", views.copy, name="copy"),
    path("editions/<edition:edition>/course/moodle/", views.moodle, name="moodle"),
    path("editions/<edition:edition>/course/moodle/participants.csv", views.moodle_users, name="moodle_users"),
    path("editions/<edition:edition>/course/moodle/review/<int:pk>/", views.moodle_resolve, name="moodle_resolve"),
]

from django.urls import path

from academy.learning import views

app_name = "learning"
urlpatterns = [
    path("editions/<int:number>/course/", views.course, name="course"),
    path("editions/<int:number>/course/lessons/<int:lesson_id>/", views.lesson, name="lesson"),
    path("editions/<int:number>/course/quizzes/<int:quiz_id>/", views.quiz, name="quiz"),
    path("editions/<int:number>/course/progress/", views.progress_overview, name="progress"),
    path("editions/<int:number>/course/remind/", views.remind, name="remind"),
    path("editions/<int:number>/course/copy/", views.copy, name="copy"),
]

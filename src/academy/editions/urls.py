from django.urls import path

from academy.editions import views

app_name = "editions"
urlpatterns = [
    path("", views.history, name="history"),
    path("editions/<int:number>/", views.detail, name="detail"),
    path("editions/<int:number>/clone/", views.clone, name="clone"),
]

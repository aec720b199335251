from django.urls import path

from academy.brain import community_views, followup_views, views

app_name = "brain"

urlpatterns = [
    path("", views.search, name="search"),
    path("alumni/", views.directory, name="directory"),
    path("alumni/<int:pk>/", views.person, name="person"),
    path("alumni/<int:pk>/write/", views.write, name="write"),
    path("alumni/<int:pk>/block/", views.block, name="block"),
    path("alumni/<int:pk>/report/", views.report, name="report"),
    path("messages/", views.inbox, name="inbox"),
    path("introductions/<int:pk>/dismiss/", views.dismiss_suggestion, name="dismiss_suggestion"),
    path("profile/", views.my_profile, name="my_profile"),
    path("resources/<int:pk>/", views.resource, name="resource"),
    path("resources/<int:pk>/file", views.resource_file, name="resource_file"),
    path("practices/<int:pk>/", views.practice, name="practice"),
    path("marketplace/", views.marketplace_list, name="marketplace"),
    path("marketplace/new/", views.post_new, name="post_new"),
    path("marketplace/<int:pk>/", views.post, name="post"),
    path("marketplace/<int:pk>/close/", views.post_close, name="post_close"),
    path("editions/<edition:edition>/my-article/", views.my_article, name="my_article"),
    path("editions/<edition:edition>/articles/", views.edition_articles, name="edition_articles"),
    path("editions/<edition:edition>/reader/", views.build_reader, name="build_reader"),
    path("editions/<edition:edition>/reader.pdf", views.reader_file, name="reader_file"),
    path("articles/<int:pk>/", views.article, name="article"),
    path("community/", community_views.threads, name="threads"),
    path("community/new/", community_views.thread_new, name="thread_new"),
    path("community/<int:pk>/", community_views.thread, name="thread"),
    path("community/<int:pk>/follow/", community_views.thread_follow, name="thread_follow"),
    path("community/<int:pk>/report/", community_views.thread_report, name="thread_report"),
    path("community/<int:pk>/moderate/", community_views.thread_moderate, name="thread_moderate"),
    path("follow-ups/", followup_views.follow_up_list, name="follow_ups"),
    path("follow-ups/<int:pk>/", followup_views.follow_up, name="follow_up"),
    path("follow-ups/<int:pk>/edit/", followup_views.follow_up_edit, name="follow_up_edit"),
    path("follow-ups/<int:pk>/delete/", followup_views.follow_up_delete, name="follow_up_delete"),
    path("editions/<edition:edition>/follow-ups/new/", followup_views.follow_up_new, name="follow_up_new"),
    path("glossary/", views.glossary, name="glossary"),
    path("networks/", views.networks, name="networks"),
]

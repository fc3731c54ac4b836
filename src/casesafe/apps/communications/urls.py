from django.urls import path

from casesafe.apps.communications import views

app_name = "communications"

urlpatterns = [
    path("", views.message_list, name="messages"),
    path("compose/", views.compose, name="compose"),
    path("compose/preflight/", views.compose_preflight, name="compose-preflight"),
    path("<int:pk>/", views.message_detail, name="message"),
    path("<int:pk>/confirm/", views.message_confirm, name="message-confirm"),
    path("<int:pk>/retry/", views.message_retry, name="message-retry"),
    path("<int:pk>/resubmit/", views.message_resubmit, name="message-resubmit"),
    path("approvals/<int:pk>/", views.approval_detail, name="approval"),
    path("photos/<int:pk>/", views.photo_file, name="photo"),
]

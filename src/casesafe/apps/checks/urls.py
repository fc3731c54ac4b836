from django.urls import path

from casesafe.apps.checks import views

app_name = "checks"

urlpatterns = [
    path("check-message/", views.check_message, name="check-message"),
    path("check-message/result/", views.check_message_result, name="check-message-result"),
    path("check", views.public_check, name="public-check"),
    path("check-photo/", views.check_photo, name="check-photo"),
]

from django.urls import path

from casesafe.apps.records import views

app_name = "records"

urlpatterns = [
    path("cases/<int:case_pk>/record/", views.case_record, name="case-record"),
    path("cases/<int:case_pk>/record/export/", views.case_export, name="case-export"),
    path("access-log/", views.access_log, name="access-log"),
]

from django.urls import path

from casesafe.apps.cases import views

app_name = "cases"

urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.case_new, name="new"),
    path("tools/", views.tools, name="tools"),
    path("policy/", views.policy_page, name="policy"),
    path("policy/<int:pk>/", views.policy_version, name="policy-version"),
    path("break-glass/<int:pk>/review/", views.break_glass_review, name="break-glass-review"),
    path("<int:pk>/", views.case_detail, name="detail"),
    path("<int:pk>/break-glass/", views.break_glass, name="break-glass"),
    path("<int:pk>/settings/", views.case_settings, name="settings"),
    path("<int:pk>/people/add/", views.person_add, name="person-add"),
    path("<int:pk>/people/<int:person_pk>/edit/", views.person_edit, name="person-edit"),
    path("<int:pk>/relationships/add/", views.relationship_add, name="relationship-add"),
    path(
        "<int:pk>/relationships/<int:relationship_pk>/end/",
        views.relationship_end,
        name="relationship-end",
    ),
    path("<int:pk>/boundaries/add/", views.boundary_add, name="boundary-add"),
    path(
        "<int:pk>/boundaries/<int:boundary_pk>/change/",
        views.boundary_change,
        name="boundary-change",
    ),
    path("<int:pk>/boundaries/<int:boundary_pk>/end/", views.boundary_end, name="boundary-end"),
    path("<int:pk>/consents/add/", views.consent_add, name="consent-add"),
    path("<int:pk>/consents/<int:consent_pk>/revoke/", views.consent_revoke, name="consent-revoke"),
    path(
        "<int:pk>/consents/<int:consent_pk>/evidence/",
        views.consent_evidence,
        name="consent-evidence",
    ),
]

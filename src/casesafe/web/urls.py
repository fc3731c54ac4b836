from django.contrib import admin
from django.urls import include, path

from casesafe.apps.core import views as core_views
from casesafe.web.api import api

admin.site.site_header = "CaseSafe agency administration"
admin.site.site_title = "CaseSafe admin"

urlpatterns = [
    path("", include("casesafe.apps.core.urls")),
    path("accounts/", include("casesafe.apps.accounts.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("healthz", core_views.healthz, name="healthz"),
]

handler403 = "casesafe.apps.core.views.error_403"
handler404 = "casesafe.apps.core.views.error_404"
handler500 = "casesafe.apps.core.views.error_500"

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.urls import include, path

from casesafe.apps.core import views as core_views
from casesafe.web.api import api


def _admin_login(request, extra_context=None):  # type: ignore[no-untyped-def]
    # One sign-in page for everything, so the admin can never skip the second step.
    return redirect_to_login(request.GET.get("next", "/admin/"))


def _admin_permission(request):  # type: ignore[no-untyped-def]
    user = request.user
    return user.is_active and (user.is_superuser or getattr(user, "role", None) == "administrator")


admin.site.login = _admin_login  # type: ignore[method-assign]
admin.site.has_permission = _admin_permission  # type: ignore[method-assign]
admin.site.site_header = "CaseSafe agency administration"
admin.site.site_title = "CaseSafe admin"

urlpatterns = [
    path("", include("casesafe.apps.core.urls")),
    path("accounts/", include("casesafe.apps.accounts.urls")),
    path("records/", include("casesafe.apps.records.urls")),
    path("cases/", include("casesafe.apps.cases.urls")),
    path("messages/", include("casesafe.apps.communications.urls")),
    path("", include("casesafe.apps.checks.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("healthz", core_views.healthz, name="healthz"),
]

handler403 = "casesafe.apps.core.views.error_403"
handler404 = "casesafe.apps.core.views.error_404"
handler500 = "casesafe.apps.core.views.error_500"

from django.contrib import admin

from casesafe.apps.accounts.admin_scoping import AgencyScopedAdmin
from casesafe.apps.agencies.models import Agency, Unit


@admin.register(Agency)
class AgencyAdmin(AgencyScopedAdmin):
    list_display = ["name", "slug", "created_at"]
    agency_field = "pk"

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Unit)
class UnitAdmin(AgencyScopedAdmin):
    list_display = ["name", "agency"]
    filter_horizontal = ["supervisors"]

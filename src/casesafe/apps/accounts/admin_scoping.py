"""Django admin for agency administrators: they see and change their own agency only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin


class AgencyScopedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    agency_field = "agency"

    def get_queryset(self, request: Any) -> Any:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        if self.agency_field == "pk":
            return queryset.filter(pk=request.user.agency_id)
        return queryset.filter(**{f"{self.agency_field}_id": request.user.agency_id})

    def has_module_permission(self, request: Any) -> bool:
        return request.user.is_superuser or getattr(request.user, "role", None) == "administrator"

    def has_view_permission(self, request: Any, obj: Any = None) -> bool:
        return self.has_module_permission(request)

    has_change_permission = has_view_permission

    def has_add_permission(self, request: Any) -> bool:
        return self.has_module_permission(request)

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def save_model(self, request: Any, obj: Any, form: Any, change: bool) -> None:
        if not request.user.is_superuser and self.agency_field not in ("pk", ""):
            setattr(obj, f"{self.agency_field}_id", request.user.agency_id)
        super().save_model(request, obj, form, change)

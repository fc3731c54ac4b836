from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from casesafe.apps.accounts.admin_scoping import AgencyScopedAdmin
from casesafe.apps.accounts.models import User


@admin.register(User)
class UserAdmin(AgencyScopedAdmin, DjangoUserAdmin):
    list_display = ["username", "first_name", "last_name", "role", "unit", "is_active"]
    list_filter = ["role", "is_active"]
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Person", {"fields": ("first_name", "last_name", "email")}),
        ("Role", {"fields": ("agency", "unit", "role", "is_active")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("username", "role", "unit", "password1", "password2"),
            },
        ),
    )

    def get_readonly_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        return () if request.user.is_superuser else ("agency",)

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        if change and "is_active" in form.changed_data and not obj.is_active:
            obj.rotate_security_stamp()  # deactivation ends the person's sessions
        super().save_model(request, obj, form, change)

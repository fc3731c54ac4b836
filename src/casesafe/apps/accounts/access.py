"""Authorisation helpers every selector and view uses: deny by default.

The rule of the house: a query for agency data starts from the acting user
(`agency_scope(user, queryset)`), never from a bare `Model.objects`. A user without an
agency sees nothing. Roles widen what a user may do inside their own agency only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet

from casesafe.apps.accounts.models import Role

M = TypeVar("M", bound=Model)


class AccessDenied(PermissionDenied):
    """Raised by services and selectors; mapped to 403 and written to the access log."""

    def __init__(self, reason: str = "You do not have access to this.") -> None:
        super().__init__(reason)
        self.reason = reason


def is_member(user: Any) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.agency_id)


def has_role(user: Any, *roles: str) -> bool:
    return is_member(user) and user.role in roles


def require_role(user: Any, *roles: str) -> None:
    if not has_role(user, *roles):
        raise AccessDenied("Your role does not allow this.")


def agency_scope(user: Any, queryset: QuerySet[M], field: str = "agency") -> QuerySet[M]:
    """The rows of `queryset` that belong to the user's agency; none for anyone else."""
    if not is_member(user):
        return queryset.none()
    return queryset.filter(**{f"{field}_id" if field != "pk" else "pk": user.agency_id})


def same_agency(user: Any, obj: Any, field: str = "agency_id") -> bool:
    return is_member(user) and getattr(obj, field, None) == user.agency_id


def supervised_unit_ids(user: Any) -> set[int]:
    if not has_role(user, Role.SUPERVISOR, Role.ADMINISTRATOR):
        return set()
    return set(user.supervised_units.filter(agency_id=user.agency_id).values_list("pk", flat=True))


F = TypeVar("F", bound=Callable[..., Any])


def role_required(*roles: str) -> Callable[[F], F]:
    """View decorator: signed in, in an agency, with one of `roles` (any role if none given)."""

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapper(request: Any, *args: Any, **kwargs: Any) -> Any:
            if not request.user.is_authenticated:
                from django.contrib.auth.views import redirect_to_login

                return redirect_to_login(request.get_full_path())
            allowed: Iterable[str] = roles or [r.value for r in Role]
            if not has_role(request.user, *allowed):
                raise AccessDenied("Your role does not allow this page.")
            return view(request, *args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate

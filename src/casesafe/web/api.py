"""The versioned REST API under /api/v1/, with OpenAPI docs at /api/v1/docs.

Authentication: a personal API token (`Authorization: Bearer cs_...`) or the browser
session (with CSRF). Every endpoint calls the same services and selectors as the web
pages, so the API can never see more than the person could in the browser.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest
from ninja import NinjaAPI, Schema
from ninja.security import APIKeyCookie, HttpBearer

from casesafe.apps.accounts.access import AccessDenied, is_member
from casesafe.apps.accounts.services import api_token_authenticate
from casesafe.apps.core.audit import access_event


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = api_token_authenticate(token)
        if user is None or not is_member(user):
            return None
        request.user = user
        return user


class SessionAuth(APIKeyCookie):
    """The signed-in browser session; CSRF is checked for unsafe methods."""

    param_name = settings.SESSION_COOKIE_NAME

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = getattr(request, "user", None)
        if user is not None and is_member(user):
            verified = getattr(user, "is_verified", lambda: False)()
            if user.mfa_required and not verified:
                return None
            return user
        return None


api = NinjaAPI(
    title="CaseSafe API",
    version="1",
    description="Screening, consent checks and the communication record for child welfare casework.",
    auth=[TokenAuth(), SessionAuth()],
    urls_namespace="api-v1",
    docs_url="/docs",
    docs_decorator=login_required,
)


from casesafe.apps.checks.api import router as screening_router  # noqa: E402

api.add_router("/screen", screening_router)
api.add_router("/cases", "casesafe.apps.cases.api.router")
api.add_router("", "casesafe.apps.communications.api.router")


class MeOut(Schema):
    username: str
    role: str
    agency: str
    unit: str | None


@api.get("/me", response=MeOut, summary="Who the token or session belongs to")
def me(request: HttpRequest) -> dict[str, Any]:
    user = request.auth  # type: ignore[attr-defined]
    return {
        "username": user.username,
        "role": user.role,
        "agency": user.agency.slug,
        "unit": user.unit.name if user.unit else None,
    }


@api.exception_handler(AccessDenied)
def access_denied(request: HttpRequest, exc: AccessDenied) -> Any:
    access_event(request, "refused", "denied", request.path)
    return api.create_response(request, {"detail": exc.reason}, status=403)

"""Session limits (security.md 5) and the MFA requirement for supervisors and admins (3)."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

SESSION_AUTH_AT = "casesafe_auth_at"
SESSION_SEEN_AT = "casesafe_seen_at"

# Paths a signed-in user who still owes a second factor may reach.
_MFA_EXEMPT_PREFIXES = ("/accounts/mfa/", "/accounts/logout/", "/static/", "/healthz")


class SessionLimitsMiddleware:
    """End a session after 15 idle minutes (configurable up to 30) or 12 hours in all."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = time.time()
            auth_at = request.session.get(SESSION_AUTH_AT, now)
            seen_at = request.session.get(SESSION_SEEN_AT, now)
            idle = now - seen_at > settings.CASESAFE_SESSION_IDLE_SECONDS
            too_old = now - auth_at > settings.CASESAFE_SESSION_ABSOLUTE_SECONDS
            if idle or too_old:
                logout(request)
                if request.path.startswith("/api/"):
                    return self.get_response(request)
                return redirect(f"{settings.LOGIN_URL}?expired=1")
            request.session[SESSION_AUTH_AT] = auth_at
            request.session[SESSION_SEEN_AT] = now
        return self.get_response(request)


class MfaRequiredMiddleware:
    """Supervisors and administrators finish two-step sign-in before anything else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(_MFA_EXEMPT_PREFIXES)
            and not request.path.startswith("/api/")
        ):
            verified = getattr(user, "is_verified", lambda: False)()
            if not verified and (user.mfa_required or user.has_mfa):
                if not user.has_mfa:
                    return redirect("accounts:mfa-enrol")
                return redirect(
                    f"{reverse('accounts:mfa-verify')}?{urlencode({'next': request.get_full_path()})}"
                )
        return self.get_response(request)

"""Sign-in bookkeeping: session clocks, the access log, ending sessions on sign-out."""

from __future__ import annotations

import time
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from casesafe.apps.accounts.middleware import SESSION_AUTH_AT, SESSION_SEEN_AT
from casesafe.apps.core.audit import access_event


@receiver(user_logged_in)
def on_sign_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[SESSION_AUTH_AT] = now
        request.session[SESSION_SEEN_AT] = now
    access_event(request, "sign_in", "success", f"user:{user.pk}", actor=user)


@receiver(user_login_failed)
def on_sign_in_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    # The username typed may be a mistyped password or a person's name: look it up and
    # record only the account id (or nothing when there is no such account).
    User = get_user_model()
    user = (
        User.objects.filter(username=credentials.get("username", ""))
        .only("pk", "agency_id")
        .first()
    )
    access_event(
        request,
        "sign_in",
        "failure",
        f"user:{user.pk}" if user else "user:unknown",
        actor=None,
        agency_id=user.agency_id if user else None,
    )


@receiver(user_logged_out)
def on_sign_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is None:
        return
    # Signing out anywhere signs out everywhere (security.md 5).
    user.rotate_security_stamp()
    access_event(request, "sign_out", "success", f"user:{user.pk}", actor=user)

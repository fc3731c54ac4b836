"""Access events: who did what to which record, when, from where, with what outcome.

security.md 8 asks for every view, change and export of a child's record, every sign-in
and every refused access. Callers describe the event; sinks registered here store it
(the records app appends it to the agency's tamper-evident access log). Events carry ids
and hashed identifiers only: never names, never the text of a record.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils import timezone

logger = logging.getLogger("casesafe.access")


@dataclass(frozen=True)
class AccessEvent:
    action: str  # e.g. "sign_in", "view", "change", "export", "refused"
    outcome: str  # "success" | "failure" | "denied"
    actor_id: int | None
    agency_id: int | None
    subject: str = ""  # e.g. "case:17", "user:3"
    source_ip_hash: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    at: datetime = field(default_factory=timezone.now)


Sink = Callable[[AccessEvent], None]
_SINKS: list[Sink] = []


def register_sink(sink: Sink) -> None:
    if sink not in _SINKS:
        _SINKS.append(sink)


def hash_ip(ip: str | None) -> str:
    # The address itself is personal data; a short keyed-free digest is enough to tell
    # repeated sources apart in a review without keeping the address.
    if not ip:
        return ""
    return hashlib.sha256(ip.encode()).hexdigest()[:16]


def client_ip(request: Any) -> str | None:
    return request.META.get("REMOTE_ADDR") if request is not None else None


def access_event(
    request: Any,
    action: str,
    outcome: str,
    subject: str = "",
    *,
    actor: Any = None,
    agency_id: int | None = None,
    **detail: Any,
) -> AccessEvent:
    user = actor if actor is not None else getattr(request, "user", None)
    actor_id = user.pk if user is not None and getattr(user, "is_authenticated", False) else None
    if agency_id is None and user is not None:
        agency_id = getattr(user, "agency_id", None)
    event = AccessEvent(
        action=action,
        outcome=outcome,
        actor_id=actor_id,
        agency_id=agency_id,
        subject=subject,
        source_ip_hash=hash_ip(client_ip(request)),
        detail=detail,
    )
    logger.info(
        "access action=%s outcome=%s actor=%s subject=%s", action, outcome, actor_id, subject
    )
    for sink in _SINKS:
        sink(event)
    return event

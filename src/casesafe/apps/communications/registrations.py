"""What this app adds to the shared registries: navigation, dashboard panels, the
periodic delivery sweep and draft-photo clean-up, and the sealed photo column for key
rotation."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.urls import reverse


def _approvals(user: Any) -> list[dict[str, str]]:
    from casesafe.apps.communications import selectors

    return [
        {
            "label": f"Post {a.message.pk} ({a.message.platform})",
            "url": reverse("communications:approval", args=[a.pk]),
            "note": f"from {a.requested_by.username}",
        }
        for a in selectors.approvals_waiting(user)[:20]
    ]


def _failed(user: Any) -> list[dict[str, str]]:
    from casesafe.apps.communications import selectors

    return [
        {
            "label": f"Message {m.pk} ({m.platform})",
            "url": reverse("communications:message", args=[m.pk]),
            "note": "delivery failed: retry or send another way",
        }
        for m in selectors.messages_failed(user)[:20]
    ]


def register_all() -> None:
    from casesafe.apps.communications.models import photo_aad
    from casesafe.apps.core import dashboard, fields, schedule
    from casesafe.apps.core.context_processors import NavItem, register_nav

    # Field-key rotation re-seals the photos' clean copies too.
    fields.register_sealed_column(
        "communications.MessagePhoto.sealed", lambda r: photo_aad(r.agency_id, r.clean_sha256)
    )

    register_nav(NavItem("Compose", "communications:compose", order=15))
    register_nav(NavItem("Messages", "communications:messages", order=16))
    dashboard.register_panel(
        dashboard.Panel(
            "approvals",
            "Posts waiting for your approval",
            frozenset({"supervisor"}),
            "Public posts that need a supervisor appear here.",
            items=_approvals,
            order=12,
        )
    )
    dashboard.register_panel(
        dashboard.Panel(
            "failed-deliveries",
            "Messages that could not be delivered",
            frozenset({"caseworker", "supervisor", "communications"}),
            "Nothing has failed. A message that cannot be delivered after retries appears here.",
            items=_failed,
            order=40,
        )
    )
    schedule.register_periodic(
        schedule.Periodic(
            "communications.deliveries",
            "casesafe.apps.communications.tasks.resume_deliveries",
            timedelta(minutes=1),
        )
    )
    schedule.register_periodic(
        schedule.Periodic(
            "communications.photo-drafts",
            "casesafe.apps.communications.tasks.purge_photo_drafts",
            timedelta(hours=1),
        )
    )

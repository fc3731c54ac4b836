"""What this app adds to the shared registries: navigation, dashboard panels, the
periodic delivery sweep."""

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
    from casesafe.apps.core import dashboard, schedule
    from casesafe.apps.core.context_processors import NavItem, register_nav

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

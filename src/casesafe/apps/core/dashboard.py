"""Dashboard panels per role. Each app registers the panels it fills; a panel with
nothing to show explains what will appear there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    roles: frozenset[str]
    empty_text: str
    items: Callable[[Any], list[dict[str, str]]] = field(default=lambda user: [])
    order: int = 50


PANELS: list[Panel] = [
    Panel(
        "my-cases",
        "My cases",
        frozenset({"caseworker", "supervisor"}),
        "The cases assigned to you will be listed here, with the people in them, their consents and any contact restrictions.",
        order=10,
    ),
    Panel(
        "approvals",
        "Waiting for your approval",
        frozenset({"supervisor"}),
        "Client social media searches and public posts your staff send for approval will wait here.",
        order=20,
    ),
    Panel(
        "unit-open-items",
        "Open items in my unit",
        frozenset({"supervisor"}),
        "Breach reports, cyberbullying incidents and missing-youth checks opened by your unit will appear here.",
        order=30,
    ),
    Panel(
        "drafts",
        "Posts and profiles",
        frozenset({"communications"}),
        "Recruitment posts and waiting-child profiles you draft, and where each stands in approval, will appear here.",
        order=10,
    ),
    Panel(
        "agency",
        "Agency set-up",
        frozenset({"administrator"}),
        "Your agency's social media policy, its approved platforms and accounts, people and roles, and archive audits will be managed here.",
        order=10,
    ),
    Panel(
        "my-messages",
        "Recent messages and checks",
        frozenset({"caseworker", "communications"}),
        "Messages you send and the checks CaseSafe ran on them will be listed here once you start using the compose page.",
        order=40,
    ),
]


def register_panel(panel: Panel) -> None:
    PANELS[:] = [p for p in PANELS if p.key != panel.key] + [panel]


def panels_for(user: Any) -> list[dict[str, Any]]:
    shown = []
    for panel in sorted(PANELS, key=lambda p: p.order):
        if user.role not in panel.roles:
            continue
        shown.append(
            {
                "key": panel.key,
                "title": panel.title,
                "empty_text": panel.empty_text,
                "items": panel.items(user),
            }
        )
    return shown

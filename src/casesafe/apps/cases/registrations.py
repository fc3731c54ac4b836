"""What this app adds to the shared registries: navigation, dashboard panels, the demo
case and the re-sealing of consent evidence when the field key rotates."""

from __future__ import annotations

from typing import Any

from django.urls import reverse


def _my_cases(user: Any) -> list[dict[str, str]]:
    from casesafe.apps.cases import selectors

    cases = selectors.cases_for_user(user, "mine").filter(status="open")[:20]
    flagged = selectors.cases_with_child_boundaries(cases)
    return [
        {
            "label": c.reference,
            "url": reverse("cases:detail", args=[c.pk]),
            "note": "contact restriction in force" if c.pk in flagged else "",
        }
        for c in cases
    ]


def _break_glass_reviews(user: Any) -> list[dict[str, str]]:
    from casesafe.apps.cases import selectors

    return [
        {
            "label": f"{o.case.reference} opened by {o.user.username}",
            "url": reverse("cases:break-glass-review", args=[o.pk]),
            "note": f"{o.opened_at:%Y-%m-%d %H:%M} UTC, outside their caseload",
        }
        for o in selectors.break_glass_for_review(user)[:20]
    ]


def _rotate_evidence() -> Any:
    from django.core.files.storage import default_storage

    from casesafe.apps.cases import services
    from casesafe.apps.cases.models import Consent

    old_paths = []
    for consent in Consent.objects.exclude(evidence_path="").order_by("pk"):
        data = services.evidence_read(consent.evidence_path)
        stored = services.evidence_store(data)
        # Consents are history; moving the sealed bytes changes no meaning, so update()
        # goes around the append-only save().
        Consent.objects.filter(pk=consent.pk).update(evidence_path=stored["evidence_path"])
        old_paths.append(consent.evidence_path)

    def delete_old() -> None:
        for path in old_paths:
            default_storage.delete(path)

    return delete_old


def register_all() -> None:
    from casesafe.apps.agencies import demo_hooks
    from casesafe.apps.cases.demo import demo_case_setup
    from casesafe.apps.core import dashboard, fields
    from casesafe.apps.core.context_processors import NavItem, register_nav

    register_nav(
        NavItem(
            "Cases",
            "cases:list",
            frozenset({"caseworker", "supervisor", "administrator"}),
            order=10,
        )
    )
    register_nav(NavItem("Choose a tool", "cases:tools", order=30))
    register_nav(NavItem("Policy", "cases:policy", frozenset({"administrator"}), order=80))
    dashboard.register_panel(
        dashboard.Panel(
            "my-cases",
            "My cases",
            frozenset({"caseworker", "supervisor"}),
            "No open cases are assigned to you yet. Cases assigned to you, or to the units you supervise, appear here.",
            items=_my_cases,
            order=10,
        )
    )
    dashboard.register_panel(
        dashboard.Panel(
            "break-glass",
            "Cases opened outside a caseload",
            frozenset({"supervisor"}),
            "When someone opens one of your unit's cases without being assigned to it, it waits here for your review.",
            items=_break_glass_reviews,
            order=15,
        )
    )
    demo_hooks.register("cases.demo_case", demo_case_setup)
    fields.register_rotation_hook("cases.consent_evidence", _rotate_evidence)

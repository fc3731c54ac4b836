"""Objects for the access matrix (core/tests/test_access_matrix.py): a case assigned to
alice in unit A with a person, a boundary, a consent with a signed form, the demo policy,
and an expired, unreviewed break-the-glass opening by bob (for the review page)."""

from __future__ import annotations

import datetime as dt
from typing import Any

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def matrix_world(people: dict[str, Any]) -> dict[str, Any]:
    from django.utils import timezone

    from casesafe import policy as pol
    from casesafe.apps.cases import services
    from casesafe.apps.cases.models import BreakGlass, Case

    alice = people["alice"]
    version = services._policy_activate(alice.agency, pol.demo_policy_text(), None)
    case = Case.objects.create(agency=alice.agency, reference="M-1", unit=alice.unit)
    case.assigned_workers.add(alice)
    child = services.person_add(alice, case, {"name": "Matrix Child", "role": "child"})
    parent = services.person_add(alice, case, {"name": "Matrix Parent", "role": "parent"})
    boundary = services.boundary_add(
        alice,
        case,
        services.BoundaryInput(
            from_person=parent,
            to_person=child,
            kind="no_contact",
            channels=("*",),
            source="court_order",
        ),
    )
    relationship = services.relationship_add(
        alice, case, from_person=parent, to_person=child, kind="parent_of"
    )
    consent = services.consent_record(
        alice,
        case,
        services.ConsentInput(
            person=parent,
            given_by=parent,
            given_by_role="self",
            channels=("sms",),
            purposes=("scheduling",),
            obtained_on=dt.date(2026, 1, 2),
            evidence=PDF,
        ),
    )
    past = timezone.now() - dt.timedelta(hours=3)
    opening = BreakGlass.objects.create(
        case=case,
        user=people["bob"],
        reason="covering an emergency placement call",
        opened_at=past,
        expires_at=past + dt.timedelta(minutes=60),
    )
    return {
        "case": case,
        "case_person": child,
        "case_boundary": boundary,
        "case_relationship": relationship,
        "case_consent": consent,
        "policy_version": version,
        "break_glass": opening,
    }

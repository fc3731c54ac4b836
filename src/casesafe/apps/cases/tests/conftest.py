"""A case assigned to alice in unit A (sam supervises it), with a child, a mother and a
father, a court-ordered boundary, and the shipped demo policy for agency One."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casesafe import policy as pol


@pytest.fixture
def case_world(people: dict[str, Any], agencies: dict[str, Any]) -> dict[str, Any]:
    from casesafe.apps.cases import services
    from casesafe.apps.cases.models import Case

    alice = people["alice"]
    services._policy_activate(agencies["one"], pol.demo_policy_text(), None)
    case = Case.objects.create(agency=agencies["one"], reference="C-1", unit=agencies["unit_a"])
    case.assigned_workers.add(alice)
    child = services.person_add(
        alice,
        case,
        {
            "name": "Tyler Gonzalez",
            "role": "child",
            "aliases": ["Ty"],
            "birth_date": "2014-03-14",
            "schools": ["Lincoln Elementary"],
        },
    )
    mother = services.person_add(
        alice,
        case,
        {
            "name": "Maria Gonzalez",
            "role": "parent",
            "addresses": ["1220 Elm St Apt 4B, Springfield"],
            "phones": ["555-201-3344"],
        },
    )
    father = services.person_add(alice, case, {"name": "Ricardo Gonzalez", "role": "parent"})
    boundary = services.boundary_add(
        alice,
        case,
        services.BoundaryInput(
            from_person=father,
            to_person=child,
            kind="no_contact",
            channels=("*",),
            source="court_order",
            starts_on=dt.date(2026, 1, 1),
            ends_on=dt.date(2027, 6, 30),
        ),
    )
    consent = services.consent_record(
        alice,
        case,
        services.ConsentInput(
            person=mother,
            given_by=mother,
            given_by_role="self",
            channels=("agency-email",),
            purposes=("scheduling",),
            obtained_on=dt.date(2026, 2, 1),
        ),
    )
    return {
        "case": case,
        "child": child,
        "mother": mother,
        "father": father,
        "boundary": boundary,
        "consent": consent,
        **people,
    }

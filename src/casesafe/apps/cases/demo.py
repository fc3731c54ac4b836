"""The demo case DEMO-1 (issue 5, section 8), the same every time.

Created once through the same services as the app (so it is recorded like any case);
when DEMO-1 already exists it is left as the people using the demo made it, apart from
its assignment. The demo agency's policy is the shipped demo policy.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from casesafe import policy as pol
from casesafe.apps.accounts.models import User
from casesafe.apps.agencies.models import Unit
from casesafe.apps.cases import services
from casesafe.apps.cases.models import Case, PolicyVersion

DEMO_REF = "DEMO-1"
DEMO_UNIT = "Family Services Unit A"
OBTAINED = dt.date(2026, 1, 20)

PEOPLE: list[dict[str, Any]] = [
    {
        "key": "tyler",
        "name": "Tyler Gonzalez",
        "role": "child",
        "aliases": ["Ty", "T-Man"],
        "birth_date": "2014-03-14",
        "schools": ["Lincoln Elementary"],
        "placement": "Placed with Linda Park (foster parent)",
    },
    {
        "key": "maria",
        "name": "Maria Gonzalez",
        "role": "parent",
        "relationship_label": "Mother",
        "addresses": ["1220 Elm St Apt 4B, Springfield"],
        "phones": ["555-201-3344"],
        "preferred_language": "Spanish",
    },
    {
        "key": "ricardo",
        "name": "Ricardo Gonzalez",
        "role": "parent",
        "relationship_label": "Father",
        "aliases": ["Rick"],
    },
    {
        "key": "sofia",
        "name": "Sofia Gonzalez",
        "role": "sibling",
        "relationship_label": "Sister",
        "birth_date": "2010-08-02",
        "placement": "Placed elsewhere",
    },
    {
        "key": "linda",
        "name": "Linda Park",
        "role": "foster_parent",
        "relationship_label": "Foster parent",
        "addresses": ["88 Willow Ct, Springfield"],
    },
]


def demo_case_setup(demo_agency: Any, other_agency: Any) -> Case:
    with transaction.atomic():
        if not PolicyVersion.objects.filter(agency=demo_agency).exists():
            services._policy_activate(demo_agency, pol.demo_policy_text(), None)
        unit = Unit.objects.get(agency=demo_agency, name=DEMO_UNIT)
        worker = User.objects.get(username="caseworker", agency=demo_agency)
        case = Case.objects.filter(agency=demo_agency, reference=DEMO_REF).first()
        if case is not None:
            case.assigned_workers.add(worker)
            return case
        supervisor = User.objects.get(username="supervisor", agency=demo_agency)
        case = services.case_create(supervisor, reference=DEMO_REF, unit=unit, workers=[worker])
        p = {}
        for spec in PEOPLE:
            data = {k: v for k, v in spec.items() if k != "key"}
            p[spec["key"]] = services.person_add(worker, case, data)
        rel = services.relationship_add
        for parent in ("maria", "ricardo"):
            for child in ("tyler", "sofia"):
                rel(worker, case, from_person=p[parent], to_person=p[child], kind="parent_of")
        rel(worker, case, from_person=p["sofia"], to_person=p["tyler"], kind="sibling_of")
        rel(worker, case, from_person=p["tyler"], to_person=p["linda"], kind="placed_with")
        services.boundary_add(
            worker,
            case,
            services.BoundaryInput(
                from_person=p["ricardo"],
                to_person=p["tyler"],
                kind="no_contact",
                channels=("*",),
                source="court_order",
                starts_on=OBTAINED,
                ends_on=dt.date(2027, 6, 30),
                note="Protective order, no contact of any kind.",
            ),
        )
        consent = services.ConsentInput
        services.consent_record(
            worker,
            case,
            consent(
                person=p["maria"],
                given_by=p["maria"],
                given_by_role="self",
                channels=("agency-email",),
                purposes=("scheduling", "case_update"),
                obtained_on=OBTAINED,
                expires_on=dt.date(2027, 3, 1),
            ),
        )
        services.consent_record(
            worker,
            case,
            consent(
                person=p["maria"],
                given_by=p["maria"],
                given_by_role="self",
                channels=("doxy-me",),
                purposes=("virtual_visit", "case_update", "health_information"),
                content_kinds=("health_information",),
                obtained_on=OBTAINED,
            ),
        )
        services.consent_record(
            worker,
            case,
            consent(
                person=p["linda"],
                given_by=p["linda"],
                given_by_role="self",
                channels=("agency-email", "sms"),
                purposes=("scheduling",),
                obtained_on=OBTAINED,
            ),
        )
        services.consent_record(
            worker,
            case,
            consent(
                person=p["tyler"],
                given_by=None,
                given_by_role="agency",
                channels=("doxy-me",),
                purposes=("virtual_visit",),
                obtained_on=OBTAINED,
            ),
        )
    return case

"""The demo case DEMO-1 as pre-flight facts, shared by the policy tests."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

from casesafe.policy.catalogue import Catalogue, default_catalogue
from casesafe.policy.facts import (
    AccountRef,
    Actor,
    Boundary,
    Consent,
    Person,
    PreflightFacts,
    ScreeningOutcome,
)
from casesafe.policy.load import demo_policy
from casesafe.policy.schema import Policy

TODAY = dt.date(2026, 11, 24)

TYLER = Person("tyler", "child", "Tyler Gonzalez", birth_date=dt.date(2014, 3, 14))
MARIA = Person("maria", "parent", "Maria Gonzalez")
RICARDO = Person("ricardo", "parent", "Ricardo Gonzalez")
SOFIA = Person("sofia", "sibling", "Sofia Gonzalez", birth_date=dt.date(2010, 8, 2))
LINDA = Person("linda", "foster_parent", "Linda Park")

CONSENTS = (
    Consent(
        "maria",
        "maria",
        "self",
        ("agency-email",),
        ("scheduling", "case_update"),
        obtained_by="caseworker",
        obtained_on=dt.date(2026, 3, 1),
        expires_on=dt.date(2027, 3, 1),
        consent_id="c-maria-email",
    ),
    Consent(
        "maria",
        "maria",
        "self",
        ("doxy-me",),
        ("virtual_visit", "case_update", "health_information"),
        obtained_by="caseworker",
        obtained_on=dt.date(2026, 3, 1),
        consent_id="c-maria-doxy",
    ),
    Consent(
        "linda",
        "linda",
        "self",
        ("agency-email", "sms"),
        ("scheduling",),
        obtained_by="caseworker",
        obtained_on=dt.date(2026, 4, 2),
        consent_id="c-linda",
    ),
    Consent(
        "tyler",
        "demo-county",
        "agency",
        ("doxy-me",),
        ("virtual_visit",),
        obtained_by="caseworker",
        obtained_on=dt.date(2026, 4, 2),
        consent_id="c-tyler-doxy",
    ),
)

BOUNDARIES = (
    Boundary(
        "ricardo",
        "tyler",
        "no_contact",
        ("*",),
        starts_on=dt.date(2026, 2, 1),
        ends_on=dt.date(2027, 6, 30),
        source="court_order",
        boundary_id="b-ricardo-tyler",
    ),
)

CLEAN = ScreeningOutcome("allow")
HEALTH = ScreeningOutcome("allow", phi_found=True, reasons=("HEALTH",))
BLOCKED = ScreeningOutcome("block", reasons=("PERSON", "AGE", "SCHOOL"))
WARNED = ScreeningOutcome("warn", reasons=("PERSON",))

ACCOUNTS = {
    "agency-email": "dccs-casework-email",
    "sms": "dccs-text-line",
    "doxy-me": "dccs-doxy-room",
    "facebook-messenger": "dccs-facebook-messenger",
    "facebook-page": "dccs-facebook-page",
    "instagram": "dccs-instagram",
}


def account(platform: str, kind: str = "agency") -> AccountRef:
    return AccountRef(platform, kind, ACCOUNTS.get(platform, f"dccs-{platform}"))


def facts(
    platform: str = "agency-email",
    purpose: str = "scheduling",
    audience: str = "private",
    recipients: tuple[Person, ...] = (MARIA,),
    screening: ScreeningOutcome | None = CLEAN,
    **changes: object,
) -> PreflightFacts:
    base = PreflightFacts(
        actor=Actor("caseworker", "caseworker"),
        account=account(platform),
        purpose=purpose,
        audience=audience,
        recipients=recipients,
        consents=CONSENTS,
        boundaries=BOUNDARIES,
        screening=screening,
        today=TODAY,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def public_post(
    approval: str = "none", screening: ScreeningOutcome | None = CLEAN, **changes: object
) -> PreflightFacts:
    return facts(
        "facebook-page",
        "recruitment",
        "public",
        (),
        screening,
        approval=approval,
        actor=Actor("comms", "communications"),
        **changes,
    )


@functools.cache
def policy() -> Policy:
    return demo_policy()


def catalogue() -> Catalogue:
    return default_catalogue()

"""Who may be contacted how, at a glance: the case overview's grid.

For each person and each platform-and-purpose the agency approves, the same pre-flight
rules answer "could a clean message go out?", so the grid and the send button can never
disagree. Content and approval are taken as settled here (clean text, approved), so
what remains is consent, age, the agency's rules and nothing else; contact boundaries
between people are listed on their own, because they concern pairs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from casesafe.policy._util import Unreadable, parse_date
from casesafe.policy.catalogue import Catalogue
from casesafe.policy.facts import (
    AccountRef,
    Actor,
    Boundary,
    Consent,
    Outcome,
    Person,
    PreflightFacts,
    Reason,
    ScreeningOutcome,
)
from casesafe.policy.preflight import preflight
from casesafe.policy.schema import Policy


@dataclass(frozen=True)
class ContactStatus:
    person_id: str
    platform: str
    purpose: str
    outcome: Outcome
    reasons: tuple[Reason, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.code for r in self.reasons))


def contact_overview(
    people: Sequence[Person],
    consents: Sequence[Consent],
    policy: Policy,
    catalogue: Catalogue,
    today: dt.date,
) -> tuple[ContactStatus, ...]:
    """One status per person, approved platform and purpose (private channels only)."""
    result: list[ContactStatus] = []
    for slug, rule in sorted(policy.platforms.items()):
        audience = next((a for a in ("private", "secure") if a in rule.audiences), None)
        if audience is None or not rule.accounts:
            continue  # public-only channels are not for contacting people
        account = AccountRef(slug, "agency", rule.accounts[0].account_id)
        for purpose in sorted(rule.purposes):
            for person in people:
                facts = PreflightFacts(
                    actor=Actor("overview", "system"),
                    account=account,
                    purpose=purpose,
                    audience=audience,
                    recipients=(person,),
                    consents=tuple(consents),
                    boundaries=(),
                    screening=ScreeningOutcome("allow"),
                    today=today,
                    approval="approved",
                )
                decision = preflight(facts, policy, catalogue)
                result.append(
                    ContactStatus(
                        person.person_id, slug, purpose, decision.outcome, decision.reasons
                    )
                )
    return tuple(result)


def active_boundaries(boundaries: Sequence[Boundary], today: dt.date) -> tuple[Boundary, ...]:
    """Boundaries in force on ``today``; one with an unreadable date counts as in force."""
    active: list[Boundary] = []
    for boundary in boundaries:
        try:
            starts = parse_date(boundary.starts_on)
            ends = parse_date(boundary.ends_on)
        except Unreadable:
            active.append(boundary)
            continue
        if (starts is None or starts <= today) and (ends is None or today <= ends):
            active.append(boundary)
    return tuple(active)

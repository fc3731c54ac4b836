"""Properties of pre-flight over generated facts: it never raises and it fails closed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from policy_demo import ACCOUNTS, catalogue, policy

from casesafe.policy import (
    AccountRef,
    Actor,
    Boundary,
    Consent,
    Outcome,
    Person,
    PreflightFacts,
    ScreeningOutcome,
    preflight,
)
from casesafe.policy.vocab import APPROVAL_STATES, AUDIENCES, PURPOSES

POLICY = policy()
CATALOGUE = catalogue()
SLUGS = list(CATALOGUE.slugs())
IDS = ["tyler", "maria", "ricardo", "sofia", "linda"]

words = st.text(max_size=12)
dates = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)).map(dt.date.isoformat),
    words,
)
slugs = st.one_of(st.sampled_from(SLUGS), words, st.just("*"))
people = st.builds(
    Person,
    person_id=st.sampled_from(IDS),
    role=st.sampled_from(["child", "sibling", "parent", "relative", "foster_parent", "other"]),
    name=words,
    birth_date=dates,
    age=st.one_of(st.none(), st.integers(min_value=-5, max_value=120)),
)
consents = st.builds(
    Consent,
    person_id=st.sampled_from(IDS),
    given_by=words,
    given_by_role=st.sampled_from(["self", "parent", "guardian", "agency", "foster_parent", "x"]),
    channels=st.lists(slugs, max_size=3).map(tuple),
    purposes=st.lists(st.one_of(st.sampled_from(PURPOSES), st.just("*")), max_size=3).map(tuple),
    content_kinds=st.lists(st.sampled_from(["health_information", "photos"]), max_size=2).map(
        tuple
    ),
    obtained_on=dates,
    expires_on=dates,
    revoked_on=dates,
)
boundaries = st.builds(
    Boundary,
    from_person_id=st.sampled_from(IDS),
    to_person_id=st.sampled_from(IDS),
    kind=st.sampled_from(["no_contact", "supervised_only", "other"]),
    channels=st.lists(slugs, max_size=2).map(tuple),
    starts_on=dates,
    ends_on=dates,
    source=st.sampled_from(["court_order", "case_plan"]),
)
screenings = st.one_of(
    st.none(),
    st.builds(
        ScreeningOutcome,
        decision=st.sampled_from(["allow", "warn", "block", "maybe"]),
        phi_found=st.booleans(),
        reasons=st.lists(st.sampled_from(["PERSON", "HEALTH", "AGE"]), max_size=3).map(tuple),
    ),
)
accounts = st.one_of(
    st.none(),
    st.builds(
        AccountRef,
        platform=slugs,
        kind=st.sampled_from(["agency", "personal", "other"]),
        account_id=st.one_of(st.sampled_from(list(ACCOUNTS.values())), words),
    ),
)
all_facts = st.builds(
    PreflightFacts,
    actor=st.one_of(st.none(), st.builds(Actor, user_id=words, role=words)),
    account=accounts,
    purpose=st.one_of(st.sampled_from(PURPOSES), words),
    audience=st.one_of(st.sampled_from(AUDIENCES), words),
    recipients=st.lists(people, max_size=3).map(tuple),
    consents=st.lists(consents, max_size=4).map(tuple),
    boundaries=st.lists(boundaries, max_size=2).map(tuple),
    screening=screenings,
    today=dates,
    approval=st.one_of(st.sampled_from(APPROVAL_STATES), words),
    subjects=st.lists(people, max_size=2).map(tuple),
    content_kinds=st.lists(
        st.sampled_from(["photos", "health_information", "video"]), max_size=2
    ).map(tuple),
    supervised=st.booleans(),
)

# One thing that cannot be checked, applied to otherwise arbitrary facts.
SPOILERS: dict[str, dict[str, Any]] = {
    "no screening": {"screening": None},
    "no today": {"today": None},
    "unreadable today": {"today": "next tuesday"},
    "unknown platform": {"account": AccountRef("myspace", "agency", "x")},
    "no account": {"account": None},
    "no actor": {"actor": None},
    "unknown purpose": {"purpose": "gossip"},
    "unknown audience": {"audience": "everyone"},
    "unknown approval state": {"approval": "probably"},
}


@settings(max_examples=200, deadline=None)
@given(all_facts, st.booleans(), st.booleans())
def test_preflight_never_raises(
    facts: PreflightFacts, with_policy: bool, with_catalogue: bool
) -> None:
    decision = preflight(
        facts, POLICY if with_policy else None, CATALOGUE if with_catalogue else None
    )
    assert isinstance(decision.outcome, Outcome)
    # The outcome is exactly the worst of the reasons, and allow means no reasons.
    worst = max((r.outcome.rank for r in decision.reasons), default=0)
    assert decision.outcome.rank == worst
    assert (decision.outcome is Outcome.ALLOW) == (not decision.reasons)
    assert all(r.code and r.message and r.guidance for r in decision.reasons)


@settings(max_examples=200, deadline=None)
@given(all_facts, st.sampled_from(sorted(SPOILERS)))
def test_anything_unknown_or_missing_blocks(facts: PreflightFacts, spoiler: str) -> None:
    spoiled = replace(facts, **SPOILERS[spoiler])
    assert preflight(spoiled, POLICY, CATALOGUE).outcome is Outcome.BLOCK


@settings(max_examples=100, deadline=None)
@given(all_facts)
def test_without_policy_or_catalogue_it_blocks(facts: PreflightFacts) -> None:
    assert preflight(facts, None, CATALOGUE).outcome is Outcome.BLOCK
    assert preflight(facts, POLICY, None).outcome is Outcome.BLOCK


@settings(max_examples=100, deadline=None)
@given(all_facts)
def test_decisions_are_deterministic(facts: PreflightFacts) -> None:
    assert preflight(facts, POLICY, CATALOGUE) == preflight(facts, POLICY, CATALOGUE)


def test_garbage_instead_of_facts_blocks() -> None:
    weird: Any = object()
    assert preflight(weird, POLICY, CATALOGUE).outcome is Outcome.BLOCK

"""Facts survive a trip through JSON, so stored decisions can be replayed."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from policy_demo import MARIA, RICARDO, TYLER, catalogue, facts, policy
from test_policy_properties import all_facts

from casesafe.policy import PreflightFacts, preflight
from casesafe.policy.serialise import FactsError, facts_from_dict, facts_to_dict


def test_demo_facts_round_trip() -> None:
    original = facts("doxy-me", "virtual_visit", "secure", (TYLER, RICARDO))
    data = json.loads(json.dumps(facts_to_dict(original)))
    assert data["recipients"][0]["birth_date"] == "2014-03-14"
    replayed = facts_from_dict(data)
    assert preflight(replayed, policy(), catalogue()) == preflight(original, policy(), catalogue())


@settings(max_examples=100, deadline=None)
@given(all_facts)
def test_any_facts_replay_to_the_same_decision(original: PreflightFacts) -> None:
    replayed = facts_from_dict(json.loads(json.dumps(facts_to_dict(original))))
    assert preflight(replayed, policy(), catalogue()) == preflight(original, policy(), catalogue())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "blue"}, "unknown field(s) colour"),
        ({"recipients": {"person_id": "x"}}, "facts.recipients must be a list"),
        ({"recipients": [{"person_id": "x"}]}, "facts.recipients[0]: missing field(s) role"),
        ({"purpose": {"a": 1}}, "facts.purpose must not be an object"),
        ({"content_kinds": [1, 2]}, "must be a list of text"),
    ],
)
def test_bad_shapes_are_refused(change: dict[str, object], message: str) -> None:
    data = {**facts_to_dict(facts(recipients=(MARIA,))), **change}
    with pytest.raises(
        FactsError, match=message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")
    ):
        facts_from_dict(data)


def test_missing_required_fields_are_named() -> None:
    with pytest.raises(FactsError, match="missing field"):
        facts_from_dict({"purpose": "scheduling"})

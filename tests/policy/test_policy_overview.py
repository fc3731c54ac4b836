"""The case overview's contact grid agrees with pre-flight."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from policy_demo import BOUNDARIES, CONSENTS, LINDA, MARIA, RICARDO, TODAY, TYLER, catalogue, policy

from casesafe.policy import Outcome
from casesafe.policy.overview import active_boundaries, contact_overview


def grid() -> dict[tuple[str, str, str], tuple[Outcome, tuple[str, ...]]]:
    statuses = contact_overview(
        (TYLER, MARIA, RICARDO, LINDA), CONSENTS, policy(), catalogue(), TODAY
    )
    return {(s.person_id, s.platform, s.purpose): (s.outcome, s.codes) for s in statuses}


def test_maria_at_a_glance() -> None:
    g = grid()
    assert g[("maria", "agency-email", "scheduling")][0] is Outcome.ALLOW
    assert g[("maria", "doxy-me", "health_information")][0] is Outcome.ALLOW
    assert g[("maria", "facebook-messenger", "scheduling")] == (Outcome.BLOCK, ("CONSENT_MISSING",))


def test_public_only_channels_are_not_in_the_grid() -> None:
    assert not any(platform == "facebook-page" for _, platform, _ in grid())


def test_tyler_and_linda() -> None:
    g = grid()
    assert g[("tyler", "doxy-me", "virtual_visit")][0] is Outcome.ALLOW
    assert g[("linda", "sms", "scheduling")][0] is Outcome.ALLOW
    assert "CONSENT_MISSING" in g[("ricardo", "agency-email", "scheduling")][1]


def test_active_boundaries() -> None:
    assert active_boundaries(BOUNDARIES, TODAY) == BOUNDARIES
    assert active_boundaries(BOUNDARIES, dt.date(2027, 7, 1)) == ()
    unreadable = replace(BOUNDARIES[0], ends_on="whenever")
    assert active_boundaries((unreadable,), dt.date(2030, 1, 1)) == (unreadable,)

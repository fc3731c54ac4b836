"""Choosing the right tool for a purpose and an audience."""

from __future__ import annotations

import datetime as dt

from policy_demo import catalogue, policy

from casesafe.policy import recommend


def suitable(purpose: str, audience: str, **kw: object) -> list[str]:
    ranked = recommend(purpose, audience, policy(), catalogue(), **kw)  # type: ignore[arg-type]
    return [r.platform for r in ranked if r.suitable]


def test_health_information_goes_only_where_a_baa_is_in_force() -> None:
    assert suitable("health_information", "secure", today=dt.date(2026, 11, 24)) == ["doxy-me"]
    # Before the BAA was signed, nothing is suitable.
    assert suitable("health_information", "secure", today=dt.date(2025, 12, 31)) == []


def test_scheduling_offers_the_approved_private_channels() -> None:
    assert set(suitable("scheduling", "private")) == {"agency-email", "sms", "facebook-messenger"}


def test_recruitment_offers_the_public_accounts_with_approval() -> None:
    ranked = recommend("recruitment", "public", policy(), catalogue())
    good = [r for r in ranked if r.suitable]
    assert {r.platform for r in good} == {"facebook-page", "instagram"}
    assert all(r.needs_approval for r in good)


def test_unsuitable_channels_say_why() -> None:
    ranked = {
        r.platform: r for r in recommend("health_information", "secure", policy(), catalogue())
    }
    assert "never health information" in " ".join(ranked["tiktok"].reasons)
    assert "not approved by your agency" in ranked["zoom-healthcare"].reasons
    assert ranked["zoom-healthcare"].privacy_checklist


def test_age_rules_out_platforms() -> None:
    assert "facebook-messenger" not in suitable("scheduling", "private", recipient_age=12)


def test_without_a_policy_nothing_is_suitable_but_all_are_ranked() -> None:
    ranked = recommend("scheduling", "private", None, catalogue())
    assert ranked and not any(r.suitable for r in ranked)

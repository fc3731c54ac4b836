"""The shipped platform catalogue keeps its promises."""

from __future__ import annotations

import datetime as dt

import pytest

from casesafe.policy import default_catalogue, parse_catalogue

REQUIRED = (
    "agency-email",
    "sms",
    "doxy-me",
    "facebook-messenger",
    "facebook-page",
    "instagram",
    "facebook-live",
    "tiktok",
    "whatsapp",
    "zoom",
    "zoom-healthcare",
    "teams",
    "teams-healthcare",
    "signal",
    "snapchat",
    "x",
    "google-meet",
    "facetime",
    "youtube",
    "twitch",
    "discord",
    "linkedin",
)


def test_every_platform_the_spec_names_is_there() -> None:
    catalogue = default_catalogue()
    assert set(REQUIRED) <= set(catalogue.slugs())


@pytest.mark.parametrize("slug", REQUIRED)
def test_every_entry_is_reviewed_sourced_and_explained(slug: str) -> None:
    platform = default_catalogue().platforms[slug]
    assert platform.reviewed_on <= dt.date(2026, 12, 31)
    assert platform.sources, "say where the facts come from"
    assert len(platform.privacy_checklist) >= 2
    assert platform.kind in ("social_network", "messaging", "video", "email", "sms")


def test_phi_only_where_a_bAA_can_be_signed_and_never_in_public() -> None:
    for platform in default_catalogue().platforms.values():
        if platform.phi_possible:
            assert platform.baa_available and platform.baa_plans, platform.slug
        if platform.public_facing:
            assert not platform.baa_available and not platform.phi_possible, platform.slug
        if platform.baa_available:
            assert platform.baa_plans, platform.slug


def test_public_facing_apps_never_carry_phi() -> None:
    catalogue = default_catalogue()
    for slug in ("facebook-live", "tiktok", "twitch", "facebook-page", "instagram", "youtube"):
        assert not catalogue.platforms[slug].phi_possible


def test_telehealth_vendors_sign_a_baa_per_plan() -> None:
    catalogue = default_catalogue()
    assert catalogue.platforms["doxy-me"].phi_possible
    assert catalogue.platforms["zoom-healthcare"].phi_possible
    assert catalogue.platforms["teams-healthcare"].phi_possible
    # The ordinary Zoom plans have no BAA: the plan matters, not the brand.
    assert not catalogue.platforms["zoom"].baa_available


@pytest.mark.parametrize("slug", ["facebook-messenger", "instagram", "tiktok", "snapchat", "x"])
def test_social_apps_are_thirteen_and_over(slug: str) -> None:
    assert default_catalogue().platforms[slug].minimum_age("us", dt.date(2026, 11, 24)) == 13


def test_whatsapp_minimum_age_is_dated_per_region() -> None:
    whatsapp = default_catalogue().platforms["whatsapp"]
    assert whatsapp.minimum_age("us", dt.date(2020, 1, 1)) == 13
    assert whatsapp.minimum_age("eu", dt.date(2020, 1, 1)) == 16
    assert whatsapp.minimum_age("eu", dt.date(2024, 4, 10)) == 16
    assert whatsapp.minimum_age("eu", dt.date(2024, 4, 11)) == 13
    assert whatsapp.minimum_age("uk", dt.date(2023, 6, 1)) == 16
    assert whatsapp.current_minimum_age("eu") == 13


def test_channels_without_an_account_set_no_age() -> None:
    catalogue = default_catalogue()
    for slug in ("agency-email", "sms", "doxy-me"):
        assert catalogue.platforms[slug].minimum_age("us", dt.date(2026, 1, 1)) is None


def test_json_form_is_complete() -> None:
    data = default_catalogue().platforms["whatsapp"].to_dict()
    assert data["encryption"] == "e2ee"
    assert data["baa"] == {"available": False, "plans": [], "note": ""}
    assert {"region": "eu", "age": 13, "from": "2024-04-11", "until": None} in data["minimum_age"]


def test_a_broken_catalogue_is_reported_with_lines() -> None:
    text = (
        'catalogue_version: "1"\n'
        "platforms:\n"
        "  bad-live:\n"
        "    name: Bad Live\n"
        "    kind: video\n"
        "    audiences: [public]\n"
        "    account_required: true\n"
        "    minimum_age: [{region: mars, age: 13}]\n"
        "    encryption: rot13\n"
        "    location_features: []\n"
        "    baa: {available: true, plans: [Gold]}\n"
        "    privacy_checklist: [be careful]\n"
        "    sources: [none]\n"
        "    reviewed_on: 2026-11-24\n"
    )
    catalogue, issues = parse_catalogue(text)
    assert catalogue is None
    found = {(i.line, i.message) for i in issues}
    assert (8, "unknown region 'mars'") in found
    assert (9, "unknown encryption level 'rot13'") in found
    assert (4, "'bad-live' reaches the public and so can never carry PHI; remove its BAA") in found

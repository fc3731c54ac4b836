"""Guidance lookup and the never-blocking quality notes."""

from __future__ import annotations

import pytest

from casesafe.screening import Screener, ScreeningConfig, Verdict
from casesafe.screening.errors import ScreeningError
from casesafe.screening.guidance import all_tips, get_tip, search_tips
from casesafe.screening.quality import detect_language, quality_notes, reading_grade


def test_every_tip_is_complete_and_cited() -> None:
    tips = all_tips()
    assert len(tips) >= 30
    for tip in tips:
        assert tip.title and len(tip.body) > 40
        assert set(tip.audience) <= {"caseworker", "youth", "caregiver"}
        assert "Child Welfare Information Gateway" in tip.citation


def test_lookup_and_search() -> None:
    assert get_tip("phi.secure-channel-only").title
    assert any(t.id == "phi.secure-channel-only" for t in search_tips("health channel"))
    assert all("youth" in t.audience for t in all_tips("youth"))
    with pytest.raises(ScreeningError):
        get_tip("no.such-tip")


def test_reading_grade_orders_texts() -> None:
    easy = "We have a new game night. Kids can come. It is fun. Bring a friend. See you there."
    hard = (
        "Comprehensive individualized permanency planning necessitates interdisciplinary collaboration "
        "among organizational stakeholders, notwithstanding considerable administrative complexity."
    )
    assert reading_grade(easy) is not None and reading_grade(hard) is not None
    assert reading_grade(easy) < 6 < reading_grade(hard)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hola, la reunión es el martes en la oficina con su trabajadora", "es"),
        ("Hello, the meeting is on Tuesday at the office with your worker", "en"),
        ("ok", None),
    ],
)
def test_language_detector(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


def test_quality_notes_codes() -> None:
    codes = {
        n.code
        for n in quality_notes(
            "Hello, the meeting is on Tuesday at the office with your worker " * 5,
            platform_max_length=280,
            image_count=2,
            images_with_alt_text=1,
            family_language="Spanish",
        )
    }
    assert {"TOO_LONG", "ALT_TEXT_MISSING", "LANGUAGE_MISMATCH"} <= codes


def test_quality_notes_never_block(screener: Screener) -> None:
    config = ScreeningConfig(platform_max_length=10, image_count=3, family_language="es")
    result = screener.screen(
        "Join us for game night this Friday at the library!", "public", config=config
    )
    assert result.decision is Verdict.ALLOW
    assert {n.code for n in result.quality} >= {"TOO_LONG", "ALT_TEXT_MISSING", "LANGUAGE_MISMATCH"}

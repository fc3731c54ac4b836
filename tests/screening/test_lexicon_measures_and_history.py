"""Second-round vocabulary: clinical measures with values, pregnancy by its due date,
specialists tied to a person, placement history by counts, visits, legal process.

Written for this test; each positive names what a worker would write in a note or a
message, each trap is the same words about a report, a bill or the weather.
"""

from __future__ import annotations

import pytest

from casesafe.screening import screen_text

from .conftest import spans

POSITIVES: list[tuple[str, str, str]] = [
    ("Dominique's BMI is 33 and her A1c was 6.8 at the last visit.", "HEALTH", "A1c was 6.8"),
    ("Blood pressure 150/95 at intake; recheck Friday.", "HEALTH", "Blood pressure 150/95"),
    ("Born at 29 weeks, Ezra still sees the lung doctor.", "HEALTH", "Born at 29 weeks"),
    ("Kira is an ex-30-weeker with reflux.", "HEALTH", "ex-30-weeker"),
    ("Mom is 32 wks, prenatal care at the county clinic.", "HEALTH", "32 wks"),
    ("She's due in January and wants the baby placed with her.", "HEALTH", "due in January"),
    ("Amira is due in May; the shower is at the church.", "HEALTH", "is due in May"),
    ("Ruben's allergist wants a sweat test next month.", "HEALTH", "allergist"),
    ("He has to patch his left eye every afternoon.", "HEALTH", "patch his left eye"),
    ("Keep her inhaler in her backpack, she needs it at PE.", "HEALTH", "her inhaler"),
    ("Baby Leo was treated for neonatal abstinence syndrome.", "HEALTH", "neonatal abstinence"),
    ("Tavi has moved 7 times since entering care.", "CASE_DETAIL", "moved 7 times"),
    ("He came into care in 2022 after the fire.", "CASE_DETAIL", "came into care"),
    (
        "The permanency plan changed to guardianship in June.",
        "CASE_DETAIL",
        "changed to guardianship",
    ),
    ("Noor goes home to her mother next Friday.", "CASE_DETAIL", "goes home to her mother"),
    ("Your visits with your dad stay supervised for now.", "CASE_DETAIL", "visits with your dad"),
    ("Dad's public defender asked for a continuance.", "CASE_DETAIL", "public defender"),
    (
        "Law enforcement was notified; Sgt. Ruiz took the report from Mia.",
        "CASE_DETAIL",
        "Law enforcement was notified",
    ),
    (
        "He violated his probation by missing two check-ins.",
        "CASE_DETAIL",
        "violated his probation",
    ),
]

TRAPS = [
    "Quarterly audit of case files is due at the end of the month.",
    "The mileage report is due in October.",
    "Severe weather alert: all in-person visits are canceled today.",
    "Our new allergy-friendly snack table is a hit at family night!",
    "Free vision and hearing screenings at the library on Saturday.",
    "The parking violation notice was sent to the motor pool.",
    "Doctors recommend a flu shot for everyone over six months.",
]


@pytest.mark.parametrize(("text", "category", "expected"), POSITIVES)
def test_found(text: str, category: str, expected: str) -> None:
    found = spans(screen_text(text, "public"), text)
    assert any(c == category and (expected in s or s in expected) for c, s in found), found


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_clean(text: str) -> None:
    found = spans(screen_text(text, "public"), text)
    assert not any(c in ("HEALTH", "CASE_DETAIL") for c, _ in found), found

"""What the case record knows is found however it is written, with the person's role."""

from __future__ import annotations

import time

import pytest

from casesafe.screening import CaseContext, Screener

CASES = [
    # (text, matched text, category, role)
    ("Tyler had a great week!", "Tyler", "PERSON", "child"),
    ("tyler had a great week", "tyler", "PERSON", "child"),
    ("TYLER had a great week", "TYLER", "PERSON", "child"),
    ("Tyler's drawing won a ribbon", "Tyler", "PERSON", "child"),
    ("Tylor had a great week", "Tylor", "PERSON", "child"),
    ("Say hi to Tyler G. for me", "Tyler G.", "PERSON", "child"),
    ("Ty scored a goal", "Ty", "PERSON", "child"),
    ("the Gonzalez kids went camping", "Gonzalez", "PERSON", "family"),
    ("the Gonzales kids went camping", "Gonzales", "PERSON", "family"),
    ("Tyler Gonzalez is thriving", "Tyler Gonzalez", "PERSON", "child"),
    ("Sofia's recital went well", "Sofia", "PERSON", "sibling"),
    ("Billy picked them up", "Billy", "PERSON", "foster_parent"),
    ("Will Hart picked them up", "Will Hart", "PERSON", "foster_parent"),
    ("Bill will drive", "Bill", "PERSON", "foster_parent"),
    ("Ramon called again", "Ramon", "PERSON", "restricted_contact"),
    ("see you at Lincoln Elementary", "Lincoln Elementary", "SCHOOL", None),
    ("pickup from lincoln elementry", "lincoln elementry", "SCHOOL", None),
    ("appointment at New Horizons clinic", "New Horizons clinic", "LOCATION", None),
    ("they live on Oak Street", "Oak Street", "ADDRESS", "child"),
    ("her number is 512 555 0142", "512 555 0142", "PHONE", "child"),
    ("his birthday is March 14th", "March 14th", "DOB", "child"),
]


@pytest.mark.parametrize(("text", "matched", "category", "role"), CASES)
def test_case_terms_found_with_role(
    screener: Screener, case: CaseContext, text: str, matched: str, category: str, role: str | None
) -> None:
    result = screener.screen(text, "private", case)
    hits = [
        f
        for f in result.findings
        if f.recognizer == "case_aware"
        and text[f.start : f.end] == matched
        and f.category.value == category
    ]
    assert hits, [(f.category.value, text[f.start : f.end], f.recognizer) for f in result.findings]
    assert hits[0].role == role


@pytest.mark.parametrize(
    "text",
    [
        "Will you join us on Saturday?",  # "Will" is not the foster parent William
        "We will see you soon",
        "a tyler-made suit",  # not a whole word
        "The oak tree on the street fell",  # street words alone are not the address
        "Lincoln was a president",  # part of a school name alone
    ],
)
def test_case_aware_precision(screener: Screener, case: CaseContext, text: str) -> None:
    result = screener.screen(text, "public", case)
    assert not [f for f in result.findings if f.recognizer == "case_aware"], [
        (f.rule, text[f.start : f.end]) for f in result.findings
    ]


def test_redaction_uses_roles(screener: Screener, case: CaseContext) -> None:
    text = "Tyler and Sofia visited Maria; Tyler loved it and Billy drove."
    result = screener.screen(text, "public", case)
    assert result.redacted_text == (
        "[CHILD 1] and [SIBLING 1] visited [PARENT 1]; [CHILD 1] loved it and [FOSTER PARENT 1] drove."
    )


def test_big_case_is_fast(screener: Screener) -> None:
    people = [
        {"name": f"{first} {last}", "role": "relative", "aliases": [first[:3] + "y"]}
        for first in ("Aaron", "Bella", "Carlos", "Dana", "Elena", "Felix", "Gina", "Hector")
        for last in ("Reyes", "Okafor", "Lindqvist", "Moreau", "Abernathy", "Tanaka")
    ]
    big = CaseContext.from_dict({"people": people, "places": [f"Place {i}" for i in range(20)]})
    text = "Felix Okafor and Gina spoke with the Tanaka family about the weekend. " * 4
    screener.screen(text, "private", big)  # builds and caches the index
    started = time.perf_counter()
    for _ in range(20):
        result = screener.screen(text, "private", big)
    per_text = (time.perf_counter() - started) / 20
    assert any(f.recognizer == "case_aware" for f in result.findings)
    assert per_text < 0.25

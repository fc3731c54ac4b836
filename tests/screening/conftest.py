from __future__ import annotations

import pytest

from casesafe.screening import CaseContext, Screener, ScreeningResult

CASE = {
    "case_id": "2023-JV-0457",
    "people": [
        {
            "name": "Tyler Gonzalez",
            "aliases": ["Ty"],
            "role": "child",
            "birth_date": "2014-03-14",
            "school": "Lincoln Elementary",
            "address": "1423 Oak Street, Apt 4",
            "phone": "512-555-0142",
        },
        {"name": "Sofia Gonzalez", "role": "sibling"},
        {"name": "Maria Gonzalez", "role": "parent"},
        {"name": "William Hart", "aliases": ["Billy"], "role": "foster_parent"},
        {"name": "Ramon Castillo", "role": "restricted_contact"},
    ],
    "places": ["Lincoln Elementary", "New Horizons clinic"],
}


@pytest.fixture(scope="session")
def screener() -> Screener:
    return Screener()


@pytest.fixture(scope="session")
def case() -> CaseContext:
    return CaseContext.from_dict(CASE)


def spans(result: ScreeningResult, text: str) -> list[tuple[str, str]]:
    return [(f.category.value, text[f.start : f.end]) for f in result.findings]


def categories(result: ScreeningResult) -> set[str]:
    return {f.category.value for f in result.findings}

"""The medicine list (data/medicines.txt, from a drug dictionary on PyPI): medicines the
health lexicon does not list are HEALTH when the sentence is about somebody."""

from __future__ import annotations

import pytest

from casesafe.screening import Screener
from casesafe.screening.text.recognizers.medicines import medicine_names


def _medicine_findings(screener: Screener, text: str, audience: str = "public") -> list[str]:
    result = screener.screen(text, audience)
    return [text[f.start : f.end] for f in result.findings if f.recognizer == "medicine_list"]


def test_the_list_is_package_data_and_leaves_names_and_street_drugs_out() -> None:
    strong, weak = medicine_names()
    assert len(strong) > 9000
    assert {"triamcinolone", "emverm", "zyvox"} <= strong
    assert "aspirin" in weak  # an ordinary word too: needs a person in its sentence
    for not_a_medicine in ("allegra", "heroin", "cocaine", "emend"):
        assert not_a_medicine not in strong | weak, not_a_medicine


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("Her eczema cream is triamcinolone, twice a day on the flare spots.", "triamcinolone"),
        ("Everyone in the house needs Emverm this week, sorry!", "Emverm"),
        ("The hospital sent him home on Zyvox for ten days.", "Zyvox"),
        ("She took an aspirin before the visit.", "aspirin"),
    ],
)
def test_a_medicine_about_somebody_is_health(screener: Screener, text: str, medicine: str) -> None:
    assert _medicine_findings(screener, text) == [medicine]
    assert screener.screen(text, "public").decision == "block"


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary-word medicine in a sentence about nobody in particular
        "Our agency hosts a talk on aspirin safety for all foster families.",
        # a given name that is also a brand name
        "Allegra scored two goals on Saturday!",
        # street drugs are case details, read by the case-detail lexicon
        "Her mom relapsed on heroin last month.",
    ],
)
def test_not_reported_by_the_medicine_list(screener: Screener, text: str) -> None:
    assert _medicine_findings(screener, text) == []

"""Redaction, pseudonym consistency and the contract JSON shape."""

from __future__ import annotations

import json

from casesafe.screening import Screener
from casesafe.screening.guidance import get_tip

CONTRACT_FINDING_KEYS = {
    "start",
    "end",
    "category",
    "severity",
    "recognizer",
    "explanation",
    "guidance",
}


def test_same_unknown_person_keeps_one_pseudonym(screener: Screener) -> None:
    text = (
        "Meet Darnell Hughes! Darnell loves robots and Keisha Brown loves art. Keisha also sings."
    )
    result = screener.screen(text, "public")
    red = result.redacted_text
    assert "Darnell" not in red and "Keisha" not in red
    assert red.count("[PERSON 1]") == 2
    assert red.count("[PERSON 2]") == 2


def test_redacted_text_keeps_everything_else(screener: Screener) -> None:
    text = "Call 512-555-0199 about the 13-year-old at Westbrook Middle School."
    result = screener.screen(text, "public")
    assert result.redacted_text == "Call [PHONE] about the [AGE] at [SCHOOL]."


def test_to_dict_follows_the_contract(screener: Screener) -> None:
    text = "Meet Darnell Hughes, 12, from Westbrook Middle School"
    data = screener.screen(text, "public").to_dict()
    assert data["decision"] in {"allow", "warn", "block"}
    assert isinstance(data["redacted_text"], str)
    for finding in data["findings"]:
        assert finding.keys() >= CONTRACT_FINDING_KEYS
        assert text[finding["start"] : finding["end"]]
        get_tip(finding["guidance"])  # every finding links a real tip
    json.dumps(data)


def test_results_hold_no_raw_matched_text(screener: Screener) -> None:
    text = "Email keisha.b1987@gmail.com or call 512-555-0199 about Darnell Hughes"
    data = screener.screen(text, "public").to_dict()
    data.pop("redacted_text")
    dumped = json.dumps(data)
    for secret in ("keisha.b1987", "555-0199", "Darnell", "Hughes"):
        assert secret not in dumped
    assert all(len(f["text_hmac"]) == 32 for f in data["findings"])


def test_findings_do_not_overlap(screener: Screener) -> None:
    text = "Tyler Gonzalez, 9, lives at 1423 Oak Street, Apt 4 near Lincoln Elementary and takes Zoloft."
    result = screener.screen(text, "public")
    ordered = sorted(result.findings, key=lambda f: f.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        assert a.end <= b.start


def test_prefetched_model_output_gives_identical_results(screener: Screener) -> None:
    texts = [
        "Meet Darnell Hughes, 12, from Westbrook Middle School",
        "hey tay, the new placement is with a family in Round Rock",
        "Join us at the Central Public Library on Thursday at 4pm.",
    ]
    models = screener.prefetch(texts)
    for text, model in zip(texts, models, strict=True):
        assert (
            screener.screen(text, "public", parsed=model).to_dict()
            == screener.screen(text, "public").to_dict()
        )
    assert screener.prefetch(["", "x" * 30_000]) == [None, None]


def test_possessive_stays_readable_after_redaction(screener: Screener) -> None:
    text = "Keisha's mom called; Darnell Hughes's coach too."
    assert (
        screener.screen(text, "public").redacted_text
        == "[PERSON 1]'s mom called; [PERSON 2]'s coach too."
    )

"""Bad input gets a clear error; an engine failure or timeout is always a block."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casesafe.screening import (
    CaseContext,
    CaseFileError,
    Screener,
    ScreeningConfig,
    ScreeningInputError,
    Verdict,
    screen_text_safe,
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 20_001, "limit is 20000"),
        ("hello\x00world", "control"),
        ("bad \ud800 surrogate", "badly encoded"),
        (b"\xff\xfe bytes", "UTF-8"),
    ],
)
def test_bad_text_is_refused_clearly(screener: Screener, text: object, message: str) -> None:
    with pytest.raises(ScreeningInputError, match=message):
        screener.screen(text, "public")  # type: ignore[arg-type]


def test_unknown_audience(screener: Screener) -> None:
    with pytest.raises(ScreeningInputError, match="audience"):
        screener.screen("hello", "everyone")


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ([], "JSON object"),
        ({"people": "Tyler"}, "people must be a list"),
        ({"people": [{"role": "child"}]}, r"people\[0\].name is required"),
        ({"people": [{"name": "A B", "role": "boss"}]}, "role 'boss'"),
        ({"people": [{"name": "A B", "birth_date": "14/03/2014"}]}, "YYYY-MM-DD"),
        ({"people": [{"name": "A B", "aliases": "Ty"}], "places": 7}, "places must be a list"),
        ({"people": [{"name": "A B", "aliases": [3]}]}, "aliases must be a list of strings"),
    ],
)
def test_malformed_case_file(case: object, message: str) -> None:
    with pytest.raises(CaseFileError, match=message):
        CaseContext.from_dict(case)


def test_case_file_not_json() -> None:
    with pytest.raises(CaseFileError, match="not valid JSON"):
        CaseContext.from_json("{people: [}")


def test_safe_entry_blocks_on_bad_input() -> None:
    result = screen_text_safe("", "public")
    assert result.decision is Verdict.BLOCK
    assert result.reasons[0].code == "INPUT_INVALID"


def test_timeout_blocks(screener: Screener) -> None:
    result = screener.screen_safe(
        "Tyler is doing fine", "secure", config=ScreeningConfig(time_budget_s=0.0)
    )
    assert result.decision is Verdict.BLOCK
    assert result.reasons[0].code == "SCREENING_TIMEOUT"


def test_internal_error_blocks(screener: Screener, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("recognizer crashed")

    rec = screener.recognizers["email"]
    monkeypatch.setattr(rec, "analyze", boom)
    result = screener.screen_safe("nothing sensitive here at all", "secure")
    assert result.decision is Verdict.BLOCK
    assert result.reasons[0].code == "SCREENING_ERROR"
    assert result.redacted_text == ""


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(min_size=0, max_size=300),
    audience=st.sampled_from(["public", "private", "secure"]),
)
def test_never_raises_on_arbitrary_unicode(screener: Screener, text: str, audience: str) -> None:
    result = screener.screen_safe(text, audience)
    assert result.decision in (Verdict.ALLOW, Verdict.WARN, Verdict.BLOCK)
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(min_size=1, max_size=200))
def test_failure_is_never_allow(
    screener: Screener, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(screener, "candidates", lambda *a, **k: (_ for _ in ()).throw(ValueError("x")))
        assert screener.screen_safe(text, "secure").decision is Verdict.BLOCK


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "Tyler",
                "tyler's",
                "Gonzalez",
                "the",
                "at",
                "12",
                "Lincoln",
                "Elementary",
                "Ty",
                "555-0142",
                "court",
                "Adderall",
                "Oak",
                "Street",
                ",",
                ".",
                "and",
                "Hope",
                "Will",
                "\n",
                "é",
                "😀",
            ]
        ),
        min_size=1,
        max_size=40,
    )
)
def test_case_aware_never_raises(screener: Screener, case: CaseContext, words: list[str]) -> None:
    text = " ".join(words)
    if not text.strip():
        return
    result = screener.screen(text, "public", case)
    assert all(0 <= f.start < f.end <= len(text) for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Aaa Bbb Ccc " * 1600,  # long runs of capitalised words
        "a-" * 9_900,  # one endless hyphenated token
        "1" * 19_000 + " A1-" * 200,  # digits and codes
        "x at y dot " * 1_800,  # half-spelled emails
    ],
)
def test_adversarial_input_finishes_within_budget(screener: Screener, text: str) -> None:
    """Regexes must not backtrack catastrophically: a 20k-character input stays fast."""
    text = text[:20_000]
    result = screener.screen_safe(text, "public", config=ScreeningConfig(time_budget_s=5.0))
    assert result.reasons[0].code != "SCREENING_TIMEOUT"


_names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(
        st.fixed_dictionaries(
            {"name": _names, "role": st.sampled_from(["child", "parent", "sibling", "other"])},
            optional={"aliases": st.lists(_names, max_size=3), "address": _names, "school": _names},
        ),
        max_size=6,
    ),
    places=st.lists(_names, max_size=3),
    text=st.text(min_size=1, max_size=200),
)
def test_any_case_file_and_text_never_crash(
    screener: Screener, people: list[dict[str, object]], places: list[str], text: str
) -> None:
    try:
        case = CaseContext.from_dict({"people": people, "places": places})
    except CaseFileError:
        return  # e.g. a blank name: refused with a message, which is the point
    result = screener.screen_safe(text, "private", case)
    assert all(0 <= f.start < f.end <= len(text) for f in result.findings)

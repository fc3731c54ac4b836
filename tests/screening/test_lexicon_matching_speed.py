"""The lexicon's one-scan matcher (``Lexicon.hits``) must find exactly what running every
group's regex with ``finditer`` finds, in the same order: the same spans, the same group,
the first-listed alternative at an offset, no overlaps within a group. No timing here."""

from __future__ import annotations

import re

import pytest

from casesafe.screening.text.document import TextDoc
from casesafe.screening.text.recognizers.sensitive import (
    Lexicon,
    _finder,
    _prefixes,
    load_lexicon,
)
from casesafe.screening.types import ScreeningConfig


def reference(lexicon: Lexicon, doc: TextDoc) -> list[tuple[int, int, str]]:
    """One finditer per group, as the matcher worked before the scan."""
    hits = []
    for g in lexicon.groups:
        if len(doc.lower) != len(doc.text):
            found = list(g.regex.finditer(doc.text))
        else:
            found = list(g.lower.finditer(doc.lower)) if g.lower else []
            found += list(g.cased.finditer(doc.text)) if g.cased else []
        hits += [(m.start(), m.end(), g.name) for m in found]
    return hits


TEXTS = [
    "",
    "ADHD",
    "Her ADHD and ODD/ADHD meds: 10 mg of Adderall twice daily, 18 weeks pregnant.",
    "He has ODD, RAD and PTSD; OT/PT/ST on Tuesdays. odd rad.",
    "peanut allergy, nut allergies, food allergy; allergic to penicillin",
    "She was in the NICU, born 32 weeks, now in PICU after a seizure disorder diagnosis.",
    "3 years in foster care, 5 placements, 30 days sober, her public defender said",
    "mom's DV case: domestic violence, prior CPS history, a forensic interview, alleged abuse",
    "İstanbul trip: his ADHD meds, her asthma inhaler",  # lowercasing changes offsets
    "non-adhd x-adhd adhd- adhd_x (adhd) 'adhd' \"ADHD\"",
    "sertraline 50 mg; fluoxetine, lisinopril and a methylphenidate prescription",
    "shelter hearing, 12-month review hearing, termination hearing tomorrow",
    "the police were called; the police came; sex offender registry; registered sex offenders",
]


@pytest.mark.parametrize("filename", ["health.yaml", "case_detail.yaml"])
@pytest.mark.parametrize("text", TEXTS)
def test_hits_equal_one_finditer_per_group(filename: str, text: str) -> None:
    lexicon = load_lexicon(filename)
    for variant in (text, text.upper(), text.title(), text.lower()):
        doc = TextDoc(variant, ScreeningConfig())
        got = [(s, e, g.name) for s, e, g in lexicon.hits(doc)]
        assert got == reference(lexicon, doc)


@pytest.mark.parametrize(
    ("groups", "text"),
    [
        # the first listed alternative wins ("foster" before "foster care"), not the longest
        ((["foster", "foster care", "care plan"], ["care plan", "plan"]), "foster care plan"),
        # an earlier candidate overlapping the group's hit is skipped, a later one is not
        ((["a b", "b b c", "b c"],), "a b b c"),
        ((["a b", "b b c", "b c"], ["b b"]), "a b b c b b c"),
        # terms of unknown start (\d, \w) and a term that can match nothing
        (([r"\d+ mg", r"(?:his|\w+'s) doctor"], ["x?"]), "mom's doctor said 5 mg, x x"),
        (([r"(?:the )?er visit", "e(?=r)"],), "the er visit, er visit, her er"),
    ],
)
def test_collect_equals_finditer(groups: tuple[list[str], ...], text: str) -> None:
    compiled = [
        (i, re.compile(rf"(?<![\w-])(?:{'|'.join(terms)})(?![\w-])"), terms)
        for i, terms in enumerate(groups)
    ]
    spans: list[list[tuple[int, int]]] = [[] for _ in compiled]
    _finder(compiled, 0).collect(text, spans)
    assert spans == [[m.span() for m in pattern.finditer(text)] for _, pattern, _ in compiled]
    if groups[0][:2] == ["foster", "foster care"]:
        assert [text[s:e] for s, e in spans[0]] == ["foster", "care plan"]


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("adhd", ({"adh"}, True)),
        ("ot", ({"ot"}, True)),
        ("(?:peanut|nut) allerg", ({"pea", "nut"}, True)),
        ("(?:the )?er visit", ({"the", "er "}, True)),
        (r"\d+ mg", ({""}, False)),
        ("(?i:adhd)", ({""}, False)),
        ("(?-i:ODD)", ({"ODD"}, True)),
    ],
)
def test_prefixes(term: str, expected: tuple[set[str], bool]) -> None:
    from re import _parser

    assert _prefixes(_parser.parse(term).data, ignore=False) == expected


def test_without_the_private_regex_parser_the_hits_are_the_same(monkeypatch) -> None:
    """If a Python release moves ``re._parser``, matching falls back to plain finditer."""
    from casesafe.screening.text.recognizers import sensitive

    fast = load_lexicon("health.yaml")
    monkeypatch.setattr(sensitive, "_parser", None)
    load_lexicon.cache_clear()
    try:
        slow = load_lexicon("health.yaml")
        assert slow.lower_finder.scan is None and slow.lower_finder.direct
        for text in TEXTS:
            doc = TextDoc(text, ScreeningConfig())
            got = [(s, e, g.name) for s, e, g in slow.hits(doc)]
            assert got == [(s, e, g.name) for s, e, g in fast.hits(doc)] == reference(fast, doc)
    finally:
        load_lexicon.cache_clear()

"""HEALTH and CASE_DETAIL: lexicons the project writes (data/*.yaml) plus context rules.

A strong term (a diagnosis, a medication, a removal) is reported unless the sentence is
plainly about a topic, an occasion (a celebration, an awareness month) or children in
general, with no particular person in it; the audience of a topic sentence ("for foster
parents") is not a particular person. A weak term ("therapy", "court", "visits")
is reported only when a particular person is in the sentence and the sentence is not about
a topic. This keeps "join our trauma-informed parenting class" clean and catches "her
therapist moved the session".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, ClassVar

import yaml

from ...types import Category
from ..document import TextDoc
from .base import SEVERITY_BY_CATEGORY, Candidate, Recognizer, register
from .cues import generic_topic

SPECIFIC_ANCHOR_RE = re.compile(
    r"\b(?:he|she|him|her|hers|his|i|i'm|im|i've|my|me|you|your|you're|mom|mother|mama|"
    r"dad|father|papa|son|daughter|baby|brother|sister|grandma|grandmother|grandpa|"
    r"grandfather|aunt|uncle|cousin|boyfriend|girlfriend|stepdad|stepmom|client|"
    r"the (?:kids|children|child|boys|girls|twins|siblings|family|parents)|kiddo|little one|"
    r"(?:our|my|your) (?:[\w-]+ )?(?:teen|girl|boy|guy|placement|foster (?:son|daughter|kid|child))|"
    r"(?:bio|birth|foster) (?:mom|dad|parents?))\b",
    re.IGNORECASE,
)

# A public event or awareness day: a strong term in such a sentence, with no particular
# person in it, is about the occasion ("families finalize their adoptions on National
# Adoption Day"), not a disclosure.
EVENT_RE = re.compile(
    r"\b(?:celebrat(?:e|es|ed|ing|ion|ions)|ceremon(?:y|ies)|festival|gala|open house|"
    r"all are welcome|everyone (?:is )?welcome|walk-?ins? welcome|proclamation|"
    r"(?:national|international|world) [\w' -]{2,40}? (?:day|week|month)|"
    r"(?:awareness|appreciation|recognition|prevention) (?:day|week|month))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LexiconGroup:
    name: str
    strong: bool
    explanation: str
    regex: re.Pattern[str]  # every term, case-insensitive, on the text itself
    lower: re.Pattern[str] | None  # the lowercase terms, case-sensitive, on the lowercased text
    cased: re.Pattern[str] | None  # terms with their own case rules ("(?-i:ODD)"), on the text

    def finditer(self, doc: TextDoc) -> Iterable[re.Match[str]]:
        # Case-insensitive matching of a long alternation is about three times slower than
        # matching the lowercased text, so lowercase terms run on ``doc.lower`` whenever
        # lowercasing kept every offset (it does except for a few rare letters).
        if len(doc.lower) != len(doc.text):
            yield from self.regex.finditer(doc.text)
            return
        if self.lower is not None:
            yield from self.lower.finditer(doc.lower)
        if self.cased is not None:
            yield from self.cased.finditer(doc.text)


@dataclass(frozen=True, slots=True)
class Lexicon:
    category: Category
    guidance: str
    groups: tuple[LexiconGroup, ...]
    exclude: re.Pattern[str] | None
    exclude_lower: re.Pattern[str] | None = None  # the same, for the lowercased text

    def excluded_spans(self, doc: TextDoc) -> list[tuple[int, int]]:
        if self.exclude_lower is not None and len(doc.lower) == len(doc.text):
            return [m.span() for m in self.exclude_lower.finditer(doc.lower)]
        if self.exclude is not None:
            return [m.span() for m in self.exclude.finditer(doc.text)]
        return []


def _alternation(terms: Iterable[str]) -> str:
    ordered = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    return "|".join(f"(?:{t})" for t in ordered)


# A term keeps IGNORECASE matching when it sets its own case rules or has an uppercase
# letter that is not part of an escape (\W, \S ...).
_CASE_SENSITIVE_TERM = re.compile(r"\(\?-i:|(?<!\\)[A-Z]")


def _needs_case(term: str) -> bool:
    return _CASE_SENSITIVE_TERM.search(term) is not None


def _bounded(terms: Iterable[str], flags: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(terms)})(?![\w-])", flags)


@cache
def load_lexicon(filename: str) -> Lexicon:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("casesafe.screening.data").joinpath(filename).read_text("utf-8")
    )
    groups = []
    for name, spec in raw["groups"].items():
        terms = [t for t in spec["terms"] if t and t.strip()]
        cased = [t for t in terms if _needs_case(t)]
        lower = [t for t in terms if not _needs_case(t)]
        groups.append(
            LexiconGroup(
                name=name,
                strong=spec.get("strength", "strong") == "strong",
                explanation=spec["explanation"],
                regex=_bounded(terms, re.IGNORECASE),
                lower=_bounded(lower, 0) if lower else None,
                cased=_bounded(cased, re.IGNORECASE) if cased else None,
            )
        )
    exclude = raw.get("exclude") or []

    def excluding(flags: int) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(exclude)})(?!\w)", flags)

    return Lexicon(
        category=Category(raw["category"]),
        guidance=raw["guidance"],
        groups=tuple(groups),
        exclude=excluding(re.IGNORECASE) if exclude else None,
        exclude_lower=excluding(0) if exclude and not any(map(_needs_case, exclude)) else None,
    )


_PERSONAL_RE = re.compile(
    r"\b(?:his|her|their|him|she|he|mom|dad|mother|father|son|daughter|brother|sister)\b",
    re.IGNORECASE,
)


def _named_person(doc: TextDoc, start: int) -> bool:
    s, e = doc.sentence_bounds(start)
    return any(s <= ps < e for ps, _ in doc.person_spans)


# The audience of a topic sentence ("a workshop on ADHD for foster parents") is not a
# particular person.
AUDIENCE_RE = re.compile(
    r"\b(?:for|to|with|of|among|by) (?:new |prospective |current |all |our |licensed )?"
    r"(?:foster|adoptive|kinship|resource|bio|birth) (?:parents|families|caregivers)\b",
    re.IGNORECASE,
)


def _specific_anchor(doc: TextDoc, start: int, end: int, topic: bool = False) -> bool:
    s, e = doc.sentence_bounds(start)
    if any(s <= ps < e for ps, _ in doc.person_spans):
        return True
    if not topic:
        return SPECIFIC_ANCHOR_RE.search(doc.text, s, e) is not None
    sentence = AUDIENCE_RE.sub(lambda m: " " * len(m.group()), doc.text[s:e])
    return SPECIFIC_ANCHOR_RE.search(sentence) is not None


class LexiconRecognizer(Recognizer):
    lexicon_file: ClassVar[str]

    def __init__(self) -> None:
        super().__init__()
        self.lexicon = load_lexicon(self.lexicon_file)

    def analyze(self, doc: TextDoc) -> Iterable[Candidate]:
        excluded = self.lexicon.excluded_spans(doc)
        taken: list[tuple[int, int]] = []
        hits: list[tuple[int, int, LexiconGroup]] = []
        for group in self.lexicon.groups:
            for m in group.finditer(doc):
                hits.append((m.start(), m.end(), group))
        # Longest first, strong before weak, so one phrase yields one finding.
        hits.sort(key=lambda h: (-(h[1] - h[0]), not h[2].strong, h[0]))
        for start, end, group in hits:
            if any(start < e and s < end for s, e in taken):
                continue
            if any(start < e and s < end for s, e in excluded):
                continue
            sentence = doc.sentence(start)
            topic = generic_topic(sentence)
            if group.strong and not topic:
                # an occasion counts as a topic for strong terms only
                topic = EVENT_RE.search(sentence) is not None
            anchored = _specific_anchor(doc, start, end, topic)
            if group.strong:
                if topic and not anchored:
                    continue
                score = 0.85 if anchored else 0.7
            else:
                named = _named_person(doc, start)
                if not anchored or (topic and not (named and _PERSONAL_RE.search(sentence))):
                    continue
                score = 0.7
            taken.append((start, end))
            yield Candidate(
                start=start,
                end=end,
                category=self.category,
                recognizer=self.id,
                rule=group.name,
                score=score,
                explanation=group.explanation,
                guidance=self.lexicon.guidance,
                severity=SEVERITY_BY_CATEGORY[self.category],
                priority=1,
            )


@register
class HealthRecognizer(LexiconRecognizer):
    id = "health_lexicon"
    category = Category.HEALTH
    guidance = "phi.secure-channel-only"
    explanation = "Health information is protected and needs a secure channel."
    lexicon_file = "health.yaml"


@register
class CaseDetailRecognizer(LexiconRecognizer):
    id = "case_detail_lexicon"
    category = Category.CASE_DETAIL
    guidance = "case.details-in-person"
    explanation = "Case details stay out of public posts and ordinary messages."
    lexicon_file = "case_detail.yaml"

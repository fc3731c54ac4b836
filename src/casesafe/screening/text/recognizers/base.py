"""The shape of a recognizer: patterns, context words and one validation hook.

Modelled on Presidio's ``PatternRecognizer`` (``us_ssn_recognizer.py``) and detect-secrets
plugins: a recognizer is data plus at most one small function, compiled once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ...types import Category, NameKind
from ..document import TextDoc


@dataclass(frozen=True, slots=True)
class PatternRule:
    name: str
    regex: str
    score: float
    flags: int = re.IGNORECASE
    group: int | str = 0


@dataclass(slots=True)
class Candidate:
    """A finding before HMAC and overlap resolution; lives only inside one request."""

    start: int
    end: int
    category: Category
    recognizer: str
    rule: str
    score: float
    explanation: str
    guidance: str
    severity: str = "high"
    role: str | None = None
    name_kind: NameKind | None = None
    entity_key: str | None = None
    score_before_context: float | None = None
    priority: int = 1


SEVERITY_BY_CATEGORY: dict[Category, str] = {
    Category.PERSON: "high",
    Category.ADDRESS: "high",
    Category.PHONE: "high",
    Category.EMAIL: "high",
    Category.HANDLE: "high",
    Category.ID: "high",
    Category.DOB: "high",
    Category.AGE: "medium",
    Category.LOCATION: "medium",
    Category.SCHOOL: "medium",
    Category.HEALTH: "high",
    Category.CASE_DETAIL: "high",
}


class Recognizer:
    """Base class. Subclasses set the class attributes; most need no code at all."""

    id: ClassVar[str]
    category: ClassVar[Category]
    guidance: ClassVar[str]
    explanation: ClassVar[str]
    rules: ClassVar[tuple[PatternRule, ...]] = ()
    context: ClassVar[tuple[str, ...]] = ()
    context_boost: ClassVar[float] = 0.35
    context_window: ClassVar[int] = 48
    min_score: ClassVar[float] = 0.5
    priority: ClassVar[int] = 2

    def __init__(self) -> None:
        self._compiled = tuple((r, re.compile(r.regex, r.flags)) for r in self.rules)
        self._context = (
            re.compile(r"\b(?:" + "|".join(self.context) + r")", re.IGNORECASE)
            if self.context
            else None
        )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        """Return an adjusted score, or None to drop the match. Default: keep it."""
        return rule.score

    def candidate(self, start: int, end: int, rule: str, score: float) -> Candidate:
        """A finding of this recognizer's category, explanation and guidance."""
        return Candidate(
            start=start,
            end=end,
            category=self.category,
            recognizer=self.id,
            rule=rule,
            score=score,
            explanation=self.explanation,
            guidance=self.guidance,
            severity=SEVERITY_BY_CATEGORY[self.category],
            priority=self.priority,
        )

    def has_context(self, doc: TextDoc, start: int, end: int) -> bool:
        if self._context is None:
            return False
        return bool(self._context.search(doc.window(start, end, self.context_window, 24)))

    def analyze(self, doc: TextDoc) -> Iterable[Candidate]:
        for rule, regex in self._compiled:
            for m in regex.finditer(doc.text):
                start, end = m.span(rule.group)
                if start == end:
                    continue
                score = self.validate(doc, m, rule)
                if score is None:
                    continue
                before = score
                if score < self.min_score + 0.3 and self.has_context(doc, start, end):
                    score = min(1.0, score + self.context_boost)
                if score < self.min_score:
                    continue
                candidate = self.candidate(start, end, rule.name, score)
                if before != score:
                    candidate.score_before_context = before
                yield candidate


REGISTRY: dict[str, type[Recognizer]] = {}


def register(cls: type[Recognizer]) -> type[Recognizer]:
    """Add a recognizer under its stable id; a duplicate id is a programming error."""
    if cls.id in REGISTRY:
        raise RuntimeError(f"recognizer id {cls.id!r} registered twice")
    REGISTRY[cls.id] = cls
    return cls

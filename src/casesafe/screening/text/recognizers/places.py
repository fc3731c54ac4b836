"""Towns, neighbourhoods and facilities tied to a person (the LOCATION category)."""

from __future__ import annotations

import re

from ...types import Category
from ..document import TextDoc
from ..gazetteer import gazetteer
from .base import PatternRule, Recognizer, register
from .cues import (
    MONTHS,
    PUBLIC_EVENT_RE,
    PUBLIC_VENUE_RE,
    RESIDENCE_CUE_RE,
    WEEKDAYS,
    anchored_to_person,
)
from .demographic import _TIME_WORDS


def _has_person(doc: TextDoc, pos: int) -> bool:
    lo, hi = doc.sentence_bounds(pos)
    return any(lo <= s < hi for s, _ in doc.person_spans)


_FACILITY = (
    r"(?i:clinic|hospital|medical center|health center|behavioral health|treatment center|detention center"
    r"|juvenile hall|juvenile detention|correctional(?: facility| center)?|jail|prison|rehab|recovery center"
    r"|counseling center|psychiatric(?: hospital| center)?|urgent care|pediatrics|family practice"
    r"|juvenile center|advocacy center|recovery|state hospital|children's hospital|health|dental|dentistry)"
    r"|Unit|House(?= (?:for|to)\b|[.,;]| is\b)"
)


@register
class PlaceRecognizer(Recognizer):
    id = "place"
    category = Category.LOCATION
    guidance = "privacy.no-location"
    explanation = "A town, neighbourhood or facility tied to a person narrows down where they are."
    priority = 1
    rules = (
        PatternRule(
            "facility",
            rf"\b(?:(?:St\.|[A-Z][\w'’-]{{0,30}})\s+){{1,3}}{_FACILITY}\b",
            0.75,
            flags=0,
        ),
        PatternRule(
            "residence_place",
            r"\b(?:lives?|living|lived|stays?|staying|stayed|moved|moving|placed|resides?|residing|grew up|hiding|"
            r"was seen|been seen|spotted|hangs? out|hanging out)\s+(?:\w+\s+)?(?:in|at|to|near|around|by|over in|out in|on)\s+(?:the\s+)?"
            r"((?:[A-Z][\w'’-]{0,30})(?:\s+[A-Z][\w'’-]{0,30}){0,2}(?:\s+(?i:neighbou?rhood|area|side|county|apartments|projects))?)",
            0.8,
            flags=0,
            group=1,
        ),
        PatternRule(
            "city_state",
            r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b(?!\s*\d{5})",
            0.75,
            flags=0,
        ),
        PatternRule(
            "in_place",
            r"\b(?:in|near|from|around|outside(?: of)?|by)\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\s+(?:area|neighbou?rhood|side|community))?\b",
            0.55,
            flags=0,
            group=1,
        ),
        PatternRule(
            "neighbourhood",
            r"\b((?:[A-Z][\w'’-]{0,30}\s+){1,2}(?i:neighbou?rhood|side of town|part of town|projects|county|parish|borough|township))\b",
            0.6,
            flags=0,
            group=1,
        ),
    )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        sentence = doc.sentence(match.start())
        value = match.group(rule.group)
        first = value.split()[0].lower()
        if first in _TIME_WORDS or first in {
            "the",
            "a",
            "our",
            "my",
            "his",
            "her",
            "their",
            "foster",
            "care",
        }:
            return None
        if rule.name == "facility" and (
            not (anchored_to_person(sentence) or _has_person(doc, match.start()))
            or PUBLIC_EVENT_RE.search(sentence)
        ):
            return None
        if rule.name == "in_place":
            return _in_place(doc, match, value, sentence)
        if (
            rule.name == "neighbourhood"
            and re.search(r"(?i)county|parish|borough", value)
            and _has_person(doc, match.start())
        ):
            return rule.score
        if rule.name == "neighbourhood" and not (
            anchored_to_person(sentence) and RESIDENCE_CUE_RE.search(sentence)
        ):
            return None
        return rule.score


_PLACE_STOP = frozenset(
    MONTHS
    + WEEKDAYS
    + [
        "the",
        "a",
        "our",
        "my",
        "your",
        "his",
        "her",
        "their",
        "this",
        "that",
        "care",
        "foster",
        "english",
        "spanish",
        "french",
        "person",
        "time",
        "town",
        "school",
        "court",
        "church",
        "class",
        "person",
        "total",
        "general",
        "public",
        "private",
        "advance",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "morning",
        "evening",
        "afternoon",
        "night",
        "weekend",
        "mind",
        "fact",
        "case",
        "order",
        "addition",
        "response",
        "honor",
        "memory",
        "loving",
        "charge",
    ]
)


def _in_place(doc: TextDoc, match: re.Match[str], value: str, sentence: str) -> float | None:
    gz = gazetteer()
    words = value.lower().split()
    if words[0] in _PLACE_STOP or any(w in _PLACE_STOP for w in words):
        return None
    if re.search(r"(?i)\b(?:hall|room|building|booth|office|station|lot|plaza|market)\b", value):
        return None
    if PUBLIC_VENUE_RE.search(value) or re.search(
        r"(?i)school|elementary|middle|high|academy|library|center|church", value
    ):
        return None
    start = match.start(1)
    if any(s <= start < e for s, e in doc.person_spans):
        return None
    if len(words) == 1 and (words[0] in gz.first_names and start not in doc.proper_starts):
        return None
    ent = next((e for e in doc.entities if e.start <= start < e.end), None)
    if ent is not None and ent.label in (
        "PERSON",
        "ORG",
        "DATE",
        "TIME",
        "NORP",
        "WORK_OF_ART",
        "EVENT",
    ):
        return None
    if ent is None and start not in doc.proper_starts:
        return None
    return (
        0.6
        if (
            anchored_to_person(sentence)
            or _has_person(doc, start)
            or RESIDENCE_CUE_RE.search(sentence)
        )
        else None
    )

"""Unique codes (SSN, case and docket numbers, health plan ids, passcodes) and birth dates."""

from __future__ import annotations

import re

from ...types import Category
from ..document import TextDoc
from .base import PatternRule, Recognizer, register
from .cues import DATE_RE

_ID_LABELS = (
    r"case|docket|file|petition|cause|matter|referral|intake|report|ticket|incident"
    r"|medicaid|medicare|member|subscriber|policy|insurance|health plan|plan|mrn|medical record"
    r"|chart|patient|license|licence|plate|dl|driver'?s licen[cs]e|vin|student|passport"
    r"|a-number|alien|account|acct|routing|card|badge|inmate|booking|offender|sid|ssn"
    r"|social security|tax|ein|itin|record|tracking|confirmation|claim|voucher|id"
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@register
class IdRecognizer(Recognizer):
    id = "id"
    category = Category.ID
    guidance = "privacy.no-ids"
    explanation = "A case, docket, health plan or other unique number points to one person."
    rules = (
        PatternRule("ssn", r"(?<![\w-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\w-])", 0.85),
        PatternRule("ssn_bare", r"(?<![\w-])\d{9}(?![\w-])", 0.3),
        PatternRule(
            "case_number",
            r"(?<![\w-])(?:\d{2,4}-[A-Za-z]{1,5}-\d{2,8}|[A-Za-z]{1,5}-?\d{2,4}-\d{3,8})(?![\w-])",
            0.85,
        ),
        PatternRule(
            "labelled",
            rf"\b(?:{_ID_LABELS})\s*(?:number|no\.?|num|nbr|#|id|code)?\s*(?:is|was|:|#|=)?\s*"
            r"#?\s*((?=[A-Za-z0-9 -]*\d)[A-Za-z0-9](?:[A-Za-z0-9-]|\s(?=\d)){3,24}[A-Za-z0-9](?:\s[A-Z]\b)?)\b",
            0.75,
            group=1,
        ),
        PatternRule(
            "passcode",
            r"\b(?:passcode|password|pass code|pin|meeting id|access code|door code|gate code"
            r"|pickup code|friend code|login|code)(?:\s+(?!is\b)[\w'’-]{1,30}){0,8}?\s*(?:is|:|=|-)?\s*"
            r"((?=[A-Za-z-]*\d)[A-Za-z0-9][\w-]{2,18}(?: \d{3,4}){0,2}#?)",
            0.8,
            group=1,
        ),
        PatternRule(
            "hash_number",
            r"(?:\b[A-Z]{2,6}\s?#\s?|(?<![\w#])#\s?)(\d[\d-]{3,14}\d)\b",
            0.75,
            flags=0,
            group=1,
        ),
        PatternRule("card", r"(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])", 0.4),
        PatternRule(
            "mixed_code",
            r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){1,4}(?![\w-])",
            0.35,
            flags=0,
        ),
    )
    context = (
        "code",
        "case",
        "docket",
        "id",
        "number",
        "no\\.",
        "#",
        "medicaid",
        "member",
        "ssn",
        "social security",
        "record",
        "account",
        "license",
        "file",
    )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        value = match.group(rule.group)
        digits = re.sub(r"\D", "", value)
        if rule.name == "ssn":
            area, group, serial = match.group(1), match.group(2), match.group(3)
            if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
                return None
            return rule.score
        if rule.name in ("labelled", "mixed_code"):
            if len(digits) < 3:
                return None
            if re.fullmatch(r"\d{1,2}(?:am|pm)|\d{4}", value.lower()):
                return None  # times and years
        if rule.name == "passcode" and (
            len(digits) < 3 or re.fullmatch(r"\d{1,2}(?:am|pm)?", value.lower())
        ):
            return None
        if rule.name == "card":
            if not (13 <= len(digits) <= 19 and _luhn_ok(digits)):
                return None
            return 0.8
        if rule.name == "case_number" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return None
        return rule.score


_BIRTH_CUE = (
    r"(?:d\.?o\.?b\.?|date of birth|birth ?date|born(?:\s+on)?|b-?day|birthday"
    r"(?:\s+is)?(?:\s+coming\s+up)?(?:\s+on)?|turns?\s+\w+\s+on|turning\s+\w+\s+on"
    r"|celebrat\w+\s+(?:his|her|their)\s+\w+\s+birthday\s+on)"
)


@register
class DobRecognizer(Recognizer):
    id = "dob"
    category = Category.DOB
    guidance = "privacy.no-birth-dates"
    explanation = "A birth date, or part of one, tied to a person helps identify them."
    rules = (
        PatternRule("labelled", rf"\b{_BIRTH_CUE}\s*[:\-]?\s*({DATE_RE})", 0.9, group=1),
        PatternRule(
            "born_in",
            r"\bborn\s+(?:in|on|during)\s+((?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            r"[a-z]*\.?\s+)?(?:19|20)\d{2})\b",
            0.85,
            group=1,
        ),
        PatternRule(
            "person_date",
            r"(?<![\w/.-])(\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?|\d{1,2}-\d{1,2}-\d{4})(?![\w/])",
            0.6,
            group=1,
        ),
        PatternRule(
            "name_paren",
            rf"\b[A-Z][a-z]+\s*\(\s*(?:dob:?\s*)?((?i:{DATE_RE}))\s*\)",
            0.7,
            flags=0,
            group=1,
        ),
    )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        if rule.name != "person_date":
            return rule.score
        lo, hi = doc.sentence_bounds(match.start())
        if not any(lo <= s < hi for s, _ in doc.person_spans):
            return None
        sentence = doc.text[lo:hi]
        if re.search(
            r"(?i)\b(?:join us|event|rsvp|register|open house|info session|orientation|training|meeting|class)\b",
            sentence,
        ):
            return None
        return rule.score

"""Ages, schools and teams, and addresses (including placements described without a number)."""

from __future__ import annotations

import re

from ...types import Category
from ..document import TextDoc
from .base import PatternRule, Recognizer, register
from .cues import (
    MONTHS,
    NUMBER_WORD_RE,
    PUBLIC_EVENT_RE,
    PUBLIC_VENUE_RE,
    RESIDENCE_CUE_RE,
    WEEKDAYS,
    anchored_to_person,
)
from .medicines import medicine_names

_NUM = rf"(?:\d{{1,2}}|{NUMBER_WORD_RE}|a|one)"
_NOT_AFTER_NUMBER = r"(?!\s*(?:%|percent|[ap]\.?m\b|:\d|minutes?|mins?|hours?|hrs?|days?|weeks?|dollars|miles|years? ago|\$|st\b|nd\b|rd\b|th\b|o'clock|people|families|kids|children|spots|seats))"
_CAL_WORDS = frozenset(MONTHS + WEEKDAYS + ["room", "suite", "grade", "page", "step", "chapter"])


@register
class AgeRecognizer(Recognizer):
    id = "age"
    category = Category.AGE
    guidance = "privacy.combined-details"
    explanation = "A child's age, combined with other details, narrows down who they are."
    priority = 1
    rules = (
        PatternRule(
            "n_year_old", rf"\b{_NUM}[- ]?(?:years?|yrs?|months?|mos?|weeks?)[- ]?olds?\b", 0.9
        ),
        PatternRule("yo", r"\b\d{1,2}\s?(?:yo|y/o|y\.o\.?|yrs?\.? old|yr old)(?![\w/])", 0.9),
        PatternRule(
            "age_n",
            rf"\b(?:age|aged|ages)\s*:?\s*\d{{1,2}}(?:\s*(?:,|and|&)\s*\d{{1,2}})*\b{_NOT_AFTER_NUMBER}",
            0.8,
        ),
        PatternRule(
            "is_n",
            rf"\b(?:he|she|who|they|i|he's|she's|i'm|im|is|turned|turns|turning|just turned)\s+(?:is\s+|are\s+|am\s+)?(?:now\s+|only\s+|almost\s+|nearly\s+)?(\d{{1,2}}|{NUMBER_WORD_RE})\b(?!\s*(?:or|more|of|times|minutes|hours|days|weeks|years? ago|percent|[ap]m|:))(?=\s*(?:now|today|this|next|years?|soon|and|but|so|[.,!?;)]|$))",
            0.6,
            group=1,
        ),
        PatternRule(
            "name_comma_n",
            r"\b([A-ZÀ-ÖØ-Þ](?:[a-z'’]|[ß-öø-ÿ])+|twins|siblings|brothers|sisters|boys|girls|sibs)\s*[,(]\s*(\d{1,2}(?:\s*(?:and|&|,)\s*\d{1,2})*)(?=\s*(?:[,)!.;:]|and\b|who\b|is\b|loves\b|$))(?!,?\s*\d{4})",
            0.75,
            flags=0,
            group=2,
        ),
        PatternRule(
            "turns_n",
            r"\b(?:turns?|turning|turned|just turned)\s+(\d{1,2})\b(?!\s*(?:%|percent|minutes|hours|days|years? ago))",
            0.8,
            group=1,
        ),
        PatternRule("nth_birthday", r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:b-?day|birthday|bday)\b", 0.75),
        PatternRule(
            "paren_n",
            r"(?<=[A-Za-z'’])\s*\(\s*(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)\s*\)",
            0.7,
            group=1,
        ),
        PatternRule(
            "n_months",
            r"(?<![\w/])(\d{1,2})\s*(?:months?|mos?|weeks?|wks?)(?:\s+old)?\b(?!\s*(?:ago|later|from|of|in|to|pregnant|along))",
            0.6,
        ),
        PatternRule("between_marks", r"(?:—|–|\||•)\s*(\d{1,2})\s*(?=—|–|\||•)", 0.7, group=1),
        PatternRule(
            "grader",
            r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grader\b",
            0.7,
        ),
    )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        if rule.name in ("turns_n", "paren_n", "between_marks", "n_months"):
            values = [int(v) for v in re.findall(r"\d+", match.group(rule.group))]
            if (
                not values
                or max(values) > (24 if rule.name == "n_months" else 21)
                or min(values) < 1
            ):
                return None
            if rule.name == "paren_n":
                word = re.findall(
                    r"[A-Za-z]+", doc.text[max(0, match.start() - 15) : match.start()]
                )
                if word and word[-1].lower() in _CAL_WORDS | {
                    "step",
                    "item",
                    "part",
                    "option",
                    "no",
                    "number",
                    "page",
                }:
                    return None
            if rule.name == "n_months":
                before = doc.before(match.start(), 16)
                if re.search(
                    r"\b(?:for|in|after|every|past|last|next|within|over|about|than|first|nearly|almost|around|the)\s*$",
                    before,
                ):
                    return None
            return rule.score
        if rule.name == "name_comma_n":
            if match.group(1).lower() in _CAL_WORDS:
                return None
            values = [int(v) for v in re.findall(r"\d+", match.group(2))]
            if not values or max(values) > 21:
                return None
            return rule.score
        if rule.name == "is_n":
            value = match.group(1)
            if value.isdigit() and int(value) > 21:
                return None
            head = match.group().split()[0].lower()
            if head == "is":
                before = doc.text[max(0, match.start() - 25) : match.start()]
                if not (
                    re.search(
                        r"\b(?:he|she|who|son|daughter|brother|sister|baby|kid|child|boy|girl)\s*$",
                        before,
                        re.I,
                    )
                    or re.search(r"\b[A-Z][a-z]+(?:'s)?\s*$", before)
                ):
                    return None
            if re.search(r"\bgrade\b", doc.after(match.end(), 12)):
                return None
            return rule.score
        if rule.name == "age_n":
            before = doc.before(match.start(), 24)
            after = doc.after(match.end(), 16)
            generic = re.search(
                r"\b(?:for|all|kids|children|youth|teens|families with|students|serves?|serving|between|from)\s*$",
                before,
            )
            if generic or re.search(
                r"^\s*(?:and up|\+|welcome|or older|or younger|years? and)", after
            ):
                return None
            return rule.score
        if rule.name == "n_year_old":
            after = doc.after(match.end(), 20)
            if re.match(
                r"\s*(?:program|programs|policy|house|building|tradition|company|business|car)\b",
                after,
            ):
                return None
        return rule.score


_SCHOOL_SUFFIX = (
    r"(?:Elementary|Middle|High|Junior High|Jr\.? High|Intermediate|Primary|Academy|Prep(?:aratory)?"
    r"|Montessori|Preschool|Pre-?K|Charter|Magnet|Day School)(?:\s+(?:School|Academy|Campus))?"
    r"|(?:Independent School District|Unified School District|School District|Public Schools|School"
    r"|ISD|USD|CISD|MS|HS|JHS|Daycare|Day Care|Child Care Center|Childcare Center|Early Learning Center"
    r"|Learning Center|Head Start|Early Childhood Center|Early College(?: High School)?|Collegiate Academy)"
)
_GENERIC_SCHOOL_HEADS = frozenset(
    [
        "the",
        "our",
        "a",
        "an",
        "local",
        "public",
        "high",
        "middle",
        "elementary",
        "any",
        "every",
        "new",
        "sunday",
        "summer",
        "night",
        "grad",
        "graduate",
        "medical",
        "law",
        "nursing",
        "driving",
        "cooking",
        "art",
        "music",
        "dance",
        "film",
        "boarding",
        "private",
        "charter",
        "home",
        "this",
        "that",
        "your",
        "their",
        "his",
        "her",
        "my",
        "which",
        "what",
    ]
)


_CAPS_FUNCTION_WORDS = frozenset(
    [
        "at",
        "to",
        "of",
        "in",
        "on",
        "for",
        "and",
        "with",
        "from",
        "by",
        "is",
        "are",
        "our",
        "all",
        "go",
        "free",
        "new",
    ]
)


@register
class SchoolRecognizer(Recognizer):
    id = "school"
    category = Category.SCHOOL
    guidance = "privacy.no-school"
    explanation = "A school, district, team or troop shows where a child can be found every day."
    priority = 2
    rules = (
        PatternRule(
            "named_school",
            rf"\b((?:[A-Z][\w.'’-]{{0,30}}|St\.)(?:\s(?:[A-Z][\w.'’-]{{0,30}}|of|de|la)){{0,4}}?)\s(?:{_SCHOOL_SUFFIX})\b",
            0.85,
            flags=0,
        ),
        PatternRule(
            # Signs, shirts and shouting posts: "LINCOLN ELEMENTARY", "WESTBROOK MIDDLE SCHOOL".
            "capitals_school",
            rf"\b((?:[A-Z][A-Z.'’-]{{1,30}})(?:\s[A-Z][A-Z.'’-]{{1,30}})??)\s(?:{_SCHOOL_SUFFIX.upper()})\b",
            0.8,
            flags=0,
        ),
        PatternRule(
            "lowercase_school",
            r"\b(?:goes to|go to|attends|attending|enrolled (?:at|in)|student at|transferred to|started at|at)\s+"
            r"(?:the\s+)?([a-z][a-z'’-]{1,30}(?:\s+[a-z][a-z'’-]{1,30})?\s+(?:elementary|middle|high|academy|prep|montessori|charter)(?:\s+school)?)\b",
            0.7,
            flags=0,
            group=1,
        ),
        PatternRule(
            "troop",
            r"\b(?:(?:girl|boy|cub|brownie|daisy)\s+scouts?\s+)?troop\s*#?\s*\d{1,4}\b",
            0.8,
        ),
        PatternRule(
            "team",
            r"\b(?:the\s+)?((?:[A-Z][\w'’-]{0,30}\s+){1,3}(?:(?i:soccer|football|basketball|baseball|softball|volleyball|swim|track|robotics|chess|debate|dance|cheer|hockey|wrestling|lacrosse)\s+)?(?i:team|club|squad|league|Little League|Pop Warner))\b",
            0.6,
            flags=0,
            group=1,
        ),
        PatternRule(
            "attends_at",
            r"\b(?:kindergarten|preschool|pre-?k|daycare|day care|school|classes|class|practice|tutoring|"
            r"after-?school|recess|pickup|pick-up|drop-?off)\s+at\s+((?:[A-Z][\w'’-]{1,30})(?:\s[A-Z][\w'’-]{1,30})?)",
            0.65,
            flags=0,
            group=1,
        ),
        PatternRule(
            "plays_for",
            r"\b(?:plays?|playing|runs?|running|swims?|cheers?|wrestles?|dances?|sings?)\s+(?:\w+\s+)?(?:for|on|with)\s+the\s+((?:[A-Z][\w'’-]{0,30}\s?){1,4})",
            0.7,
            flags=0,
            group=1,
        ),
        PatternRule(
            "district",
            r"\b[A-Z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{0,30}){0,2}\s+(?:ISD|USD|CISD)\b",
            0.85,
            flags=0,
        ),
    )
    context = ("goes to", "attends", "student", "plays", "enrolled", "team", "school", "coach")

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        if rule.name == "capitals_school":
            # In capitals every word looks like a name: "AT THE ACADEMY" is not one.
            words = [w.lower() for w in match.group(1).split()]
            if any(w in _GENERIC_SCHOOL_HEADS or w in _CAPS_FUNCTION_WORDS for w in words):
                return None
        if rule.name == "named_school":
            words = match.group(1).split()
            if words and words[0].lower() in _GENERIC_SCHOOL_HEADS:
                words = words[1:]
            if not words or all(w.lower() in _GENERIC_SCHOOL_HEADS for w in words):
                return None
        if rule.name == "team" and re.match(r"\s+of\b", doc.text[match.end() : match.end() + 4]):
            return None  # "Rotary Club of Georgetown": a civic organisation
        if rule.name == "attends_at":
            value = match.group(1)
            first = value.split()[0].lower()
            if (
                first in _TIME_WORDS
                or first in _GENERIC_SCHOOL_HEADS
                or PUBLIC_VENUE_RE.search(value)
            ):
                return None
            return rule.score
        if rule.name == "plays_for":
            return rule.score if match.group(1).strip() else None
        if rule.name == "team":
            words = match.group(1).split()
            if words[0].lower() in _GENERIC_SCHOOL_HEADS | {
                "book",
                "support",
                "parent",
                "foster",
                "fan",
            }:
                return 0.35
            if re.search(r"\b(?:join|our|agency|volunteer)\b", doc.before(match.start(), 20)):
                return None
        return rule.score


# Abbreviations may carry their own full stop ("St."); full words leave the sentence's.
_STREET_SUFFIX = (
    r"(?:(?i:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Cir|Ter|Pkwy|Hwy|Trl|Sq|Pt)\b\.?"
    r"|(?i:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Circle|Terrace|Parkway|Highway"
    r"|Trail|Loop|Row|Square|Crossing|Pike|Alley|Run|Path|Point|Bend|Cove|Ridge|Hollow)\b)"
)
_STREET_WORD = (
    r"(?:[A-Z][\w'’.-]{0,30}|\d{1,3}(?:st|nd|rd|th)|(?i:north|south|east|west|[nsew]\.?))"
)
_UNIT = r"(?:,?\s*(?i:apt|apartment|unit|suite|ste|#|lot|trailer|rm|room|space|no\.)\.?\s*#?\s*[\w-]{1,6})"
_DWELLING = r"(?i:house|home|apartment|apartments|apt|trailer|duplex|shelter|group home|complex|motel|hotel|place|building|condo|townhouse|camper|rv)"
_TIME_WORDS = frozenset(MONTHS + WEEKDAYS + ["weekend", "weekends", "today", "tonight", "tomorrow"])


@register
class AddressRecognizer(Recognizer):
    id = "address"
    category = Category.ADDRESS
    guidance = "privacy.no-address"
    explanation = (
        "An address or a description of where someone lives or is placed shows where to find them."
    )
    priority = 2
    rules = (
        PatternRule(
            "street",
            rf"\b\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+(?:{_STREET_WORD}\s+){{0,3}}{_STREET_WORD}\s+{_STREET_SUFFIX}{_UNIT}?",
            0.9,
            flags=0,
        ),
        PatternRule("po_box", r"\bP\.?\s?O\.?\s*Box\s+\d+\b", 0.9),
        PatternRule(
            "unit", r"\b(?:apt|apartment|unit|lot|trailer)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b", 0.55
        ),
        PatternRule(
            "state_zip", r"\b(?:[A-Z]{2}|[A-Z][a-z]+),?\s+\d{5}(?:-\d{4})?\b", 0.6, flags=0
        ),
        PatternRule(
            "dwelling_on",
            rf"\b(?:the\s+)?(?:[\w'’-]{{1,30}}\s+){{0,2}}{_DWELLING}\s+(?i:on|at|off(?: of)?|near|by|across from|behind|next to)\s+(?:the\s+)?"
            rf"(?:corner of\s+)?({_STREET_WORD}(?:\s+{_STREET_WORD})?(?:\s+{_STREET_SUFFIX})?(?:\s+(?:and|&)\s+{_STREET_WORD}(?:\s+{_STREET_SUFFIX})?)?)",
            0.85,
            flags=0,
        ),
        PatternRule(
            "intersection",
            rf"\b(?i:on|at|near|off|by)\s+(?:the\s+)?(?i:corner of\s+)?({_STREET_WORD}(?:\s+{_STREET_SUFFIX})?\s+(?:and|&)\s+{_STREET_WORD}(?:\s+{_STREET_SUFFIX})?)",
            0.5,
            flags=0,
            group=1,
        ),
        PatternRule(
            "lives_on_street",
            rf"\b(?:lives?|living|lived|stays?|staying|moved|moving|house|home|apartment|place)\s+(?:is\s+)?(?:on|off(?: of)?)\s+"
            rf"((?:{_STREET_WORD}\s+){{1,2}}{_STREET_SUFFIX})",
            0.8,
            flags=0,
            group=1,
        ),
        PatternRule(
            "number_name",
            r"\b(?:at|to|on|from|is|address:?|lives?)\s+(\d{3,6}\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,?\s*#\s?\w{1,5})?)",
            0.7,
            flags=0,
            group=1,
        ),
        PatternRule(
            "dwelling_named",
            r"\b(?:the\s+)?((?:[A-Z][\w'’-]{1,30}\s+){1,3})(?i:apartment|apartments|apts|trailer|duplex|emergency shelter|family shelter|youth shelter|shelter|group home|motel|complex|house|ranch)\b",
            0.75,
            flags=0,
        ),
        PatternRule(
            "named_residence",
            r"\b(?:[A-Z][\w'’-]{0,30}\s+){1,3}(?:Apartments|Apts|Mobile Home Park|Trailer Park|Motel|Inn|Shelter|Group Home|Emergency Shelter|Youth Shelter|Residential Treatment Center|Transitional Living)\b",
            0.8,
            flags=0,
        ),
    )
    context = (
        "lives",
        "live",
        "living",
        "address",
        "staying",
        "moved",
        "home",
        "placed",
        "placement",
        "house",
    )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        sentence = doc.sentence(match.start())
        text = match.group(rule.group)
        if rule.name in (
            "street",
            "po_box",
            "state_zip",
            "named_residence",
            "number_name",
            "dwelling_named",
        ):
            norm = re.sub(r"\W+", " ", text.lower()).strip()
            for contact in doc.config.agency_contacts:
                if norm and norm in re.sub(r"\W+", " ", contact.lower()):
                    return None
        if rule.name in ("street", "state_zip", "po_box", "number_name"):
            # Judge the words around the address, not the address's own "Street".
            sentence = sentence.replace(match.group(), " ")
            if not RESIDENCE_CUE_RE.search(sentence) and (
                PUBLIC_EVENT_RE.search(sentence) or PUBLIC_VENUE_RE.search(sentence)
            ):
                return None  # a public venue's address in an event announcement
            if rule.name == "state_zip":
                state = re.split(r"[,\s]", text)[0]
                if state.lower() in _TIME_WORDS or (
                    len(state) > 2 and not RESIDENCE_CUE_RE.search(sentence)
                ):
                    return None
            return rule.score
        if rule.name == "unit":
            return rule.score
        if rule.name == "number_name":
            words = re.findall(r"[A-Za-z]+", text)
            if any(
                w.lower()
                in _TIME_WORDS
                | {"am", "pm", "people", "families", "kids", "children", "hours", "days"}
                for w in words
            ):
                return None
            return rule.score
        if rule.name == "dwelling_named":
            head = match.group(1).split()[0].lower().rstrip("'’s")
            if head in _GENERIC_DWELLING_HEADS or PUBLIC_VENUE_RE.search(text):
                return None
            if PUBLIC_EVENT_RE.search(sentence) and not (
                anchored_to_person(sentence) or RESIDENCE_CUE_RE.search(sentence)
            ):
                return None
            return rule.score
        if rule.name in ("dwelling_on", "intersection"):
            place = match.group(1) if rule.name == "dwelling_on" else match.group(1)
            first = place.split()[0].lower()
            if first in _TIME_WORDS or re.search(
                r"open house|house party|at home on", text.lower()
            ):
                return None
            if first in medicine_names()[0]:
                return None  # "sent him home on Zyvox": a medicine, not a street
            if rule.name == "intersection":
                if re.match(r"\s+[A-Z]", doc.text[match.end() : match.end() + 3]):
                    return None  # "the Boys & Girls Club": part of a longer name
                words = [
                    w.lower() for w in re.findall(r"[\w'’]+", place) if w.lower() not in ("and",)
                ]
                if any(w in _TIME_WORDS for w in words):
                    return None
                has_street = re.search(_STREET_SUFFIX + r"|\d(?:st|nd|rd|th)", place) is not None
                if not has_street and not RESIDENCE_CUE_RE.search(sentence):
                    return None
                return 0.8 if has_street or RESIDENCE_CUE_RE.search(sentence) else None
            return rule.score
        if (
            rule.name == "named_residence"
            and PUBLIC_EVENT_RE.search(sentence)
            and not anchored_to_person(sentence)
        ):
            return None
        return rule.score


_GENERIC_DWELLING_HEADS = frozenset(
    [
        "open",
        "foster",
        "group",
        "our",
        "the",
        "my",
        "your",
        "their",
        "his",
        "her",
        "safe",
        "forever",
        "loving",
        "new",
        "ronald",
        "white",
        "full",
        "tiny",
        "big",
        "dream",
        "haunted",
        "bounce",
        "fun",
        "warm",
        "happy",
        "wonderful",
        "a",
        "an",
        "this",
        "that",
        "every",
        "one",
    ]
    + MONTHS
    + WEEKDAYS
)

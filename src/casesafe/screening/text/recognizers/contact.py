"""Phone numbers, email addresses and social handles, in any common or disguised form."""

from __future__ import annotations

import re
from typing import ClassVar

from ...types import Category
from ..document import TextDoc
from .base import PatternRule, Recognizer, register

_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_DW = "|".join(_DIGIT_WORDS)
_UNIT = rf"(?:\d{{1,4}}|(?:{_DW})\b)"
# At least one separator between units: "5551234" is never split two ways (no backtracking blow-up).
_SEP = rf"(?:[ \t.\-–]|\)\s?|\s?\(|,\s?(?=(?:{_DW})\b)){{1,3}}"
TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")


def phone_digits(text: str) -> str:
    out = []
    for m in re.finditer(rf"\d|{_DW}", text.lower()):
        tok = m.group()
        out.append(tok if tok.isdigit() else _DIGIT_WORDS[tok])
    return "".join(out)


def _contact_digits(contacts: tuple[str, ...]) -> set[str]:
    digits = set()
    for c in contacts:
        d = re.sub(r"\D", "", c)
        if len(d) >= 7:
            digits.add(d[-10:])
    return digits


@register
class PhoneRecognizer(Recognizer):
    id = "phone"
    category = Category.PHONE
    guidance = "privacy.no-contact-details"
    explanation = "A phone number lets anyone reach the family directly."
    rules = (
        PatternRule(
            "digit_run",
            rf"(?<![\w$/:#])(?:\+\s?)?\(?{_UNIT}(?:{_SEP}{_UNIT}){{1,11}}(?![\w/:%])",
            0.0,
        ),
        PatternRule("contiguous", r"(?<![\w$/:#])\+?1?\d{10}(?![\w/:%])", 0.0),
    )
    context: ClassVar[tuple[str, ...]] = (
        "call",
        "text",
        "phone",
        "cell",
        "number",
        "reach",
        "mobile",
        "contact",
        "ph",
        "tel",
        "dial",
    )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        raw = match.group()
        digits = phone_digits(raw)
        if not digits:
            return None
        words = sum(1 for _ in re.finditer(_DW, raw.lower()))
        core = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
        if len(core) not in (7, 10):
            return None
        # Number words alone ("one or two") are ordinary English unless they run long.
        if words and len(digits) - words < 1 and words < 7:
            return None
        # A bare long digit run is more often an ID (Medicaid, account) than a phone.
        if re.fullmatch(r"\d{9,}", raw.strip()) and not self.has_context(
            doc, match.start(), match.end()
        ):
            return None
        if re.search(r"\d{1,2},\d{3}", raw):
            return None  # money or counts: 1,000,000
        if len(core) == 10:
            if core[-10:] in _contact_digits(doc.config.agency_contacts):
                return None
            if doc.config.ignore_toll_free and core[:3] in TOLL_FREE:
                return None
            return 0.85
        if core in {d[-7:] for d in _contact_digits(doc.config.agency_contacts)}:
            return None
        if re.search(r"\d{3}[ .\-]\d{4}", raw) and self.has_context(doc, *match.span()):
            return 0.8
        return 0.4 if re.search(r"\d{3}[ .\-]\d{4}", raw) else None


_ROLE_MAILBOXES = (
    "info",
    "contact",
    "hello",
    "help",
    "support",
    "office",
    "admin",
    "team",
    "foster",
    "fostering",
    "adopt",
    "adoption",
    "recruitment",
    "recruit",
    "events",
    "media",
    "press",
    "questions",
    "inquiries",
    "volunteer",
    "volunteers",
    "careers",
    "hr",
    "news",
    "community",
)


def _email_is_public(doc: TextDoc, local: str, domain: str) -> bool:
    full = f"{local}@{domain}".lower()
    contacts = {c.lower() for c in doc.config.agency_contacts}
    domains = {d.lower().lstrip("@") for d in doc.config.agency_domains}
    if full in contacts:
        return True
    base_local = re.split(r"[.+_-]", local.lower())[0]
    if domain.lower() in domains or any(domain.lower().endswith("." + d) for d in domains):
        return base_local in _ROLE_MAILBOXES
    return (
        base_local in _ROLE_MAILBOXES and re.search(r"\.(gov|org|us)$", domain.lower()) is not None
    )


@register
class EmailRecognizer(Recognizer):
    id = "email"
    priority = 4  # unambiguous: a name inside an address is redacted with the address
    category = Category.EMAIL
    guidance = "privacy.no-contact-details"
    explanation = "An email address identifies and reaches a person."
    rules = (
        PatternRule(
            "address",
            r"(?<![\w.+-])([\w.+-]{1,64})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})\b",
            0.95,
        ),
        PatternRule(
            "spelled_out",
            r"(?<![\w.+-])([\w.+-]{1,64}(?: dot [\w+-]{1,64}){0,3}) ?(?:[\[(] ?)?(?:at|@)(?: ?[\])])? ?"
            r"([A-Za-z0-9-]{2,63}) ?(?:[\[(] ?)?(?:dot|\.)(?: ?[\])])? ?"
            r"(com|org|net|edu|gov|us|io|co|me|info)\b",
            0.85,
        ),
    )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        local = match.group(1)
        domain = match.group(2) if rule.name == "address" else f"{match.group(2)}.{match.group(3)}"
        if rule.name == "spelled_out" and not re.search(r"\bdot\b|[\[(]", match.group()):
            return None
        if rule.name == "spelled_out" and local.lower() in {"me", "us", "them", "him", "her", "it"}:
            return None
        if _email_is_public(doc, local, domain):
            return None
        return rule.score


_SOCIAL = (
    r"facebook|fb|instagram|instagr\.am|tiktok|snapchat|twitter|x|youtube|youtu\.be|linkedin"
    r"|threads|discord|twitch|reddit|pinterest|tumblr|linktr\.ee|venmo|cash\.app|onlyfans|kik"
)
_MEETING = (
    r"(?<![\w.-])(?:[\w-]{1,30}\.){0,3}(?:zoom\.us/(?:j|my|w)/|webex\.com/(?:meet|join))"
    r"|meet\.google\.com/|teams\.microsoft\.com/l/meetup-join"
    r"|teams\.live\.com/meet/|doxy\.me/|whereby\.com/"
)
_COMMON_NOT_HANDLE = frozenset(
    [
        "private",
        "public",
        "down",
        "off",
        "on",
        "the",
        "not",
        "blocked",
        "deleted",
        "gone",
        "same",
        "new",
        "old",
        "my",
        "mine",
        "private.",
        "locked",
        "closed",
        "open",
        "here",
        "there",
        "it",
        "this",
        "that",
    ]
)


def _is_agency(doc: TextDoc, value: str) -> bool:
    v = value.lower().strip().rstrip("/.,")
    for contact in doc.config.agency_contacts:
        c = contact.lower().strip().rstrip("/")
        if not c:
            continue
        if v == c or v.lstrip("@") == c.lstrip("@") or (len(c) > 6 and c in v):
            return True
    return False


@register
class HandleRecognizer(Recognizer):
    id = "handle"
    priority = 4
    category = Category.HANDLE
    guidance = "privacy.no-handles"
    explanation = "A username, profile link or meeting link leads straight to a person."
    rules = (
        PatternRule(
            "at_handle", r"(?<![\w@.\-/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29}[A-Za-z0-9_])?", 0.8
        ),
        PatternRule(
            "profile_url",
            rf"(?:https?://)?(?:www\.|m\.)?(?:{_SOCIAL})\.(?:com|gg|net|tv|me|ee|app)/[^\s<>\"')]+",
            0.9,
        ),
        PatternRule("meeting_url", rf"(?:https?://)?(?:{_MEETING})[^\s<>\"')]+", 0.9),
        PatternRule(
            "labelled",
            r"\b(?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|tik tok|twitter|discord|kik|venmo"
            r"|cash ?app|gamertag|psn|xbox(?: live)?|roblox|username|user name|handle)"
            r"(?:\s+(?:handle|name|username|id|account))?\s*(?:is|:|-|=)\s*@?([A-Za-z0-9_.]{3,30})",
            0.7,
            group=1,
        ),
    )

    def validate(self, doc: TextDoc, match: re.Match[str], rule: PatternRule) -> float | None:
        value = match.group(rule.group).rstrip(".,;:!?")
        if _is_agency(doc, value):
            return None
        if rule.name == "at_handle":
            # "@ 4pm" or "@home" style shorthand is not a handle; a trailing email is.
            if re.fullmatch(r"@\d{1,2}(?:[ap]m)?", value.lower()):
                return None
            if value[1:].lower() in {"home", "school", "work", "the", "noon", "night"}:
                return None
        if rule.name == "labelled":
            low = value.lower()
            if low in _COMMON_NOT_HANDLE:
                return None
            plain = not (re.search(r"[\d_.]", value) or value != low or ":" in match.group())
            if plain and not re.search(r"\bis\s+@", match.group().lower()):
                return 0.6
        return rule.score

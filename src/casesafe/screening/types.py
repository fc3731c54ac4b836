"""Typed facts the engine passes around. All frozen: a result can be shared and cached.

A :class:`Finding` keeps offsets and a keyed HMAC of the matched text, never the text
itself, so a result that outlives the request (a log line, a record) carries no PII.
Only ``ScreeningResult.redacted_text`` is derived from the input, and it is redacted.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import CaseFileError

_PROCESS_KEY: bytes = os.urandom(32)


class Category(StrEnum):
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    HANDLE = "HANDLE"
    ID = "ID"
    DOB = "DOB"
    AGE = "AGE"
    LOCATION = "LOCATION"
    SCHOOL = "SCHOOL"
    HEALTH = "HEALTH"
    CASE_DETAIL = "CASE_DETAIL"


DIRECT: frozenset[Category] = frozenset(
    {
        Category.PERSON,
        Category.ADDRESS,
        Category.PHONE,
        Category.EMAIL,
        Category.HANDLE,
        Category.ID,
        Category.DOB,
    }
)
QUASI: frozenset[Category] = frozenset({Category.AGE, Category.LOCATION, Category.SCHOOL})
SENSITIVE: frozenset[Category] = frozenset({Category.HEALTH, Category.CASE_DETAIL})


def category_group(category: Category) -> str:
    if category in DIRECT:
        return "direct"
    if category in QUASI:
        return "quasi"
    return "sensitive"


class Audience(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    SECURE = "secure"

    @classmethod
    def parse(cls, value: str | Audience) -> Audience:
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            from .errors import ScreeningInputError

            choices = ", ".join(a.value for a in cls)
            raise ScreeningInputError(
                f"unknown audience {value!r}; choose one of {choices}"
            ) from None


class Verdict(StrEnum):
    ALLOW = "allow"
    WARN = "warn"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return {"allow": 0, "warn": 1, "block": 2}[self.value]


class NameKind(StrEnum):
    """How much of a person's name a PERSON finding shows; drives the decision table."""

    FULL = "full"  # first and last name, or first name and initial
    FIRST = "first"  # a lone first name
    NICKNAME = "nickname"
    SURNAME = "surname"  # "the Gonzalez kids"
    REFERENCE = "reference"  # "Grandma Pearl": a name-like reference


ROLES: tuple[str, ...] = (
    "child",
    "sibling",
    "parent",
    "relative",
    "foster_parent",
    "caseworker",
    "restricted_contact",
    "other",
)


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    category: Category
    severity: str  # high | medium | low
    recognizer: str
    rule: str
    score: float
    explanation: str
    guidance: str
    role: str | None = None
    name_kind: NameKind | None = None
    # An opaque key so the same person gets the same pseudonym across a text; a case
    # person's index or an HMAC of the normalised name, never the name itself.
    entity_key: str | None = None
    text_hmac: str = ""
    score_before_context: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "category": self.category.value,
            "severity": self.severity,
            "recognizer": self.recognizer,
            "rule": self.rule,
            "score": round(self.score, 3),
            "explanation": self.explanation,
            "guidance": self.guidance,
        }
        if self.score_before_context is not None:
            out["score_before_context"] = round(self.score_before_context, 3)
        if self.role:
            out["role"] = self.role
        if self.name_kind:
            out["name_kind"] = self.name_kind.value
        if self.text_hmac:
            out["text_hmac"] = self.text_hmac
        return out


@dataclass(frozen=True, slots=True)
class Reason:
    """One coded reason behind a decision, in plain words for the person writing."""

    code: str
    verdict: Verdict
    message: str
    categories: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "decision": self.verdict.value,
            "message": self.message,
            "categories": list(self.categories),
        }


@dataclass(frozen=True, slots=True)
class QualityNote:
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    decision: Verdict
    audience: Audience
    findings: tuple[Finding, ...]
    reasons: tuple[Reason, ...]
    redacted_text: str
    quality: tuple[QualityNote, ...] = ()
    elapsed_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision.value,
            "audience": self.audience.value,
            "findings": [f.to_dict() for f in self.findings],
            "reasons": [r.to_dict() for r in self.reasons],
            "redacted_text": self.redacted_text,
            "quality": [q.to_dict() for q in self.quality],
        }


# --------------------------------------------------------------------------- case file


@dataclass(frozen=True, slots=True)
class CasePerson:
    name: str
    role: str
    aliases: tuple[str, ...] = ()
    birth_date: _dt.date | None = None
    school: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    handles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseContext:
    case_id: str | None
    people: tuple[CasePerson, ...]
    places: tuple[str, ...] = ()
    preferred_language: str | None = None
    fingerprint: str = ""

    @classmethod
    def from_dict(cls, data: Any) -> CaseContext:
        return _parse_case(data)

    @classmethod
    def from_json(cls, text: str) -> CaseContext:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CaseFileError(f"case file is not valid JSON: {exc}") from None
        return _parse_case(data)


def _opt_str(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise CaseFileError(f"{where}.{key} must be a string")
    return value.strip() or None


def _str_list(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CaseFileError(f"{where}.{key} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _parse_person(raw: Any, index: int) -> CasePerson:
    where = f"people[{index}]"
    if not isinstance(raw, Mapping):
        raise CaseFileError(f"{where} must be an object")
    name = _opt_str(raw, "name", where)
    if not name:
        raise CaseFileError(f"{where}.name is required")
    role = (_opt_str(raw, "role", where) or "other").lower()
    if role not in ROLES:
        raise CaseFileError(f"{where}.role {role!r} is not one of {', '.join(ROLES)}")
    birth: _dt.date | None = None
    birth_raw = _opt_str(raw, "birth_date", where)
    if birth_raw:
        try:
            birth = _dt.date.fromisoformat(birth_raw)
        except ValueError:
            raise CaseFileError(f"{where}.birth_date must be YYYY-MM-DD") from None
    phone = raw.get("phone")
    if isinstance(phone, int):
        phone = str(phone)
    return CasePerson(
        name=name,
        role=role,
        aliases=_str_list(raw, "aliases", where),
        birth_date=birth,
        school=_opt_str(raw, "school", where),
        address=_opt_str(raw, "address", where),
        phone=_opt_str({"phone": phone}, "phone", where),
        email=_opt_str(raw, "email", where),
        handles=_str_list(raw, "handles", where),
    )


def _parse_case(data: Any) -> CaseContext:
    if not isinstance(data, Mapping):
        raise CaseFileError("case file must be a JSON object")
    people_raw = data.get("people", [])
    if not isinstance(people_raw, list):
        raise CaseFileError("people must be a list")
    if len(people_raw) > 500:
        raise CaseFileError("a case may list at most 500 people")
    people = tuple(_parse_person(p, i) for i, p in enumerate(people_raw))
    case_id = data.get("case_id")
    if case_id is not None and not isinstance(case_id, str | int):
        raise CaseFileError("case_id must be a string")
    try:
        canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        raise CaseFileError("case file holds values that are not JSON") from None
    return CaseContext(
        case_id=None if case_id is None else str(case_id),
        people=people,
        places=_str_list(data, "places", "case"),
        preferred_language=_opt_str(data, "preferred_language", "case"),
        fingerprint=hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest(),
    )


# --------------------------------------------------------------------------- config


@dataclass(frozen=True, slots=True)
class ScreeningConfig:
    """What the agency and the sending context tell the engine.

    ``agency_contacts`` are the agency's own published phones, emails, handles and web
    addresses: they are public on purpose and must never block a post.
    ``recipient_entitled`` says the recipient of a private or secure message may see the
    identifiers and (on a secure channel) the PHI of this case.
    """

    agency_contacts: tuple[str, ...] = ()
    agency_domains: tuple[str, ...] = ()
    public_figures: tuple[str, ...] = ()
    recipient_entitled: bool = False
    ignore_toll_free: bool = True
    max_chars: int = 20_000
    time_budget_s: float = 5.0
    hmac_key: bytes = field(default_factory=lambda: _PROCESS_KEY)
    platform_max_length: int | None = None
    image_count: int = 0
    images_with_alt_text: int = 0
    family_language: str | None = None
    disabled_recognizers: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ScreeningConfig:
        allowed = set(cls.__dataclass_fields__)
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in allowed or key == "hmac_key":
                continue
            if isinstance(value, list):
                value = tuple(value)
            kwargs[key] = value
        return cls(**kwargs)


def as_sequence(value: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(value or ())

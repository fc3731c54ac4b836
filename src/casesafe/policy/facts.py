"""The facts pre-flight decides over, and the decision it returns.

Everything is a frozen dataclass of plain values so the Django app can build them from
its models, the CLI from a JSON file, and tests from literals, and so a stored decision
can be replayed from the same facts. Dates may be given as ``datetime.date`` or as ISO
``YYYY-MM-DD`` text; anything else is treated as unreadable and blocks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

DateLike = dt.date | str | None


@dataclass(frozen=True)
class Actor:
    """The member of staff asking to send or post."""

    user_id: str
    role: str  # caseworker | supervisor | communications | administrator


@dataclass(frozen=True)
class AccountRef:
    """The account the message would go out from."""

    platform: str  # catalogue slug, e.g. "agency-email"
    kind: str  # "agency" | "personal"
    account_id: str  # the id of an account listed in the policy


@dataclass(frozen=True)
class Person:
    """Someone in the case who would receive the message or be shown in it."""

    person_id: str
    role: str  # child | sibling | parent | relative | foster_parent | caseworker | ...
    name: str = ""
    birth_date: DateLike = None
    age: int | None = None  # used only when no birth date is on file

    @property
    def label(self) -> str:
        return self.name or self.person_id


@dataclass(frozen=True)
class Consent:
    """One consent (or, when a child gives it themselves, an assent) from the case record.

    ``channels`` and ``purposes`` may hold ``"*"`` for "all". ``given_by_role`` is
    ``self`` when the person consents for themselves (for a child that is assent, not
    consent), or ``parent`` / ``guardian`` / ``agency`` when someone consents for them.
    """

    person_id: str
    given_by: str
    given_by_role: str
    channels: tuple[str, ...]
    purposes: tuple[str, ...]
    content_kinds: tuple[str, ...] = ()
    obtained_by: str = ""
    obtained_on: DateLike = None
    expires_on: DateLike = None
    revoked_on: DateLike = None
    revoked_reason: str = ""
    consent_id: str = ""


@dataclass(frozen=True)
class Boundary:
    """A case-plan or court-ordered limit on contact between two people."""

    from_person_id: str
    to_person_id: str
    kind: str  # no_contact | supervised_only
    channels: tuple[str, ...] = ("*",)  # "*" (or empty): every channel
    starts_on: DateLike = None
    ends_on: DateLike = None
    source: str = "case_plan"  # court_order | case_plan
    boundary_id: str = ""
    note: str = ""


@dataclass(frozen=True)
class ScreeningOutcome:
    """What content screening said; pass None to pre-flight when screening could not run."""

    decision: str  # allow | warn | block
    phi_found: bool = False
    reasons: tuple[str, ...] = ()  # coded content reasons, e.g. ("PERSON", "HEALTH")


@dataclass(frozen=True)
class PreflightFacts:
    actor: Actor | None
    account: AccountRef | None
    purpose: str
    audience: str  # public | private | secure
    recipients: tuple[Person, ...]  # empty for a public post
    consents: tuple[Consent, ...]
    boundaries: tuple[Boundary, ...]
    screening: ScreeningOutcome | None
    today: DateLike
    approval: str = "none"  # none | pending | approved | sent_back
    # People shown in photos or video, or named in a public post. Their consent for the
    # channel, purpose and each content kind is checked, and a contact boundary between
    # one of them and a recipient applies. Do not list people merely mentioned in a
    # private message to someone entitled to hear about them (a child's parent).
    subjects: tuple[Person, ...] = ()
    # Kinds of content carried beyond the text, e.g. ("photos",).
    content_kinds: tuple[str, ...] = ()
    # A supervisor will be present (for supervised-only contact, e.g. a virtual visit).
    supervised: bool = False


class Outcome(StrEnum):
    ALLOW = "allow"
    WARN = "warn"
    NEEDS_APPROVAL = "needs_approval"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        """Block beats needs_approval beats warn beats allow."""
        return _RANK[self]


_RANK = {Outcome.ALLOW: 0, Outcome.WARN: 1, Outcome.NEEDS_APPROVAL: 2, Outcome.BLOCK: 3}


@dataclass(frozen=True)
class Reason:
    code: str
    outcome: Outcome
    message: str
    guidance: str
    person_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "outcome": self.outcome.value,
            "message": self.message,
            "guidance": self.guidance,
            "person_id": self.person_id,
        }


@dataclass(frozen=True)
class PreflightDecision:
    outcome: Outcome
    message: str
    reasons: tuple[Reason, ...]
    policy_id: str | None
    policy_version: str | None
    policy_hash: str | None
    catalogue_version: str | None
    platform: str | None
    purpose: str
    audience: str
    decided_on: str | None  # the "today" the decision was made for, ISO date

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.code for r in self.reasons))

    @property
    def allowed(self) -> bool:
        return self.outcome in (Outcome.ALLOW, Outcome.WARN)

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "message": self.message,
            "reasons": [r.to_dict() for r in self.reasons],
            "policy_id": self.policy_id,
            "policy_version": self.policy_version,
            "policy_hash": self.policy_hash,
            "catalogue_version": self.catalogue_version,
            "platform": self.platform,
            "purpose": self.purpose,
            "audience": self.audience,
            "decided_on": self.decided_on,
        }

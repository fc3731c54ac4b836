"""The agency social media policy, as typed values.

A policy is what the agency administrator decided: which platforms and agency accounts
staff may use, for which purposes and audiences, where PHI may travel, what needs a
supervisor, which contacts are the agency's own, how long records are kept. It is read
from YAML by :mod:`casesafe.policy.load`; this module holds the result and the
questions other parts of CaseSafe ask of it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from casesafe.policy.errors import PolicyError


@dataclass(frozen=True)
class AgencyAccount:
    """An account the agency owns on a platform. ``kind`` is always ``agency``."""

    account_id: str
    kind: str
    handle: str
    display_name: str = ""


@dataclass(frozen=True)
class Baa:
    """A signed business associate agreement on one plan of a platform."""

    signed: bool
    plan: str
    signed_on: dt.date
    expires_on: dt.date | None = None

    def in_force(self, on: dt.date) -> bool:
        return (
            self.signed
            and self.signed_on <= on
            and (self.expires_on is None or on <= self.expires_on)
        )


@dataclass(frozen=True)
class PlatformRule:
    """What the policy allows on one approved platform."""

    platform: str
    accounts: tuple[AgencyAccount, ...]
    purposes: frozenset[str]
    audiences: frozenset[str]
    phi_allowed: bool = False
    baa: Baa | None = None
    minimum_age: int | None = None  # the agency's own minimum, never below the platform's
    approval_required: bool = False  # everything on this platform needs a supervisor
    approval_purposes: frozenset[str] = frozenset()
    note: str = ""

    def account(self, account_id: str) -> AgencyAccount | None:
        return next((a for a in self.accounts if a.account_id == account_id), None)

    def phi_in_force(self, on: dt.date) -> bool:
        """PHI may travel here on ``on``: allowed by policy and the BAA is in force."""
        return self.phi_allowed and self.baa is not None and self.baa.in_force(on)


@dataclass(frozen=True)
class ApprovalRules:
    public_posts: bool = True
    purposes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ConsentRules:
    # From this age a child's own assent is asked for as well as the guardian's consent.
    youth_assent_from_age: int | None = None
    # Purposes where consent cannot be a precondition (e.g. reaching a missing youth).
    not_required_for: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PublicContacts:
    """The agency's own published contact details: never a privacy finding."""

    main_line: str = ""
    office_address: str = ""
    public_email: str = ""
    website: str = ""
    other: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        values = (self.main_line, self.office_address, self.public_email, self.website)
        return tuple(v for v in (*values, *self.other) if v)


@dataclass(frozen=True)
class Retention:
    """How long one kind of record is kept: exactly one of days or years."""

    kind: str
    days: int | None = None
    years: int | None = None

    def as_days(self) -> int:
        """Days, rounding years up to cover leap days, so nothing is purged early."""
        if self.days is not None:
            return self.days
        years = self.years or 0
        return years * 365 + (years + 3) // 4

    def purge_after(self, start: dt.date) -> dt.date:
        """The first day a record created on ``start`` may be purged."""
        if self.days is not None:
            return start + dt.timedelta(days=self.days)
        years = self.years or 0
        try:
            return start.replace(year=start.year + years)
        except ValueError:  # 29 February in a non-leap target year
            return start.replace(year=start.year + years, month=3, day=1)


@dataclass(frozen=True)
class Policy:
    policy_id: str
    version: str
    agency: str
    region: str
    platforms: Mapping[str, PlatformRule]
    approval: ApprovalRules = ApprovalRules()
    consent: ConsentRules = ConsentRules()
    public_contacts: PublicContacts = PublicContacts()
    retention: Mapping[str, Retention] = field(default_factory=lambda: MappingProxyType({}))
    effective_from: dt.date | None = None
    description: str = ""

    # -- questions others ask ------------------------------------------------------
    def rule_for(self, platform: str) -> PlatformRule | None:
        return self.platforms.get(platform)

    def retention_for(self, kind: str) -> Retention | None:
        return self.retention.get(kind)

    def retention_days(self, kind: str) -> int | None:
        """Days to keep ``kind`` records; None when the policy sets no limit for it."""
        rule = self.retention.get(kind)
        return rule.as_days() if rule else None

    def approval_needed(self, platform: str, purpose: str, audience: str) -> bool:
        rule = self.platforms.get(platform)
        return (
            (audience == "public" and self.approval.public_posts)
            or purpose in self.approval.purposes
            or (rule is not None and (rule.approval_required or purpose in rule.approval_purposes))
        )

    # -- identity ------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The normalised policy: what it means, not how it was typed."""
        return {
            "policy_id": self.policy_id,
            "version": self.version,
            "agency": self.agency,
            "region": self.region,
            "effective_from": _iso(self.effective_from),
            "description": self.description,
            "platforms": {slug: _rule_dict(rule) for slug, rule in sorted(self.platforms.items())},
            "approval": {
                "public_posts": self.approval.public_posts,
                "purposes": sorted(self.approval.purposes),
            },
            "consent": {
                "youth_assent_from_age": self.consent.youth_assent_from_age,
                "not_required_for": sorted(self.consent.not_required_for),
            },
            "public_contacts": {
                "main_line": self.public_contacts.main_line,
                "office_address": self.public_contacts.office_address,
                "public_email": self.public_contacts.public_email,
                "website": self.public_contacts.website,
                "other": list(self.public_contacts.other),
            },
            "retention": {
                kind: {"days": r.days} if r.days is not None else {"years": r.years}
                for kind, r in sorted(self.retention.items())
            },
        }

    @functools.cached_property
    def content_hash(self) -> str:
        """SHA-256 of the normalised policy, so reformatting or comments do not change it."""
        canonical = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def stamp(self) -> dict[str, str]:
        return {
            "policy_id": self.policy_id,
            "policy_version": self.version,
            "policy_hash": self.content_hash,
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _rule_dict(rule: PlatformRule) -> dict[str, Any]:
    return {
        "accounts": [
            {
                "id": a.account_id,
                "kind": a.kind,
                "handle": a.handle,
                "display_name": a.display_name,
            }
            for a in rule.accounts
        ],
        "purposes": sorted(rule.purposes),
        "audiences": sorted(rule.audiences),
        "phi_allowed": rule.phi_allowed,
        "baa": None
        if rule.baa is None
        else {
            "signed": rule.baa.signed,
            "plan": rule.baa.plan,
            "signed_on": rule.baa.signed_on.isoformat(),
            "expires_on": _iso(rule.baa.expires_on),
        },
        "minimum_age": rule.minimum_age,
        "approval_required": rule.approval_required,
        "approval_purposes": sorted(rule.approval_purposes),
        "note": rule.note,
    }


def require_policy(policy: Policy | None) -> Policy:
    if policy is None:
        raise PolicyError("no agency policy is loaded")
    return policy

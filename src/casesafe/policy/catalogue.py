"""The platform catalogue: what each channel a caseworker meets can and cannot do safely.

The facts (minimum ages, BAAs, encryption) change, so they are data with a review date
per entry (``data/platforms.yaml``), never constants in code. Minimum ages are stored as
dated rules per region because they do change: WhatsApp's European minimum went from 13
to 16 in 2018 and back to 13 in 2024, and a replayed old decision must use the old rule.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from yaml.nodes import Node

from casesafe.policy._nodes import Issue, NodeReader, iter_items
from casesafe.policy.errors import CatalogueError
from casesafe.policy.vocab import ENCRYPTION_LEVELS, PLATFORM_KINDS, REGIONS


@dataclass(frozen=True)
class AgeRule:
    """A platform's minimum age in one region, in force from ``starts_on`` to ``ends_on``."""

    region: str
    age: int
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None

    def in_force(self, on: dt.date) -> bool:
        return (self.starts_on is None or self.starts_on <= on) and (
            self.ends_on is None or on <= self.ends_on
        )


@dataclass(frozen=True)
class Platform:
    slug: str
    name: str
    kind: str
    audiences: frozenset[str]  # "public" and/or "private": what the platform can reach
    account_required: bool  # does the person we contact need their own account?
    minimum_age_rules: tuple[AgeRule, ...]
    encryption: str
    location_features: tuple[str, ...]
    baa_available: bool
    baa_plans: tuple[str, ...]
    privacy_checklist: tuple[str, ...]
    sources: tuple[str, ...]
    reviewed_on: dt.date
    notes: str = ""
    baa_note: str = ""

    @property
    def public_facing(self) -> bool:
        return "public" in self.audiences

    @property
    def phi_possible(self) -> bool:
        """PHI may only ever travel where a BAA can be signed and nobody public can see it."""
        return self.baa_available and not self.public_facing

    def minimum_age(self, region: str, on: dt.date) -> int | None:
        """The platform's own minimum age in ``region`` on a date (None: no minimum).

        A region-specific rule wins over the ``default`` one; if two rules overlap the
        higher age is used, because under-age contact is the worse mistake.
        """
        for wanted in (region, "default"):
            ages = [r.age for r in self.minimum_age_rules if r.region == wanted and r.in_force(on)]
            if ages:
                return max(ages)
        return None

    def current_minimum_age(self, region: str) -> int | None:
        """The highest open-ended rule for the region: what a policy may not go below."""
        for wanted in (region, "default"):
            ages = [
                r.age for r in self.minimum_age_rules if r.region == wanted and r.ends_on is None
            ]
            if ages:
                return max(ages)
        return None

    def to_dict(self) -> dict[str, object]:
        return {
            "slug": self.slug,
            "name": self.name,
            "kind": self.kind,
            "audiences": sorted(self.audiences),
            "public_facing": self.public_facing,
            "account_required": self.account_required,
            "minimum_age": [
                {
                    "region": r.region,
                    "age": r.age,
                    "from": r.starts_on.isoformat() if r.starts_on else None,
                    "until": r.ends_on.isoformat() if r.ends_on else None,
                }
                for r in self.minimum_age_rules
            ],
            "encryption": self.encryption,
            "location_features": list(self.location_features),
            "baa": {
                "available": self.baa_available,
                "plans": list(self.baa_plans),
                "note": self.baa_note,
            },
            "phi_possible": self.phi_possible,
            "privacy_checklist": list(self.privacy_checklist),
            "sources": list(self.sources),
            "reviewed_on": self.reviewed_on.isoformat(),
            "notes": self.notes,
        }


@dataclass(frozen=True)
class Catalogue:
    version: str
    platforms: Mapping[str, Platform]
    content_hash: str

    def get(self, slug: str) -> Platform | None:
        return self.platforms.get(slug)

    def __contains__(self, slug: object) -> bool:
        return slug in self.platforms

    def slugs(self) -> tuple[str, ...]:
        return tuple(self.platforms)


_PLATFORM_KEYS = (
    "name",
    "kind",
    "audiences",
    "account_required",
    "minimum_age",
    "encryption",
    "location_features",
    "baa",
    "privacy_checklist",
    "sources",
    "reviewed_on",
    "notes",
)


def _read_age_rules(reader: NodeReader, node: Node, slug: str) -> tuple[AgeRule, ...]:
    items = reader.sequence(node, f"minimum_age of '{slug}'")
    rules: list[AgeRule] = []
    for item in items or []:
        fields = reader.mapping(item, f"a minimum_age rule of '{slug}'")
        if fields is None:
            continue
        reader.check_keys(
            item,
            fields,
            "a minimum_age rule",
            ("region", "age", "from", "until"),
            ("region", "age"),
        )
        region = reader.string(fields["region"][1], "region") if "region" in fields else None
        if region is not None and region not in REGIONS:
            reader.error(fields["region"][1], f"unknown region '{region}'")
            region = None
        age = (
            reader.integer(fields["age"][1], "age", minimum=0, maximum=21)
            if "age" in fields
            else None
        )
        starts = reader.date(fields["from"][1], "from") if "from" in fields else None
        ends = reader.date(fields["until"][1], "until") if "until" in fields else None
        if starts and ends and ends < starts:
            reader.error(item, f"minimum_age rule of '{slug}' ends before it starts")
        if region is not None and age is not None:
            rules.append(AgeRule(region, age, starts, ends))
    return tuple(rules)


def _read_strings(reader: NodeReader, node: Node, what: str) -> tuple[str, ...]:
    values = [reader.string(n, f"an entry of {what}") for n in reader.sequence(node, what) or []]
    return tuple(v for v in values if v)


def _read_platform(reader: NodeReader, slug: str, node: Node) -> Platform | None:
    what = f"platform '{slug}'"
    fields = reader.mapping(node, what)
    if fields is None:
        return None
    reader.check_keys(node, fields, what, _PLATFORM_KEYS, _PLATFORM_KEYS[:-1])
    get = {k: v for k, (_, v) in fields.items()}
    name = reader.string(get["name"], "name") if "name" in get else None
    kind = reader.string(get["kind"], "kind") if "kind" in get else None
    if kind is not None and kind not in PLATFORM_KINDS:
        reader.error(get["kind"], f"unknown platform kind '{kind}'")
    audiences = (
        reader.slug_list(get["audiences"], "audiences", ("public", "private"))
        if "audiences" in get
        else None
    )
    encryption = reader.string(get["encryption"], "encryption") if "encryption" in get else None
    if encryption is not None and encryption not in ENCRYPTION_LEVELS:
        reader.error(get["encryption"], f"unknown encryption level '{encryption}'")
    baa_available: bool | None = None
    baa_plans: tuple[str, ...] = ()
    baa_note = ""
    if "baa" in get:
        baa = reader.mapping(get["baa"], f"baa of '{slug}'")
        if baa is not None:
            reader.check_keys(
                get["baa"], baa, "baa", ("available", "plans", "note"), ("available",)
            )
            baa_available = (
                reader.boolean(baa["available"][1], "available") if "available" in baa else None
            )
            if "plans" in baa:
                baa_plans = _read_strings(reader, baa["plans"][1], "plans")
            if "note" in baa:
                baa_note = reader.string(baa["note"][1], "note", allow_empty=True) or ""
            if baa_available and not baa_plans:
                reader.error(get["baa"], f"'{slug}' says a BAA is available but names no plan")
            if baa_available is False and baa_plans:
                reader.error(get["baa"], f"'{slug}' lists BAA plans but says none is available")
    reviewed = reader.date(get["reviewed_on"], "reviewed_on") if "reviewed_on" in get else None
    values = (
        name,
        kind,
        audiences,
        encryption,
        baa_available,
        reviewed,
    )
    account_required = (
        reader.boolean(get["account_required"], "account_required")
        if "account_required" in get
        else None
    )
    rules = _read_age_rules(reader, get["minimum_age"], slug) if "minimum_age" in get else ()
    location = (
        _read_strings(reader, get["location_features"], "location_features")
        if "location_features" in get
        else ()
    )
    checklist = (
        _read_strings(reader, get["privacy_checklist"], "privacy_checklist")
        if "privacy_checklist" in get
        else ()
    )
    sources = _read_strings(reader, get["sources"], "sources") if "sources" in get else ()
    notes = reader.string(get["notes"], "notes", allow_empty=True) if "notes" in get else ""
    if any(v is None for v in values) or account_required is None:
        return None
    assert name and kind and audiences is not None and encryption and reviewed  # for mypy
    platform = Platform(
        slug=slug,
        name=name,
        kind=kind,
        audiences=frozenset(audiences),
        account_required=account_required,
        minimum_age_rules=rules,
        encryption=encryption,
        location_features=location,
        baa_available=bool(baa_available),
        baa_plans=baa_plans,
        privacy_checklist=checklist,
        sources=sources,
        reviewed_on=reviewed,
        notes=notes or "",
        baa_note=baa_note,
    )
    if platform.public_facing and platform.baa_available:
        reader.error(
            node, f"'{slug}' reaches the public and so can never carry PHI; remove its BAA"
        )
    if not checklist:
        reader.error(node, f"'{slug}' needs a privacy_checklist")
    return platform


def parse_catalogue(text: str) -> tuple[Catalogue | None, list[Issue]]:
    reader = NodeReader()
    root = reader.compose(text)
    if root is None:
        return None, reader.sorted_issues()
    top = reader.mapping(root, "the catalogue")
    if top is None:
        return None, reader.sorted_issues()
    reader.check_keys(
        root,
        top,
        "the catalogue",
        ("catalogue_version", "platforms"),
        ("catalogue_version", "platforms"),
    )
    version = (
        reader.string(top["catalogue_version"][1], "catalogue_version")
        if "catalogue_version" in top
        else None
    )
    platforms: dict[str, Platform] = {}
    if "platforms" in top:
        entries = reader.mapping(top["platforms"][1], "platforms")
        for slug, key_node, value_node in iter_items(entries):
            if reader.slug(key_node, "platform slug") is None:
                continue
            platform = _read_platform(reader, slug, value_node)
            if platform is not None:
                platforms[slug] = platform
    issues = reader.sorted_issues()
    if issues or version is None:
        return None, issues
    digest = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Catalogue(version, MappingProxyType(platforms), digest), []


def load_catalogue_text(text: str) -> Catalogue:
    catalogue, issues = parse_catalogue(text)
    if catalogue is None:
        raise CatalogueError("the platform catalogue is invalid", issues)
    return catalogue


@functools.cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped with CaseSafe (read once per process)."""
    text = resources.files("casesafe.policy").joinpath("data/platforms.yaml").read_text("utf-8")
    return load_catalogue_text(text)

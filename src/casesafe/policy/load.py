"""Reading and validating an agency policy file.

``validate_policy_text`` returns every problem with its line, so an administrator can
fix a file in one pass; ``load_policy`` / ``parse_policy`` raise
:class:`PolicyValidationError` carrying the same list. Validation needs the platform
catalogue: a policy may only approve platforms CaseSafe knows, never let PHI travel
where no BAA can exist, and never lower a platform's own minimum age.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from yaml.nodes import Node

from casesafe.policy._nodes import Issue, NodeReader, iter_items
from casesafe.policy.catalogue import Catalogue, Platform, default_catalogue
from casesafe.policy.errors import PolicyError, PolicyValidationError
from casesafe.policy.schema import (
    AgencyAccount,
    ApprovalRules,
    Baa,
    ConsentRules,
    PlatformRule,
    Policy,
    PublicContacts,
    Retention,
)
from casesafe.policy.vocab import AUDIENCES, PURPOSES, RECORD_KINDS, REGIONS

_TOP_KEYS = (
    "policy_id",
    "version",
    "agency",
    "region",
    "effective_from",
    "description",
    "platforms",
    "approval",
    "consent",
    "public_contacts",
    "retention",
)
_RULE_KEYS = (
    "accounts",
    "purposes",
    "audiences",
    "phi_allowed",
    "baa",
    "minimum_age",
    "approval_required",
    "approval_purposes",
    "note",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ValidationResult:
    policy: Policy | None
    issues: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return self.policy is not None and not self.issues


class _PolicyReader(NodeReader):
    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.account_ids: dict[str, int] = {}

    # -- platforms -----------------------------------------------------------------
    def accounts(self, node: Node, slug: str) -> tuple[AgencyAccount, ...]:
        items = self.sequence(node, f"accounts of '{slug}'")
        if items is not None and not items:
            self.error(node, f"'{slug}' needs at least one agency account")
        result: list[AgencyAccount] = []
        for item in items or []:
            what = f"an account on '{slug}'"
            fields = self.mapping(item, what)
            if fields is None:
                continue
            self.check_keys(
                item,
                fields,
                what,
                ("id", "kind", "handle", "display_name"),
                ("id", "kind", "handle"),
            )
            account_id = self.slug(fields["id"][1], "account id") if "id" in fields else None
            kind = self.string(fields["kind"][1], "account kind") if "kind" in fields else None
            handle = self.string(fields["handle"][1], "handle") if "handle" in fields else None
            name = (
                self.string(fields["display_name"][1], "display_name", allow_empty=True)
                if "display_name" in fields
                else ""
            )
            if kind is not None and kind != "agency":
                self.error(
                    fields["kind"][1],
                    f"account kind on '{slug}' must be 'agency', not '{kind}': staff may only "
                    "use agency accounts, never personal ones",
                )
                kind = None
            if account_id is not None:
                if account_id in self.account_ids:
                    first = self.account_ids[account_id]
                    self.error(
                        fields["id"][1],
                        f"account id '{account_id}' is used twice (first on line {first})",
                    )
                else:
                    self.account_ids[account_id] = int(fields["id"][1].start_mark.line) + 1
            if account_id and kind and handle:
                result.append(AgencyAccount(account_id, kind, handle, name or ""))
        return tuple(result)

    def baa(self, node: Node, slug: str, platform: Platform | None) -> Baa | None:
        what = f"baa of '{slug}'"
        fields = self.mapping(node, what)
        if fields is None:
            return None
        self.check_keys(
            node,
            fields,
            what,
            ("signed", "plan", "signed_on", "expires_on"),
            ("signed", "plan", "signed_on"),
        )
        signed = self.boolean(fields["signed"][1], "signed") if "signed" in fields else None
        plan = self.string(fields["plan"][1], "plan") if "plan" in fields else None
        signed_on = (
            self.date(fields["signed_on"][1], "signed_on") if "signed_on" in fields else None
        )
        expires_on = (
            self.date(fields["expires_on"][1], "expires_on") if "expires_on" in fields else None
        )
        if platform is not None and plan is not None:
            if not platform.baa_available:
                self.error(node, f"the catalogue says no BAA is available for '{slug}'")
            elif plan.casefold() not in {p.casefold() for p in platform.baa_plans}:
                self.error(
                    fields["plan"][1],
                    f"plan '{plan}' of '{slug}' has no BAA in the catalogue "
                    f"(plans with a BAA: {', '.join(platform.baa_plans)})",
                )
        if signed_on and expires_on and expires_on < signed_on:
            self.error(fields["expires_on"][1], f"the BAA of '{slug}' expires before it was signed")
        if signed is None or plan is None or signed_on is None:
            return None
        return Baa(signed, plan, signed_on, expires_on)

    def rule(self, slug: str, key_node: Node, node: Node, region: str) -> PlatformRule | None:
        what = f"platform '{slug}'"
        platform = self.catalogue.get(slug)
        if platform is None:
            self.error(key_node, f"platform '{slug}' is not in the catalogue")
        fields = self.mapping(node, what)
        if fields is None:
            return None
        self.check_keys(node, fields, what, _RULE_KEYS, ("accounts", "purposes", "audiences"))
        get = {k: v for k, (_, v) in fields.items()}
        accounts = self.accounts(get["accounts"], slug) if "accounts" in get else ()
        purposes = (
            self.slug_list(get["purposes"], f"purposes of '{slug}'", PURPOSES)
            if "purposes" in get
            else None
        )
        if purposes is not None and not purposes and "purposes" in get:
            self.error(get["purposes"], f"'{slug}' needs at least one purpose")
        audiences = (
            self.slug_list(get["audiences"], f"audiences of '{slug}'", AUDIENCES)
            if "audiences" in get
            else None
        )
        phi = self.boolean(get["phi_allowed"], "phi_allowed") if "phi_allowed" in get else False
        baa = self.baa(get["baa"], slug, platform) if "baa" in get else None
        minimum_age = (
            self.integer(get["minimum_age"], "minimum_age", minimum=0, maximum=21)
            if "minimum_age" in get
            else None
        )
        approval_required = (
            self.boolean(get["approval_required"], "approval_required")
            if "approval_required" in get
            else False
        )
        approval_purposes = (
            self.slug_list(get["approval_purposes"], f"approval_purposes of '{slug}'", PURPOSES)
            if "approval_purposes" in get
            else []
        )
        note = self.string(get["note"], "note", allow_empty=True) if "note" in get else ""

        if phi and "phi_allowed" in get:
            if platform is not None and not platform.phi_possible:
                why = (
                    "it reaches the public"
                    if platform.public_facing
                    else "the catalogue says no BAA is available"
                )
                self.error(get["phi_allowed"], f"phi_allowed on '{slug}' but {why}")
            elif baa is None and "baa" not in get:
                self.error(
                    get["phi_allowed"],
                    f"phi_allowed on '{slug}' needs a signed BAA: add "
                    "baa: {signed: true, plan: ..., signed_on: YYYY-MM-DD}",
                )
            elif baa is not None and not baa.signed:
                self.error(get["baa"], f"phi_allowed on '{slug}' but its BAA is not signed")
        if purposes and "health_information" in purposes and phi is False:
            self.error(
                get["purposes"],
                f"purpose 'health_information' on '{slug}' needs phi_allowed: true and a signed BAA",
            )
        if platform is not None and audiences:
            for audience in audiences:
                if audience == "secure" and phi is False:
                    self.error(
                        get["audiences"], f"audience 'secure' on '{slug}' needs phi_allowed: true"
                    )
                elif audience in ("public", "private") and audience not in platform.audiences:
                    self.error(
                        get["audiences"],
                        f"audience '{audience}' is not possible on '{slug}' "
                        f"(it reaches: {', '.join(sorted(platform.audiences))})",
                    )
        if platform is not None and minimum_age is not None:
            floor = platform.current_minimum_age(region)
            if floor is not None and minimum_age < floor:
                self.error(
                    get["minimum_age"],
                    f"minimum_age {minimum_age} on '{slug}' is below the platform's own "
                    f"minimum of {floor}; an agency may raise it, never lower it",
                )
        if approval_purposes and purposes is not None:
            for extra in sorted(set(approval_purposes) - set(purposes)):
                self.error(
                    get["approval_purposes"],
                    f"approval_purposes of '{slug}' names '{extra}', which is not approved there",
                )
        if platform is None or purposes is None or audiences is None or phi is None:
            return None
        if approval_required is None or "accounts" not in get:
            return None
        return PlatformRule(
            platform=slug,
            accounts=accounts,
            purposes=frozenset(purposes),
            audiences=frozenset(audiences),
            phi_allowed=phi,
            baa=baa,
            minimum_age=minimum_age,
            approval_required=approval_required,
            approval_purposes=frozenset(approval_purposes or ()),
            note=note or "",
        )

    # -- other sections ------------------------------------------------------------
    def approval(self, node: Node) -> ApprovalRules:
        fields = self.mapping(node, "approval")
        if fields is None:
            return ApprovalRules()
        self.check_keys(node, fields, "approval", ("public_posts", "purposes"))
        public = (
            self.boolean(fields["public_posts"][1], "public_posts")
            if "public_posts" in fields
            else True
        )
        purposes = (
            self.slug_list(fields["purposes"][1], "approval purposes", PURPOSES)
            if "purposes" in fields
            else []
        )
        # A missing or broken value falls back to the stricter reading.
        return ApprovalRules(public_posts=public is not False, purposes=frozenset(purposes or ()))

    def consent(self, node: Node) -> ConsentRules:
        fields = self.mapping(node, "consent")
        if fields is None:
            return ConsentRules()
        self.check_keys(node, fields, "consent", ("youth_assent_from_age", "not_required_for"))
        age = (
            self.integer(
                fields["youth_assent_from_age"][1], "youth_assent_from_age", minimum=0, maximum=21
            )
            if "youth_assent_from_age" in fields
            else None
        )
        exempt = (
            self.slug_list(fields["not_required_for"][1], "not_required_for", PURPOSES)
            if "not_required_for" in fields
            else []
        )
        return ConsentRules(youth_assent_from_age=age, not_required_for=frozenset(exempt or ()))

    def public_contacts(self, node: Node) -> PublicContacts:
        fields = self.mapping(node, "public_contacts")
        if fields is None:
            return PublicContacts()
        keys = ("main_line", "office_address", "public_email", "website", "other")
        self.check_keys(node, fields, "public_contacts", keys)
        values: dict[str, str] = {}
        for key in keys[:-1]:
            if key in fields:
                values[key] = self.string(fields[key][1], key) or ""
        if values.get("public_email") and not _EMAIL.match(values["public_email"]):
            self.error(
                fields["public_email"][1],
                f"public_email '{values['public_email']}' is not an email address",
            )
        if values.get("main_line") and sum(c.isdigit() for c in values["main_line"]) < 7:
            self.error(
                fields["main_line"][1],
                f"main_line '{values['main_line']}' does not look like a phone number",
            )
        other: list[str] = []
        if "other" in fields:
            for item in self.sequence(fields["other"][1], "other public contacts") or []:
                value = self.string(item, "an entry of other public contacts")
                if value:
                    other.append(value)
        return PublicContacts(other=tuple(other), **values)

    def retention(self, node: Node) -> dict[str, Retention]:
        result: dict[str, Retention] = {}
        fields = self.mapping(node, "retention", label="retention for")
        for kind, key_node, value_node in iter_items(fields):
            if kind not in RECORD_KINDS:
                self.error(
                    key_node,
                    f"unknown record kind '{kind}' in retention (expected one of: {', '.join(RECORD_KINDS)})",
                )
                continue
            period = self.mapping(value_node, f"retention for '{kind}'")
            if period is None:
                continue
            self.check_keys(value_node, period, f"retention for '{kind}'", ("days", "years"))
            if len(set(period) & {"days", "years"}) != 1:
                self.error(value_node, f"retention for '{kind}' needs exactly one of days or years")
                continue
            if "days" in period:
                days = self.integer(period["days"][1], "days", minimum=1, maximum=36500)
                if days is not None:
                    result[kind] = Retention(kind, days=days)
            else:
                years = self.integer(period["years"][1], "years", minimum=1, maximum=100)
                if years is not None:
                    result[kind] = Retention(kind, years=years)
        return result

    # -- the document --------------------------------------------------------------
    def policy(self, root: Node) -> Policy | None:
        top = self.mapping(root, "the policy")
        if top is None:
            return None
        self.check_keys(
            root, top, "the policy", _TOP_KEYS, ("policy_id", "version", "agency", "platforms")
        )
        get = {k: v for k, (_, v) in top.items()}
        policy_id = self.slug(get["policy_id"], "policy_id") if "policy_id" in get else None
        version = self.string(get["version"], "version") if "version" in get else None
        agency = self.string(get["agency"], "agency") if "agency" in get else None
        region = self.string(get["region"], "region") if "region" in get else "us"
        if region is not None and region not in REGIONS[1:]:
            self.error(
                get["region"],
                f"unknown region '{region}' (expected one of: {', '.join(REGIONS[1:])})",
            )
            region = None
        effective = (
            self.date(get["effective_from"], "effective_from") if "effective_from" in get else None
        )
        description = (
            self.string(get["description"], "description", allow_empty=True)
            if "description" in get
            else ""
        )
        rules: dict[str, PlatformRule] = {}
        if "platforms" in get:
            entries = self.mapping(get["platforms"], "platforms", label="platform")
            if entries is not None and not entries:
                self.error(get["platforms"], "the policy approves no platform")
            for slug, key_node, value_node in iter_items(entries):
                rule = self.rule(slug, key_node, value_node, region or "us")
                if rule is not None:
                    rules[slug] = rule
        approval = self.approval(get["approval"]) if "approval" in get else ApprovalRules()
        consent = self.consent(get["consent"]) if "consent" in get else ConsentRules()
        contacts = (
            self.public_contacts(get["public_contacts"])
            if "public_contacts" in get
            else PublicContacts()
        )
        retention = self.retention(get["retention"]) if "retention" in get else {}
        if self.issues or not (policy_id and version and agency and region):
            return None
        return Policy(
            policy_id=policy_id,
            version=version,
            agency=agency,
            region=region,
            platforms=MappingProxyType(rules),
            approval=approval,
            consent=consent,
            public_contacts=contacts,
            retention=MappingProxyType(retention),
            effective_from=effective,
            description=description or "",
        )


def validate_policy_text(text: str, catalogue: Catalogue | None = None) -> ValidationResult:
    """Every problem in a policy document, with lines; the policy when there are none."""
    reader = _PolicyReader(catalogue or default_catalogue())
    root = reader.compose(text)
    policy = reader.policy(root) if root is not None else None
    issues = tuple(reader.sorted_issues())
    if issues:
        return ValidationResult(None, issues)
    if policy is None:  # pragma: no cover - every None path records an issue
        return ValidationResult(None, (Issue(None, "the policy could not be read"),))
    return ValidationResult(policy, ())


def parse_policy(text: str, catalogue: Catalogue | None = None) -> Policy:
    result = validate_policy_text(text, catalogue)
    if result.policy is None:
        raise PolicyValidationError("the policy is invalid", result.issues)
    return result.policy


def read_policy_file(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PolicyError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: not a UTF-8 text file") from exc
    except OSError as exc:
        raise PolicyError(f"{path}: cannot be read ({exc.strerror})") from exc


def load_policy(path: str | Path, catalogue: Catalogue | None = None) -> Policy:
    return parse_policy(read_policy_file(path), catalogue)


def demo_policy_text() -> str:
    return resources.files("casesafe.policy").joinpath("data/demo-policy.yaml").read_text("utf-8")


def demo_policy() -> Policy:
    """The demo agency's policy shipped with CaseSafe ("Demo County Children's Services")."""
    return parse_policy(demo_policy_text())

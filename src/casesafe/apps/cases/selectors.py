"""Reads of cases, always starting from the acting user (deny by default).

Who sees what (docs/decisions/0003-case-access.md):
- a caseworker opens the cases assigned to them;
- a supervisor opens the cases of the units they supervise;
- an administrator lists the agency's cases (reference, unit, workers, status) but opens
  a case only when assigned to it or after breaking the glass;
- anyone else in the agency (caseworker, supervisor, administrator) may break the glass
  with a typed reason, for `BREAK_GLASS_MINUTES`;
- another agency never learns that a case exists (404, not 403).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from casesafe import policy as pol
from casesafe.apps.accounts.access import (
    AccessDenied,
    agency_scope,
    has_role,
    is_member,
    supervised_unit_ids,
)
from casesafe.apps.cases.models import (
    BreakGlass,
    Case,
    CasePerson,
    Consent,
    ContactBoundary,
    PolicyVersion,
    Relationship,
)

BREAK_GLASS_MINUTES = 60
BREAK_GLASS_ROLES = ("caseworker", "supervisor", "administrator")


# --------------------------------------------------------------------------- access


def active_break_glass(user: Any, case: Case) -> BreakGlass | None:
    if not is_member(user):
        return None
    return (
        BreakGlass.objects.filter(user=user, case=case, expires_at__gt=timezone.now())
        .order_by("-expires_at")
        .first()
    )


def case_access_kind(user: Any, case: Case) -> str | None:
    """How `user` may open `case`: assigned, supervisor, break_glass, or None."""
    if not is_member(user) or case.agency_id != user.agency_id:
        return None
    if case.assigned_workers.filter(pk=user.pk).exists():
        return "assigned"
    if case.unit_id is not None and case.unit_id in supervised_unit_ids(user):
        return "supervisor"
    if active_break_glass(user, case) is not None:
        return "break_glass"
    return None


def case_in_agency(user: Any, pk: int) -> Case:
    """The case if it belongs to the user's agency; 404 otherwise (existence not revealed)."""
    case = agency_scope(user, Case.objects.all()).select_related("unit").filter(pk=pk).first()
    if case is None:
        raise Http404("No such case.")
    return case


def case_get(user: Any, pk: int) -> tuple[Case, str]:
    """The case and how the user may open it; AccessDenied when outside their caseload."""
    case = case_in_agency(user, pk)
    kind = case_access_kind(user, case)
    if kind is None:
        raise AccessDenied("This case is not in your caseload.")
    return case, kind


def case_by_reference(user: Any, reference: str) -> tuple[Case, str]:
    case = agency_scope(user, Case.objects.all()).filter(reference=reference).first()
    if case is None:
        raise Http404("No such case.")
    return case_get(user, case.pk)


def can_break_glass(user: Any, case: Case) -> bool:
    return (
        has_role(user, *BREAK_GLASS_ROLES)
        and case.agency_id == user.agency_id
        and case_access_kind(user, case) is None
    )


def can_manage_case(user: Any, case: Case) -> bool:
    """Unit, workers and status: the case unit's supervisors and the agency's administrators."""
    if not is_member(user) or case.agency_id != user.agency_id:
        return False
    return has_role(user, "administrator") or (
        case.unit_id is not None and case.unit_id in supervised_unit_ids(user)
    )


# --------------------------------------------------------------------------- lists


def cases_for_user(user: Any, scope: str = "mine") -> QuerySet[Case]:
    """`mine`: assigned or supervised; `unit`: the user's unit (listing only); `agency`:
    every case of the agency, for administrators (listing only)."""
    base = agency_scope(user, Case.objects.all()).select_related("unit")
    if not is_member(user):
        return base.none()
    if scope == "mine":
        units = supervised_unit_ids(user)
        return base.filter(Q(assigned_workers=user) | Q(unit_id__in=units)).distinct()
    if scope == "unit":
        units = supervised_unit_ids(user) | ({user.unit_id} if user.unit_id else set())
        return base.filter(unit_id__in=units).distinct()
    if scope == "agency" and has_role(user, "administrator"):
        return base
    return base.none()


def cases_with_child_boundaries(cases: QuerySet[Case]) -> set[int]:
    """Ids of the cases where a current boundary protects a child: flagged in lists."""
    today = timezone.localdate()
    return set(
        ContactBoundary.objects.filter(
            case__in=cases,
            superseded_at__isnull=True,
            to_person__role__in=("child", "sibling"),
        )
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .values_list("case_id", flat=True)
    )


def break_glass_for_review(user: Any) -> QuerySet[BreakGlass]:
    """Openings of cases in the units `user` supervises that nobody has reviewed yet."""
    units = supervised_unit_ids(user)
    return (
        BreakGlass.objects.filter(
            case__agency_id=user.agency_id, case__unit_id__in=units, reviewed_at__isnull=True
        )
        .select_related("case", "user")
        .order_by("-opened_at")
    )


# --------------------------------------------------------------------------- case content


def case_people(case: Case) -> list[CasePerson]:
    return list(case.people.all())


def case_relationships(case: Case) -> list[Relationship]:
    return list(case.relationships.select_related("from_person", "to_person"))


def case_boundaries(case: Case, *, current_only: bool = True) -> list[ContactBoundary]:
    qs = case.boundaries.select_related("from_person", "to_person")
    if current_only:
        qs = qs.filter(superseded_at__isnull=True)
    return list(qs)


def case_consents(case: Case) -> list[Consent]:
    return list(case.consents.select_related("person", "given_by", "revocation", "obtained_by"))


# --------------------------------------------------------------------------- policy facts


def _person_fact(p: CasePerson) -> pol.Person:
    return pol.Person(person_id=str(p.pk), role=p.role, name=p.name, birth_date=p.birth_date)


def _consent_fact(c: Consent) -> pol.Consent:
    revocation = c.revocation_or_none
    return pol.Consent(
        person_id=str(c.person_id),
        given_by=str(c.given_by_id) if c.given_by_id else "agency",
        given_by_role=c.given_by_role,
        channels=tuple(c.channels),
        purposes=tuple(c.purposes),
        content_kinds=tuple(c.content_kinds),
        obtained_by=str(c.obtained_by_id or ""),
        obtained_on=c.obtained_on,
        expires_on=c.expires_on,
        revoked_on=revocation.revoked_on if revocation else None,
        revoked_reason="revoked" if revocation else "",
        consent_id=str(c.pk),
    )


def _boundary_fact(b: ContactBoundary) -> pol.Boundary:
    return pol.Boundary(
        from_person_id=str(b.from_person_id),
        to_person_id=str(b.to_person_id),
        kind=b.kind,
        channels=tuple(b.channels) or ("*",),
        starts_on=b.starts_on,
        ends_on=b.ends_on,
        source=b.source,
        boundary_id=str(b.pk),
    )


@dataclass(frozen=True)
class CaseFacts:
    """What pre-flight needs from the case record, as `casesafe.policy` facts."""

    people: tuple[pol.Person, ...]
    consents: tuple[pol.Consent, ...]
    boundaries: tuple[pol.Boundary, ...]

    def person(self, person_id: int | str) -> pol.Person | None:
        return next((p for p in self.people if p.person_id == str(person_id)), None)


def case_policy_facts(user: Any, case: Case) -> CaseFacts:
    """People, consents (revoked ones included, so pre-flight can say so) and current
    boundaries of a case the user may open. Person ids are CasePerson primary keys."""
    if case_access_kind(user, case) is None:
        raise AccessDenied("This case is not in your caseload.")
    return CaseFacts(
        people=tuple(_person_fact(p) for p in case_people(case)),
        consents=tuple(_consent_fact(c) for c in case_consents(case)),
        boundaries=tuple(_boundary_fact(b) for b in case_boundaries(case)),
    )


# --------------------------------------------------------------------------- case context


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def case_context_for(case: Case) -> dict[str, Any]:
    """The case file of the screening spec; callers have checked access."""
    people_out: list[dict[str, Any]] = []
    places: list[str] = []

    def add_place(value: str) -> None:
        if value and value not in places:
            places.append(value)

    language = None
    for p in case_people(case):
        entry: dict[str, Any] = {"name": p.name, "role": p.role, "aliases": list(p.aliases)}
        if p.birth_date:
            entry["birth_date"] = p.birth_date
        for key, values in (
            ("school", p.schools),
            ("address", p.addresses),
            ("phone", p.phones),
            ("email", p.emails),
        ):
            if values:
                entry[key] = values[0]
            # The case file has one of each per person; the others still need finding.
            for extra in values[1:]:
                add_place(extra)
        if p.handles:
            entry["handles"] = list(p.handles)
        for value in [*p.schools, *p.places]:
            add_place(value)
        if language is None and p.preferred_language and p.role in ("parent", "foster_parent"):
            language = p.preferred_language
        people_out.append(entry)
    data: dict[str, Any] = {"case_id": case.reference, "people": people_out, "places": places}
    if language:
        data["preferred_language"] = language
    return data


def case_context(user: Any, case: Case) -> dict[str, Any]:
    """The case file for screening a message about `case`, for someone who may open it."""
    if case_access_kind(user, case) is None:
        raise AccessDenied("This case is not in your caseload.")
    return case_context_for(case)


def case_choices_for_checks(user: Any) -> list[tuple[int, str]]:
    """(id, reference) of the cases a worker may screen messages against."""
    return list(cases_for_user(user, "mine").values_list("pk", "reference"))


# --------------------------------------------------------------------------- policy


def active_policy_version(agency: Any) -> PolicyVersion | None:
    return PolicyVersion.objects.filter(agency=agency, active=True).first()


@functools.lru_cache(maxsize=64)
def _parsed(content_hash: str, text: str) -> pol.Policy:
    return pol.parse_policy(text)


def active_policy(agency: Any) -> pol.Policy | None:
    """The agency's policy in force, parsed once per content hash; None when there is none
    (pre-flight then blocks with POLICY_MISSING)."""
    version = active_policy_version(agency)
    if version is None:
        return None
    return _parsed(version.content_hash, version.yaml_text)


def policy_versions(user: Any) -> QuerySet[PolicyVersion]:
    return agency_scope(user, PolicyVersion.objects.all()).select_related("uploaded_by")


@functools.lru_cache(maxsize=1)
def catalogue() -> pol.Catalogue:
    return pol.default_catalogue()


def contact_grid(case: Case, policy: pol.Policy | None, today: dt.date) -> list[dict[str, Any]]:
    """Per person: which approved channel and purpose may carry a clean message, and
    why not where it may not (built by `casesafe.policy.contact_overview`)."""
    people = [p for p in case_people(case) if p.role != "caseworker"]
    if policy is None or not people:
        return []
    facts = [_person_fact(p) for p in people]
    consents = [_consent_fact(c) for c in case_consents(case)]
    statuses = pol.contact_overview(facts, consents, policy, catalogue(), today)
    names = {slug: p.name for slug, p in catalogue().platforms.items()}
    rows = []
    for person in people:
        mine = [s for s in statuses if s.person_id == str(person.pk)]
        allowed: dict[str, list[str]] = {}
        refused: list[dict[str, str]] = []
        for s in mine:
            label = names.get(s.platform, s.platform)
            if s.outcome in (pol.Outcome.ALLOW, pol.Outcome.WARN):
                allowed.setdefault(label, []).append(s.purpose.replace("_", " "))
            else:
                refused.append(
                    {
                        "platform": label,
                        "purpose": s.purpose.replace("_", " "),
                        "why": " ".join(r.message for r in s.reasons) or "not allowed",
                    }
                )
        rows.append(
            {
                "person": person,
                "allowed": sorted(allowed.items()),
                "refused": refused,
            }
        )
    return rows

"""/api/v1/cases: the same selectors and services as the case pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from casesafe.apps.accounts.access import AccessDenied
from casesafe.apps.cases import selectors, services
from casesafe.apps.cases.models import Case, CasePerson, Consent
from casesafe.apps.core.audit import access_event

router = Router(tags=["cases"])


class CaseOut(Schema):
    id: int
    reference: str
    unit: str | None
    status: str
    assigned: list[str]
    can_open: bool


class PersonOut(Schema):
    id: int
    role: str
    relationship: str
    name: str
    aliases: list[str]
    birth_date: str | None
    preferred_language: str


class ConsentOut(Schema):
    id: int
    person_id: int
    given_by_id: int | None
    given_by_role: str
    channels: list[str]
    purposes: list[str]
    content_kinds: list[str]
    obtained_on: dt.date
    expires_on: dt.date | None
    revoked_on: dt.date | None
    has_evidence: bool
    state: str


class BoundaryOut(Schema):
    id: int
    from_person_id: int
    to_person_id: int
    kind: str
    channels: list[str]
    starts_on: dt.date | None
    ends_on: dt.date | None
    source: str


class CaseDetailOut(CaseOut):
    people: list[PersonOut]
    consents: list[ConsentOut]
    boundaries: list[BoundaryOut]


class ConsentIn(Schema):
    person_id: int
    given_by_id: int | None = None
    given_by_role: str
    channels: list[str]
    purposes: list[str]
    content_kinds: list[str] = []
    obtained_on: dt.date
    expires_on: dt.date | None = None


class RevokeIn(Schema):
    revoked_on: dt.date
    reason: str


def _case_out(user: Any, case: Case) -> dict[str, Any]:
    return {
        "id": case.pk,
        "reference": case.reference,
        "unit": case.unit.name if case.unit else None,
        "status": case.status,
        "assigned": [w.username for w in case.assigned_workers.all()],
        "can_open": selectors.case_access_kind(user, case) is not None,
    }


def _consent_out(c: Consent, today: dt.date) -> dict[str, Any]:
    revocation = c.revocation_or_none
    return {
        "id": c.pk,
        "person_id": c.person_id,
        "given_by_id": c.given_by_id,
        "given_by_role": c.given_by_role,
        "channels": c.channels,
        "purposes": c.purposes,
        "content_kinds": c.content_kinds,
        "obtained_on": c.obtained_on,
        "expires_on": c.expires_on,
        "revoked_on": revocation.revoked_on if revocation else None,
        "has_evidence": bool(c.evidence_path),
        "state": c.state_on(today),
    }


def _open(request: HttpRequest, case_id: int, action: str = "view") -> Case:
    user = request.auth  # type: ignore[attr-defined]
    case = selectors.case_in_agency(user, case_id)  # 404 for another agency
    try:
        selectors.case_get(user, case.pk)
    except AccessDenied:
        access_event(request, "refused", "denied", f"case:{case.pk}", actor=user, attempted=action)
        raise
    access_event(request, action, "success", f"case:{case.pk}", actor=user, via="api")
    return case


@router.get("", response=list[CaseOut], url_name="cases-list", summary="Cases you can see")
def list_cases(request: HttpRequest, scope: str = "mine") -> list[dict[str, Any]]:
    user = request.auth  # type: ignore[attr-defined]
    if scope not in ("mine", "unit", "agency"):
        raise HttpError(400, "scope is one of mine, unit, agency")
    cases = selectors.cases_for_user(user, scope).prefetch_related("assigned_workers")
    return [_case_out(user, c) for c in cases]


@router.get("/{int:case_id}", response=CaseDetailOut, url_name="cases-detail")
def case_detail(request: HttpRequest, case_id: int) -> dict[str, Any]:
    case = _open(request, case_id)
    user = request.auth  # type: ignore[attr-defined]
    today = dt.date.today()
    return {
        **_case_out(user, case),
        "people": [
            {
                "id": p.pk,
                "role": p.role,
                "relationship": p.relationship_label,
                "name": p.name,
                "aliases": p.aliases,
                "birth_date": p.birth_date,
                "preferred_language": p.preferred_language,
            }
            for p in selectors.case_people(case)
        ],
        "consents": [_consent_out(c, today) for c in selectors.case_consents(case)],
        "boundaries": [
            {
                "id": b.pk,
                "from_person_id": b.from_person_id,
                "to_person_id": b.to_person_id,
                "kind": b.kind,
                "channels": b.channels,
                "starts_on": b.starts_on,
                "ends_on": b.ends_on,
                "source": b.source,
            }
            for b in selectors.case_boundaries(case)
        ],
    }


@router.get(
    "/{int:case_id}/context", url_name="cases-context", summary="The case file for screening"
)
def case_context(request: HttpRequest, case_id: int) -> dict[str, Any]:
    case = _open(request, case_id, "export")
    return selectors.case_context(request.auth, case)  # type: ignore[attr-defined]


@router.post("/{int:case_id}/consents", response={201: ConsentOut}, url_name="cases-consent-record")
def consent_record(request: HttpRequest, case_id: int, body: ConsentIn) -> Status[dict[str, Any]]:
    case = _open(request, case_id, "change")
    person = get_object_or_404(CasePerson, pk=body.person_id, case=case)
    given_by = (
        get_object_or_404(CasePerson, pk=body.given_by_id, case=case) if body.given_by_id else None
    )
    try:
        consent = services.consent_record(
            request.auth,  # type: ignore[attr-defined]
            case,
            services.ConsentInput(
                person=person,
                given_by=given_by,
                given_by_role=body.given_by_role,
                channels=tuple(body.channels),
                purposes=tuple(body.purposes),
                content_kinds=tuple(body.content_kinds),
                obtained_on=body.obtained_on,
                expires_on=body.expires_on,
            ),
            request,
        )
    except services.CaseError as exc:
        raise HttpError(400, str(exc)) from None
    return Status(201, _consent_out(consent, dt.date.today()))


@router.post(
    "/{int:case_id}/consents/{int:consent_id}/revoke",
    response=ConsentOut,
    url_name="cases-consent-revoke",
)
def consent_revoke(
    request: HttpRequest, case_id: int, consent_id: int, body: RevokeIn
) -> dict[str, Any]:
    case = _open(request, case_id, "change")
    consent = get_object_or_404(Consent, pk=consent_id, case=case)
    try:
        services.consent_revoke(
            request.auth,  # type: ignore[attr-defined]
            case,
            consent,
            revoked_on=body.revoked_on,
            reason=body.reason,
            request=request,
        )
    except services.CaseError as exc:
        raise HttpError(400, str(exc)) from None
    consent = Consent.objects.select_related("revocation").get(pk=consent.pk)
    return _consent_out(consent, dt.date.today())

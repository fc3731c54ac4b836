"""Writes: every change checks access, happens in one transaction with its record entry
(`recording.record`) and its access event, and never overwrites history."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from casesafe import policy as pol
from casesafe.apps.accounts.access import (
    AccessDenied,
    has_role,
    require_role,
    supervised_unit_ids,
)
from casesafe.apps.cases import selectors
from casesafe.apps.cases.models import (
    BreakGlass,
    Case,
    CasePerson,
    Consent,
    ConsentRevocation,
    ContactBoundary,
    PersonRole,
    PolicyVersion,
    Relationship,
)
from casesafe.apps.cases.recording import record
from casesafe.apps.core import fields
from casesafe.apps.core.audit import access_event
from casesafe.policy.vocab import CONTENT_KINDS, PURPOSES


class CaseError(Exception):
    """A request that cannot be carried out as asked (shown to the user, status 400)."""


def _require_access(user: Any, case: Case) -> str:
    kind = selectors.case_access_kind(user, case)
    if kind is None:
        raise AccessDenied("This case is not in your caseload.")
    return kind


def _record(
    case: Case,
    user: Any,
    kind: str,
    subject: str,
    payload: dict[str, Any],
    attachments: dict[str, bytes] | None = None,
) -> None:
    record(
        agency=case.agency,
        kind=kind,
        subject=subject,
        case_ref=case.reference,
        payload=payload,
        actor=user,
        attachments=attachments,
    )


def _event(request: Any, user: Any, action: str, case: Case, **detail: Any) -> None:
    access_event(
        request,
        action,
        "success",
        f"case:{case.pk}",
        actor=user,
        agency_id=case.agency_id,
        **detail,
    )


# --------------------------------------------------------------------------- cases


def _check_setup(user: Any, unit: Any, workers: Iterable[Any]) -> list[Any]:
    """Supervisors place cases in the units they supervise; administrators anywhere in
    their agency. Workers must be active members of the same agency."""
    require_role(user, "supervisor", "administrator")
    if unit is not None and unit.agency_id != user.agency_id:
        raise AccessDenied("That unit is not in your agency.")
    if not has_role(user, "administrator") and (
        unit is None or unit.pk not in supervised_unit_ids(user)
    ):
        raise AccessDenied("You can only place cases in the units you supervise.")
    chosen = list(workers)
    for worker in chosen:
        if worker.agency_id != user.agency_id or not worker.is_active:
            raise AccessDenied("That worker is not in your agency.")
    return chosen


def case_create(
    user: Any, *, reference: str, unit: Any = None, workers: Iterable[Any] = (), request: Any = None
) -> Case:
    chosen = _check_setup(user, unit, workers)
    reference = reference.strip()
    if not reference:
        raise CaseError("A case needs a reference.")
    if Case.objects.filter(agency_id=user.agency_id, reference=reference).exists():
        raise CaseError("Your agency already has a case with that reference.")
    with transaction.atomic():
        case = Case.objects.create(agency_id=user.agency_id, reference=reference, unit=unit)
        case.assigned_workers.set(chosen)
        _record(
            case,
            user,
            "case.created",
            f"case:{case.pk}",
            {"unit_id": unit.pk if unit else None, "worker_ids": sorted(w.pk for w in chosen)},
        )
        _event(request, user, "change", case, what="case.created")
    return case


def case_update(
    user: Any, case: Case, *, unit: Any, workers: Iterable[Any], status: str, request: Any = None
) -> Case:
    """Unit, assigned workers and status, by a supervisor of the case's unit or an
    administrator (who may do this without opening the case's people)."""
    if case.agency_id != user.agency_id:
        raise AccessDenied("This case is not in your agency.")
    if not has_role(user, "administrator") and case.unit_id not in supervised_unit_ids(user):
        raise AccessDenied("Only a supervisor of the case's unit changes its assignment.")
    chosen = _check_setup(user, unit, workers)
    if status not in Case.Status.values:
        raise CaseError("Unknown status.")
    with transaction.atomic():
        case.unit = unit
        case.status = status
        case.save(update_fields=["unit", "status"])
        case.assigned_workers.set(chosen)
        _record(
            case,
            user,
            "case.assignment_changed",
            f"case:{case.pk}",
            {
                "unit_id": unit.pk if unit else None,
                "worker_ids": sorted(w.pk for w in chosen),
                "status": status,
            },
        )
        _event(request, user, "change", case, what="case.assignment_changed")
    return case


# --------------------------------------------------------------------------- people

PERSON_LIST_FIELDS = ("aliases", "addresses", "phones", "emails", "handles", "schools", "places")
PERSON_TEXT_FIELDS = ("name", "birth_date", "placement", "notes")
PERSON_PLAIN_FIELDS = ("role", "relationship_label", "preferred_language")
PERSON_FIELDS = PERSON_PLAIN_FIELDS + PERSON_TEXT_FIELDS + PERSON_LIST_FIELDS


def _clean_person(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in PERSON_FIELDS:
        if key not in data:
            continue
        value = data[key]
        if key in PERSON_LIST_FIELDS:
            value = [str(v).strip() for v in (value or []) if str(v).strip()]
        elif key == "birth_date":
            if isinstance(value, dt.date):
                value = value.isoformat()
            value = (value or "").strip() or None
            if value:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise CaseError("Date of birth must be a date (YYYY-MM-DD).") from None
        elif key in ("placement", "notes"):
            value = (value or "").strip() or None
        else:
            value = (value or "").strip()
        out[key] = value
    if "role" in out and out["role"] not in PersonRole.values:
        raise CaseError("Unknown role.")
    if "name" in out and not out["name"]:
        raise CaseError("A person needs a name.")
    return out


def person_add(user: Any, case: Case, data: dict[str, Any], request: Any = None) -> CasePerson:
    _require_access(user, case)
    values = _clean_person(data)
    if "name" not in values or "role" not in values:
        raise CaseError("A person needs a name and a role.")
    with transaction.atomic():
        person = CasePerson.objects.create(case=case, **values)
        _record(
            case,
            user,
            "person.added",
            f"person:{person.pk}",
            {"person_id": person.pk, "role": person.role},
        )
        _event(request, user, "change", case, what="person.added")
    return person


def person_update(
    user: Any, person: CasePerson, data: dict[str, Any], request: Any = None
) -> CasePerson:
    case = person.case
    _require_access(user, case)
    values = _clean_person(data)
    changed = sorted(k for k, v in values.items() if getattr(person, k) != v)
    if not changed:
        return person
    with transaction.atomic():
        for key in changed:
            setattr(person, key, values[key])
        person.updated_at = timezone.now()
        person.save()
        # The record names the fields that changed, not their values (no identifiers).
        _record(
            case,
            user,
            "person.changed",
            f"person:{person.pk}",
            {"person_id": person.pk, "fields": changed, "role": person.role},
        )
        _event(request, user, "change", case, what="person.changed")
    return person


def person_find_by_name(user: Any, case: Case, name: str) -> list[CasePerson]:
    """Exact (normalised) name lookups through the blind index."""
    _require_access(user, case)
    return list(case.people.filter(name_index=fields.blind_index(name, "person-name")))


def relationship_add(
    user: Any,
    case: Case,
    *,
    from_person: CasePerson,
    to_person: CasePerson,
    kind: str,
    note: str = "",
    request: Any = None,
) -> Relationship:
    _require_access(user, case)
    _same_case(case, from_person, to_person)
    if kind not in Relationship.Kind.values:
        raise CaseError("Unknown kind of relationship.")
    with transaction.atomic():
        rel = Relationship.objects.create(
            case=case, from_person=from_person, to_person=to_person, kind=kind, note=note or None
        )
        _record(
            case,
            user,
            "relationship.added",
            f"relationship:{rel.pk}",
            {"from_person_id": from_person.pk, "to_person_id": to_person.pk, "kind": kind},
        )
        _event(request, user, "change", case, what="relationship.added")
    return rel


def relationship_end(
    user: Any,
    case: Case,
    relationship: Relationship,
    *,
    ended_on: dt.date,
    reason: str,
    request: Any = None,
) -> Relationship:
    """Mark a relationship as ended; it stays in the case and in the record."""
    _require_access(user, case)
    if relationship.case_id != case.pk:
        raise CaseError("That relationship is not in this case.")
    if not reason.strip():
        raise CaseError("Say why the relationship ends (for example, the placement moved).")
    if ended_on > timezone.localdate():
        raise CaseError("A relationship cannot end in the future; record it on the day.")
    with transaction.atomic():
        locked = Relationship.objects.select_for_update().get(pk=relationship.pk)
        if locked.ended_on is not None:
            raise CaseError("This relationship has already ended.")
        locked.ended_on = ended_on
        locked.end_reason = reason.strip()
        locked.save(update_fields=["ended_on", "end_reason"])
        _record(
            case,
            user,
            "relationship.ended",
            f"relationship:{locked.pk}",
            {"relationship_id": locked.pk, "ended_on": ended_on.isoformat()},
        )
        _event(request, user, "change", case, what="relationship.ended")
    return locked


def _same_case(case: Case, *people: CasePerson | None) -> None:
    for p in people:
        if p is not None and p.case_id != case.pk:
            raise CaseError("That person is not in this case.")


# --------------------------------------------------------------------------- boundaries


@dataclass(frozen=True)
class BoundaryInput:
    from_person: CasePerson
    to_person: CasePerson
    kind: str
    channels: tuple[str, ...]  # () or ("*",): every channel
    source: str
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    note: str = ""


def _check_channels(channels: Iterable[str]) -> list[str]:
    values = [c for c in channels if c]
    if not values or "*" in values:
        return ["*"]
    known = selectors.catalogue().platforms
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise CaseError(f"Unknown channel: {', '.join(unknown)}.")
    return sorted(set(values))


def _boundary_values(case: Case, data: BoundaryInput) -> dict[str, Any]:
    _same_case(case, data.from_person, data.to_person)
    if data.from_person.pk == data.to_person.pk:
        raise CaseError("A boundary is between two different people.")
    if data.kind not in ContactBoundary.Kind.values:
        raise CaseError("Unknown kind of boundary.")
    if data.source not in ContactBoundary.Source.values:
        raise CaseError("Unknown source.")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise CaseError("The end date is before the start date.")
    return {
        "from_person": data.from_person,
        "to_person": data.to_person,
        "kind": data.kind,
        "channels": _check_channels(data.channels),
        "source": data.source,
        "starts_on": data.starts_on,
        "ends_on": data.ends_on,
        "note": data.note or None,
    }


def _boundary_payload(b: ContactBoundary) -> dict[str, Any]:
    return {
        "boundary_id": b.pk,
        "from_person_id": b.from_person_id,
        "to_person_id": b.to_person_id,
        "kind": b.kind,
        "channels": b.channels,
        "source": b.source,
        "starts_on": b.starts_on.isoformat() if b.starts_on else None,
        "ends_on": b.ends_on.isoformat() if b.ends_on else None,
    }


def boundary_add(
    user: Any, case: Case, data: BoundaryInput, request: Any = None
) -> ContactBoundary:
    _require_access(user, case)
    values = _boundary_values(case, data)
    with transaction.atomic():
        b = ContactBoundary.objects.create(case=case, created_by=user, **values)
        _record(case, user, "boundary.added", f"boundary:{b.pk}", _boundary_payload(b))
        _event(request, user, "change", case, what="boundary.added")
    return b


def _lock_current(case: Case, boundary: ContactBoundary) -> ContactBoundary:
    if boundary.case_id != case.pk:
        raise CaseError("That boundary is not in this case.")
    current = ContactBoundary.objects.select_for_update().get(pk=boundary.pk)
    if current.superseded_at is not None:
        raise CaseError("That boundary was already changed or ended; reload the case.")
    return current


def boundary_change(
    user: Any, case: Case, boundary: ContactBoundary, data: BoundaryInput, request: Any = None
) -> ContactBoundary:
    """End `boundary` and write its replacement; both stay in the history."""
    _require_access(user, case)
    values = _boundary_values(case, data)
    with transaction.atomic():
        old = _lock_current(case, boundary)
        new = ContactBoundary.objects.create(case=case, created_by=user, **values)
        old.superseded_at = timezone.now()
        old.superseded_by = new
        old.save(update_fields=["superseded_at", "superseded_by"])
        payload = _boundary_payload(new) | {"replaces_boundary_id": old.pk}
        _record(case, user, "boundary.changed", f"boundary:{new.pk}", payload)
        _event(request, user, "change", case, what="boundary.changed")
    return new


def boundary_end(
    user: Any, case: Case, boundary: ContactBoundary, reason: str, request: Any = None
) -> ContactBoundary:
    _require_access(user, case)
    if not reason.strip():
        raise CaseError("Say why the boundary ends (for example, the order that lifted it).")
    with transaction.atomic():
        old = _lock_current(case, boundary)
        old.superseded_at = timezone.now()
        old.end_reason = reason.strip()
        old.save(update_fields=["superseded_at", "end_reason"])
        _record(case, user, "boundary.ended", f"boundary:{old.pk}", {"boundary_id": old.pk})
        _event(request, user, "change", case, what="boundary.ended")
    return old


# --------------------------------------------------------------------------- consents

EVIDENCE_MAX_BYTES = 5 * 1024 * 1024
EVIDENCE_TYPES = {  # magic bytes, not the browser's word, decide the type
    b"%PDF-": ("application/pdf", "pdf"),
    b"\xff\xd8\xff": ("image/jpeg", "jpg"),
    b"\x89PNG\r\n\x1a\n": ("image/png", "png"),
}
EVIDENCE_DIR = "consent-evidence"


def evidence_kind(data: bytes) -> tuple[str, str]:
    for magic, kind in EVIDENCE_TYPES.items():
        if data.startswith(magic):
            return kind
    raise CaseError("The signed form must be a PDF, JPEG or PNG file.")


def _evidence_aad(path: str) -> str:
    return f"cases.consent.evidence:{path}"


def evidence_store(data: bytes) -> dict[str, Any]:
    if len(data) > EVIDENCE_MAX_BYTES:
        raise CaseError("The signed form is larger than 5 MB.")
    if not data:
        raise CaseError("The signed form is empty.")
    content_type, _ = evidence_kind(data)
    name = f"{EVIDENCE_DIR}/{secrets.token_hex(20)}.bin"
    sealed = fields.encrypt_bytes(data, _evidence_aad(name)).encode()
    saved = default_storage.save(name, ContentFile(sealed))
    return {
        "evidence_path": saved,
        "evidence_content_type": content_type,
        "evidence_size": len(data),
        "evidence_sha256": hashlib.sha256(data).hexdigest(),
    }


def evidence_read(path: str) -> bytes:
    with default_storage.open(path, "rb") as handle:
        token = handle.read().decode()
    # The aad is the name it was sealed under; a rotation re-seals under a new name.
    return fields.decrypt_bytes(token, _evidence_aad(path))


@dataclass(frozen=True)
class ConsentInput:
    person: CasePerson
    given_by_role: str
    channels: tuple[str, ...]
    purposes: tuple[str, ...]
    obtained_on: dt.date
    given_by: CasePerson | None = None
    content_kinds: tuple[str, ...] = ()
    expires_on: dt.date | None = None
    note: str = ""
    evidence: bytes | None = None


def _evidence_attachment(consent: Consent, data: bytes | None) -> dict[str, bytes] | None:
    if not data:
        return None
    _, ext = evidence_kind(data)
    return {f"consent-{consent.pk}-signed-form.{ext}": data}


def consent_record(user: Any, case: Case, data: ConsentInput, request: Any = None) -> Consent:
    _require_access(user, case)
    _same_case(case, data.person, data.given_by)
    if data.given_by_role not in Consent.GiverRole.values:
        raise CaseError("Unknown role of the person giving consent.")
    if data.given_by_role == "agency" and data.given_by is not None:
        raise CaseError("When the agency consents as guardian, leave 'given by' empty.")
    if data.given_by_role != "agency" and data.given_by is None:
        raise CaseError("Say who gave the consent.")
    if data.given_by_role == "self" and data.given_by is not None and data.given_by != data.person:
        raise CaseError("Consent given by the person themselves must be given by that person.")
    channels = _check_channels(data.channels)
    purposes = sorted(set(data.purposes))
    if not purposes or set(purposes) - set(PURPOSES) - {"*"}:
        raise CaseError("Choose at least one known purpose.")
    kinds = sorted(set(data.content_kinds))
    if set(kinds) - set(CONTENT_KINDS):
        raise CaseError("Unknown kind of content.")
    if data.expires_on and data.expires_on < data.obtained_on:
        raise CaseError("The consent expires before it was obtained.")
    if data.obtained_on > timezone.localdate():
        raise CaseError("The consent cannot be obtained in the future.")
    evidence = evidence_store(data.evidence) if data.evidence else {}
    try:
        with transaction.atomic():
            consent = Consent.objects.create(
                case=case,
                person=data.person,
                given_by=data.given_by,
                given_by_role=data.given_by_role,
                channels=channels,
                purposes=purposes,
                content_kinds=kinds,
                obtained_by=user,
                obtained_on=data.obtained_on,
                expires_on=data.expires_on,
                note=data.note or None,
                **evidence,
            )
            _record(
                case,
                user,
                "consent.recorded",
                f"consent:{consent.pk}",
                {
                    "consent_id": consent.pk,
                    "person_id": consent.person_id,
                    "given_by_id": consent.given_by_id,
                    "given_by_role": consent.given_by_role,
                    "channels": channels,
                    "purposes": purposes,
                    "content_kinds": kinds,
                    "obtained_on": consent.obtained_on.isoformat(),
                    "expires_on": consent.expires_on.isoformat() if consent.expires_on else None,
                    "evidence_sha256": evidence.get("evidence_sha256"),
                },
                attachments=_evidence_attachment(consent, data.evidence),
            )
            _event(request, user, "change", case, what="consent.recorded")
    except BaseException:
        if evidence:
            default_storage.delete(evidence["evidence_path"])
        raise
    return consent


def consent_revoke(
    user: Any,
    case: Case,
    consent: Consent,
    *,
    revoked_on: dt.date,
    reason: str,
    request: Any = None,
) -> ConsentRevocation:
    _require_access(user, case)
    if consent.case_id != case.pk:
        raise CaseError("That consent is not in this case.")
    if not reason.strip():
        raise CaseError("Say why the consent is revoked.")
    if revoked_on < consent.obtained_on:
        raise CaseError("A consent cannot be revoked before it was given.")
    if revoked_on > timezone.localdate():
        raise CaseError("Record a revocation on or after the day it happens.")
    with transaction.atomic():
        Consent.objects.select_for_update().filter(pk=consent.pk).first()
        if ConsentRevocation.objects.filter(consent=consent).exists():
            raise CaseError("That consent is already revoked.")
        revocation = ConsentRevocation.objects.create(
            consent=consent, revoked_on=revoked_on, reason=reason.strip(), recorded_by=user
        )
        _record(
            case,
            user,
            "consent.revoked",
            f"consent:{consent.pk}",
            {
                "consent_id": consent.pk,
                "person_id": consent.person_id,
                "revoked_on": revoked_on.isoformat(),
                "reason": revocation.reason,
            },
        )
        _event(request, user, "change", case, what="consent.revoked")
    return revocation


# --------------------------------------------------------------------------- break the glass


def break_glass_open(user: Any, case: Case, reason: str, request: Any = None) -> BreakGlass:
    if not selectors.can_break_glass(user, case):
        raise AccessDenied("You cannot open this case this way.")
    reason = reason.strip()
    if len(reason) < 15:
        raise CaseError("Say why you need this case now, in a sentence (15 characters or more).")
    now = timezone.now()
    with transaction.atomic():
        opening = BreakGlass.objects.create(
            case=case,
            user=user,
            reason=reason,
            opened_at=now,
            expires_at=now + dt.timedelta(minutes=selectors.BREAK_GLASS_MINUTES),
        )
        _record(
            case,
            user,
            "case.break_glass",
            f"case:{case.pk}",
            {
                "break_glass_id": opening.pk,
                "user_id": user.pk,
                "expires_at": opening.expires_at.isoformat(),
            },
        )
        access_event(
            request,
            "break_glass",
            "success",
            f"case:{case.pk}",
            actor=user,
            agency_id=case.agency_id,
            minutes=selectors.BREAK_GLASS_MINUTES,
        )
    return opening


def break_glass_review(user: Any, opening: BreakGlass, request: Any = None) -> BreakGlass:
    if not selectors.break_glass_for_review(user).filter(pk=opening.pk).exists():
        raise AccessDenied("Only a supervisor of the case's unit reviews this.")
    with transaction.atomic():
        opening.reviewed_by = user
        opening.reviewed_at = timezone.now()
        opening.save(update_fields=["reviewed_by", "reviewed_at"])
        _record(
            opening.case,
            user,
            "case.break_glass_reviewed",
            f"case:{opening.case_id}",
            {"break_glass_id": opening.pk},
        )
        _event(request, user, "change", opening.case, what="break_glass.reviewed")
    return opening


# --------------------------------------------------------------------------- policy


class PolicyRefused(CaseError):
    def __init__(self, issues: tuple[pol.Issue, ...]) -> None:
        super().__init__("The policy has errors and was not saved.")
        self.issues = issues


def policy_upload(user: Any, text: str, request: Any = None) -> PolicyVersion:
    """Validate and make `text` the agency's policy; an invalid one changes nothing."""
    require_role(user, "administrator")
    return _policy_activate(user.agency, text, user, request)


def _policy_activate(agency: Any, text: str, user: Any, request: Any = None) -> PolicyVersion:
    result = pol.validate_policy_text(text)
    if result.policy is None:
        raise PolicyRefused(result.issues)
    policy = result.policy
    with transaction.atomic():
        current = (
            PolicyVersion.objects.select_for_update().filter(agency=agency, active=True).first()
        )
        if current is not None and current.yaml_text == text:
            return current  # saving the same text again changes nothing
        if (
            current is not None
            and current.policy_id == policy.policy_id
            and current.version == policy.version
            and current.content_hash != policy.content_hash
        ):
            raise PolicyRefused(
                (
                    pol.Issue(
                        None,
                        f'version "{policy.version}" is already in force with '
                        "different rules: change `version` too",
                    ),
                )
            )
        PolicyVersion.objects.filter(agency=agency, active=True).update(active=False)
        version = PolicyVersion.objects.create(
            agency=agency,
            policy_id=policy.policy_id,
            version=policy.version,
            content_hash=policy.content_hash,
            yaml_text=text,
            uploaded_by=user,
            active=True,
        )
        record(
            agency=agency,
            kind="policy.activated",
            subject=f"policy_version:{version.pk}",
            case_ref=None,
            actor=user,
            payload=policy.stamp(),
        )
        if user is not None:
            access_event(request, "change", "success", f"policy:{version.pk}", actor=user)
    return version

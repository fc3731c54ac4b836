"""Reads of the record, scoped by the acting user (deny by default)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from casesafe.apps.accounts.access import AccessDenied, has_role
from casesafe.apps.records import services
from casesafe.apps.records.models import Checkpoint, LogEntry
from casesafe.apps.records.store import open_blob


@dataclass(frozen=True)
class EntryView:
    seq: int
    at: Any
    kind: str
    actor: str
    subject: str
    content: Any  # None once purged
    purged: bool


def _views(rows: QuerySet[LogEntry]) -> list[EntryView]:
    out = []
    for row in rows:
        content = (
            None
            if row.sealed is None
            else open_blob(row.sealed, row.agency_id, row.log, row.seq).content
        )
        out.append(
            EntryView(
                row.seq, row.at, row.kind, row.actor, row.subject, content, row.sealed is None
            )
        )
    return out


def case_record(user: Any, case: Any, *, kind: str = "") -> list[EntryView]:
    """The case's entries. The caller has already checked the user may open the case
    (`cases.selectors.case_get`); this re-checks the agency so it can never leak across."""
    if case.agency_id != getattr(user, "agency_id", None):
        raise AccessDenied("This case belongs to another agency.")
    rows = LogEntry.objects.filter(agency_id=case.agency_id, log="case", case_ref=case.reference)
    if kind:
        rows = rows.filter(kind=kind)
    return _views(rows.order_by("seq"))


def case_record_kinds(case: Any) -> list[str]:
    rows = LogEntry.objects.filter(agency_id=case.agency_id, log="case", case_ref=case.reference)
    return sorted(set(rows.values_list("kind", flat=True)))


def access_log(user: Any, *, limit: int = 200, kind: str = "") -> list[EntryView]:
    if not has_role(user, "administrator"):
        raise AccessDenied("Only agency administrators may read the access log.")
    rows = LogEntry.objects.filter(agency_id=user.agency_id, log="access")
    if kind:
        rows = rows.filter(kind=kind)
    return _views(rows.order_by("-seq")[:limit])


@dataclass(frozen=True)
class Integrity:
    ok: bool
    size: int
    checkpoints: int
    problem: str
    latest_checkpoint: Any


def integrity(agency: Any, log: str) -> Integrity:
    result = services.verify_log(agency, log)
    latest = Checkpoint.objects.filter(agency=agency, log=log).order_by("-pk").first()
    return Integrity(
        result.ok, result.size, result.checkpoints_checked, str(result.first or ""), latest
    )

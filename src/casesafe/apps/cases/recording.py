"""The one place where this app writes to the case record (`records.record_append`).

Called inside the same `transaction.atomic()` as the change it describes, so a change
and its record entry are committed together or not at all. Payloads carry ids, roles,
channels, purposes and dates: never names or other identifiers.
"""

from __future__ import annotations

from typing import Any


def record(
    *,
    agency: Any,
    log: str = "case",
    kind: str,
    subject: str,
    case_ref: str | None,
    payload: dict[str, Any],
    actor: Any,
) -> Any:
    from django.apps import apps

    if not apps.is_installed("casesafe.apps.records"):  # TEMPORARY until records lands
        return None
    from casesafe.apps.records.services import record_append

    return record_append(
        agency=agency,
        log=log,
        kind=kind,
        subject=subject,
        case_ref=case_ref,
        payload=payload,
        actor=actor,
    )

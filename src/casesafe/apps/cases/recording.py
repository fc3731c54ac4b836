"""The one place where this app writes to the case record (`records.record_append`).

Called inside the same `transaction.atomic()` as the change it describes, so a change
and its record entry are committed together or not at all. Payloads carry ids, roles,
channels, purposes and dates, never names or other identifiers; the only free text is
what a worker writes for the record itself (a revocation reason), which the record
store seals like all content. A signed consent form
goes in as an attachment, so the court export carries the original.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casesafe.apps.records.services import record_append


def record(
    *,
    agency: Any,
    kind: str,
    subject: str,
    case_ref: str | None,
    payload: dict[str, Any],
    actor: Any,
    attachments: Mapping[str, bytes] | None = None,
) -> Any:
    return record_append(
        agency=agency,
        log="case",
        kind=kind,
        subject=subject,
        case_ref=case_ref,
        payload=payload,
        actor=actor,
        attachments=attachments,
    )

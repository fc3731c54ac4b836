"""The court export of one case: the ledger's bundle plus a PDF summary, recorded."""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from casesafe.apps.agencies.models import Agency
from casesafe.apps.records import services
from casesafe.apps.records.models import Checkpoint
from casesafe.ledger.entry import parse_time
from casesafe.ledger.export import export_bundle


@dataclass(frozen=True)
class CaseExport:
    path: Path
    entries: int
    bundle_hash: str
    tree_size: int


def _summary_pdf(
    agency: Agency, case_ref: str, records: list[Any], reason: str, exported_by: str
) -> bytes:
    from weasyprint import HTML

    rows = [
        {
            "seq": r.seq,
            "at": parse_time(r.entry.at),
            "kind": r.entry.kind.replace("_", " "),
            "actor": r.entry.actor,
            "subject": r.entry.subject,
            "purged": r.sealed is None,
            "content": r.sealed.content if r.sealed is not None else None,
        }
        for r in records
    ]
    html = render_to_string(
        "records/export_summary.html",
        {
            "agency": agency,
            "case_ref": case_ref,
            "rows": rows,
            "reason": reason,
            "exported_by": exported_by,
            "now": timezone.now(),
        },
    )
    return HTML(string=html).write_pdf()


def case_export(
    agency: Agency, case_ref: str, out_dir: Path, *, reason: str, actor: Any
) -> CaseExport:
    """Write the bundle for `case_ref` into `out_dir` and record who, when, why and its hash."""
    reason = reason.strip()
    if not reason:
        raise services.RecordError(
            "Say why the record is exported (e.g. the court order or hearing)."
        )
    ledger = services.open_log(agency, "case")
    store = ledger.store
    records = store.records_for_case(case_ref)  # type: ignore[attr-defined]
    if not records:
        raise services.RecordError(f"No record entries for case {case_ref}.")
    # A checkpoint at every export (security.md 14), signed with the current key.
    services.checkpoint_log(agency, "case", force=True)
    latest = Checkpoint.objects.filter(agency=agency, log="case").order_by("-pk").first()
    earlier = (
        Checkpoint.objects.filter(agency=agency, log="case", size__lt=latest.size)
        .order_by("-size")
        .first()
    )
    exported_by = services.actor_label(actor)
    pdf = _summary_pdf(agency, case_ref, records, reason, exported_by)
    info = export_bundle(
        out_dir,
        log=ledger,
        records=records,
        signer=services.signer(),
        case_ref=case_ref,
        keyring=services.keyring(),
        earlier_checkpoint=earlier.note if earlier else None,
        attachments=lambda digest: services.attachment_bytes(agency, digest),
        extra_files={"summary.pdf": pdf},
        checkpoint_note=latest.note,
    )
    with transaction.atomic():
        services.record_append(
            agency=agency,
            kind="export",
            subject=f"case:{case_ref}",
            case_ref=case_ref,
            actor=actor,
            payload={
                "reason": reason,
                "bundle_sha256": info.bundle_hash,
                "entries": info.entries,
                "tree_size": info.tree_size,
            },
        )
    return CaseExport(
        path=info.path, entries=info.entries, bundle_hash=info.bundle_hash, tree_size=info.tree_size
    )


def case_export_zip(
    agency: Agency, case_ref: str, *, reason: str, actor: Any
) -> tuple[bytes, CaseExport]:
    """The bundle as a zip for download (built in a private temporary folder)."""
    tmp = Path(tempfile.mkdtemp(prefix="casesafe-export-"))
    try:
        result = case_export(agency, case_ref, tmp / "bundle", reason=reason, actor=actor)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(result.path.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(result.path).as_posix())
        return buffer.getvalue(), result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

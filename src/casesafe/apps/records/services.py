"""Writes to the record: append, checkpoint, purge, export (HackSoft services).

`record_append` is the one door into the logs. Every capability calls it inside its own
`transaction.atomic()`, so an action and its record are committed together or not at all.
Payloads carry ids, roles, channels and decisions, and cleaned content only where the
policy allows: the content is sealed (AES-GCM under the field key) in the database, and
only its salted hash enters the tree, so retention can shred it later.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from casesafe.apps.agencies.models import Agency
from casesafe.apps.core.audit import AccessEvent
from casesafe.apps.core.fields import decrypt_bytes, encrypt_bytes
from casesafe.apps.core.keys import signing_key_pem
from casesafe.apps.records.models import Attachment, Checkpoint, LogEntry, LogHead, SigningKey
from casesafe.apps.records.store import DatabaseStore, attachment_aad
from casesafe.ledger.checkpoint import Keyring, PublicKey, Signer, load_signing_key
from casesafe.ledger.entry import ATTACHMENTS_KEY
from casesafe.ledger.store import Log, VerifyResult

logger = logging.getLogger("casesafe.records")
KEY_NAME = "casesafe-records"


class RecordError(Exception):
    """A record operation that cannot be done, with a message fit for the person."""


# --------------------------------------------------------------------------- logs


def origin(agency: Agency, log: str) -> str:
    return f"casesafe/{agency.slug}/{log}"


_LOGS: dict[tuple[int, str], Log] = {}


def open_log(agency: Agency, log: str) -> Log:
    """The ledger `Log` over this agency's table; cached so appends reuse the frontier."""
    key = (agency.pk, log)
    if key not in _LOGS:
        _LOGS[key] = Log(
            DatabaseStore(agency, log), origin=origin(agency, log), log=log, agency=agency.slug
        )
    return _LOGS[key]


def _lock_head(agency: Agency, log: str) -> LogHead:
    head = LogHead.objects.select_for_update().filter(agency=agency, log=log).first()
    if head is not None:
        return head
    try:
        with transaction.atomic():
            return LogHead.objects.create(agency=agency, log=log)
    except IntegrityError:  # another writer created it first
        return LogHead.objects.select_for_update().get(agency=agency, log=log)


def actor_label(actor: Any) -> str:
    if actor is None:
        return "system"
    if isinstance(actor, str):
        return actor
    return f"user:{actor.pk}"


def _jsonable(value: Any) -> Any:
    """Payload to the ledger's canonical JSON: no floats (they do not hash stably)."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, float | Decimal):
        return format(value, "f") if isinstance(value, Decimal) else repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def record_append(
    *,
    agency: Agency,
    kind: str,
    subject: str,
    payload: Mapping[str, Any],
    actor: Any,
    log: str = "case",
    case_ref: str | None = None,
    attachments: Mapping[str, bytes] | None = None,
) -> LogEntry:
    """Append one entry to the agency's `log` and return its row.

    `attachments` (name -> bytes) are kept sealed beside the record and listed in the
    content by SHA-256, so a court export carries the originals and proves them.
    """
    with transaction.atomic():
        head = _lock_head(agency, log)
        content = _jsonable(dict(payload))
        if attachments:
            content[ATTACHMENTS_KEY] = [
                {"name": name, "sha256": _store_attachment(agency, data), "size": len(data)}
                for name, data in sorted(attachments.items())
            ]
        meta = {"case": case_ref} if case_ref else {}
        ledger = open_log(agency, log)
        store: DatabaseStore = ledger.store  # type: ignore[assignment]
        store.head = head
        try:
            ledger.append(
                kind=kind, subject=subject, actor=actor_label(actor), content=content, meta=meta
            )
        finally:
            store.head = None
        row = store.last_row
        assert row is not None
        return row


def _store_attachment(agency: Agency, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    if not Attachment.objects.filter(agency=agency, sha256=digest).exists():
        Attachment.objects.create(
            agency=agency,
            sha256=digest,
            size=len(data),
            sealed=encrypt_bytes(data, attachment_aad(agency.pk, digest)),
        )
    return digest


def attachment_bytes(agency: Agency, digest: str) -> bytes:
    row = Attachment.objects.filter(agency=agency, sha256=digest).first()
    if row is None or row.sealed is None:
        raise RecordError(f"attachment {digest[:12]}… is not available (purged or missing)")
    return decrypt_bytes(row.sealed, attachment_aad(agency.pk, digest))


def access_sink(event: AccessEvent) -> None:
    """Audit sink: every access event of a known agency goes into its access log."""
    if event.agency_id is None:
        return  # e.g. a sign-in attempt for a username that does not exist
    agency = Agency.objects.filter(pk=event.agency_id).first()
    if agency is None:
        return
    record_append(
        agency=agency,
        log="access",
        kind=event.action,
        subject=event.subject or "-",
        actor=f"user:{event.actor_id}" if event.actor_id else "anonymous",
        payload={
            "outcome": event.outcome,
            "source": event.source_ip_hash,
            "detail": dict(event.detail),
        },
    )


# --------------------------------------------------------------------------- keys and checkpoints


def signer() -> Signer:
    signing_key_pem()  # creates the key file (0600) on first use
    return Signer(KEY_NAME, load_signing_key(settings.CASESAFE_SIGNING_KEY_FILE))


def keyring() -> Keyring:
    """The active key (from the key file) and every retired public key we have known."""
    active = signer().public_key
    _remember_key(active)
    retired = tuple(
        PublicKey.from_vkey(v)
        for v in SigningKey.objects.filter(active=False).values_list("vkey", flat=True)
    )
    return Keyring(active, tuple(k for k in retired if k != active))


def _remember_key(key: PublicKey) -> None:
    if SigningKey.objects.filter(vkey=key.vkey, active=True).exists():
        return
    with transaction.atomic():
        SigningKey.objects.filter(active=True).exclude(vkey=key.vkey).update(
            active=False, retired_at=timezone.now()
        )
        SigningKey.objects.update_or_create(
            vkey=key.vkey,
            defaults={
                "name": key.name,
                "fingerprint": key.fingerprint,
                "active": True,
                "retired_at": None,
            },
        )


def signing_key_rotate() -> PublicKey:
    """Retire the signing key and start a new one. The old public key stays in the keyring
    (old checkpoints keep verifying); the old private key file is kept beside it, renamed,
    for the administrator to destroy once backups are verified."""
    old = signer().public_key
    _remember_key(old)
    path = Path(settings.CASESAFE_SIGNING_KEY_FILE)
    stamp = timezone.now().strftime("%Y%m%dT%H%M%S")
    path.rename(path.with_name(f"{path.name}.retired-{stamp}"))
    new = signer().public_key  # creates a fresh key file (0600)
    _remember_key(new)
    checkpoint_all(force=True)
    return new


def checkpoint_log(agency: Agency, log: str, *, force: bool = False) -> Checkpoint | None:
    """Sign the current head of one log; skipped when nothing changed since the last one."""
    with transaction.atomic():
        _lock_head(agency, log)
        ledger = open_log(agency, log)
        size = ledger.size()
        last = Checkpoint.objects.filter(agency=agency, log=log).order_by("-size", "-pk").first()
        unchanged = size == 0 if last is None else last.size == size
        if unchanged and not force:
            return None
        keys = keyring()
        note = ledger.checkpoint(signer())
        opened = keys.open_checkpoint(note, ledger.origin)
        return Checkpoint.objects.create(
            agency=agency, log=log, size=opened.size, root=opened.root.hex(), note=note
        )


def checkpoint_all(force: bool = False) -> list[Checkpoint]:
    made = []
    for agency in Agency.objects.all():
        for log in ("case", "access"):
            cp = checkpoint_log(agency, log, force=force)
            if cp is not None:
                made.append(cp)
    return made


def verify_log(agency: Agency, log: str) -> VerifyResult:
    notes = list(
        Checkpoint.objects.filter(agency=agency, log=log)
        .order_by("pk")
        .values_list("note", flat=True)
    )
    return open_log(agency, log).verify_all(notes, keyring())


# --------------------------------------------------------------------------- retention


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    kinds: dict[str, int]


def retention_purge(
    agency: Agency, retention_days: Mapping[str, int], *, now: datetime | None = None
) -> PurgeResult:
    """Crypto-shred expired content: content and salt go, the leaf stays, and the purge
    itself is recorded. `retention_days` maps an entry kind (or "*") to days kept."""
    now = now or datetime.now(UTC)
    counts: dict[str, int] = {}
    with transaction.atomic():
        _lock_head(agency, "case")
        ledger = open_log(agency, "case")
        rows = LogEntry.objects.filter(agency=agency, log="case", sealed__isnull=False).exclude(
            kind="retention_purge"
        )
        for row in rows.order_by("seq").iterator():
            days = retention_for_kind(row.kind, retention_days)
            if days is None or (now - row.at).days < days:
                continue
            record = ledger.store.get_record(row.seq)
            for digest in _attachment_digests(record):
                Attachment.objects.filter(agency=agency, sha256=digest).update(sealed=None)
            ledger.purge(row.seq)
            counts[row.kind] = counts.get(row.kind, 0) + 1
        if counts:
            record_append(
                agency=agency,
                kind="retention_purge",
                subject="retention",
                actor=None,
                payload={"purged": counts, "at": now.isoformat()},
            )
    return PurgeResult(sum(counts.values()), counts)


def retention_for_kind(kind: str, retention_days: Mapping[str, int]) -> int | None:
    """Days kept for an entry kind: its own rule, else the rule of the record kind it
    belongs to ("consent_revoked" -> "consent"), else the "*" default, else kept."""
    if kind in retention_days:
        return retention_days[kind]
    family = [k for k in retention_days if k != "*" and kind.startswith(k + "_")]
    if family:
        return retention_days[max(family, key=len)]
    return retention_days.get("*")


def policy_retention_days(agency: Agency) -> dict[str, int]:
    """The agency's retention schedule from its active policy (empty: keep everything)."""
    from casesafe.apps.cases.selectors import active_policy  # cases imports records

    policy = active_policy(agency)
    if policy is None:
        return {}
    days = {kind: policy.retention_days(kind) for kind in policy.retention}
    return {kind: d for kind, d in days.items() if d is not None}


def _attachment_digests(record: Any) -> list[str]:
    from casesafe.ledger.entry import attachment_digests

    return attachment_digests(record.sealed.content) if record.sealed is not None else []

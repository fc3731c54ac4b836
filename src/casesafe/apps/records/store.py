"""`casesafe.ledger.LogStore` over the database tables of this app."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from casesafe.apps.core.fields import FieldDecryptionError, decrypt_bytes, encrypt_bytes
from casesafe.apps.records.models import LogEntry, LogHead, LogNode
from casesafe.ledger.entry import Entry, Record, Sealed, canonical_json, parse_canonical, parse_time
from casesafe.ledger.errors import EncodingError, StoreError

CHUNK = 2000


def _aad(agency_id: int, log: str, seq: int) -> str:
    # Binding the ciphertext to its place: a sealed blob copied onto another entry fails.
    return f"records:{agency_id}:{log}:{seq}"


def attachment_aad(agency_id: int, digest: str) -> str:
    return f"attachment:{agency_id}:{digest}"


def seal_blob(sealed: Sealed, agency_id: int, log: str, seq: int) -> str:
    data = canonical_json({"content": sealed.content, "salt": sealed.salt.hex()})
    return encrypt_bytes(data, _aad(agency_id, log, seq))


def open_blob(token: str, agency_id: int, log: str, seq: int) -> Sealed:
    data = parse_canonical(decrypt_bytes(token, _aad(agency_id, log, seq)))
    return Sealed(data["content"], bytes.fromhex(data["salt"]))


class DatabaseStore:
    def __init__(self, agency: Any, log: str) -> None:
        self.agency_id = agency.pk
        self.log = log
        # While an append holds the log's head row (locked in the caller's transaction),
        # size and last leaf come from it instead of two more queries.
        self.head: LogHead | None = None
        self.last_row: LogEntry | None = None

    def _entries(self) -> Any:
        return LogEntry.objects.filter(agency_id=self.agency_id, log=self.log)

    def size(self) -> int:
        if self.head is not None:
            return self.head.size
        last = self._entries().order_by("-seq").values_list("seq", flat=True).first()
        return 0 if last is None else last + 1

    def append(self, record: Record, leaf_hash: bytes, nodes: list[tuple[int, int, bytes]]) -> None:
        entry = record.entry
        if record.sealed is None:
            raise StoreError("a new entry must carry its content")
        self.last_row = LogEntry.objects.create(
            agency_id=self.agency_id,
            log=self.log,
            seq=entry.seq,
            kind=entry.kind,
            subject=entry.subject,
            case_ref=str(entry.meta.get("case", "")),
            actor=entry.actor,
            at=parse_time(entry.at),
            header=entry.leaf_data().decode(),
            leaf_hash=leaf_hash.hex(),
            sealed=seal_blob(record.sealed, self.agency_id, self.log, entry.seq),
        )
        if nodes:
            LogNode.objects.bulk_create(
                LogNode(
                    agency_id=self.agency_id, log=self.log, level=level, index=index, hash=h.hex()
                )
                for level, index, h in nodes
            )
        LogHead.objects.filter(agency_id=self.agency_id, log=self.log).update(
            size=entry.seq + 1, last_leaf=leaf_hash.hex()
        )
        if self.head is not None:
            self.head.size, self.head.last_leaf = entry.seq + 1, leaf_hash.hex()

    def _record(self, row: LogEntry) -> Record:
        entry = Entry.from_json(json.loads(row.header))
        if row.sealed is None:
            return Record(entry, None)
        try:
            sealed = open_blob(row.sealed, self.agency_id, self.log, row.seq)
        except (FieldDecryptionError, EncodingError, ValueError, KeyError):
            # Content that no longer opens was altered (or moved from another entry). It
            # must not pass for purged: give verification something that fails the
            # commitment, so the entry is named as bad.
            sealed = Sealed({"unreadable": True}, b"")
        return Record(entry, sealed)

    def get_record(self, seq: int) -> Record:
        row = self._entries().filter(seq=seq).first()
        if row is None:
            raise StoreError(f"no entry {seq}")
        return self._record(row)

    def iter_records(self, start: int = 0, end: int | None = None) -> Iterator[Record]:
        rows = self._entries().filter(seq__gte=start)
        if end is not None:
            rows = rows.filter(seq__lt=end)
        for row in rows.order_by("seq").iterator(chunk_size=CHUNK):
            yield self._record(row)

    def records_for_case(self, case_ref: str) -> list[Record]:
        rows = self._entries().filter(case_ref=case_ref).order_by("seq")
        return [self._record(row) for row in rows]

    def leaf_hashes(self, start: int, end: int) -> Sequence[bytes]:
        head = self.head
        if head is not None and head.last_leaf and start == end - 1 == head.size - 1:
            return [bytes.fromhex(head.last_leaf)]
        rows = self._entries().filter(seq__gte=start, seq__lt=end).order_by("seq")
        return [
            bytes.fromhex(h)
            for h in rows.values_list("leaf_hash", flat=True).iterator(chunk_size=CHUNK)
        ]

    def node(self, level: int, index: int) -> bytes | None:
        value = (
            LogNode.objects.filter(agency_id=self.agency_id, log=self.log, level=level, index=index)
            .values_list("hash", flat=True)
            .first()
        )
        return None if value is None else bytes.fromhex(value)

    def replace_sealed(self, seq: int, record: Record) -> None:
        if record.sealed is not None:
            raise StoreError("only a purge may replace stored content")
        if self._entries().filter(seq=seq).update(sealed=None) != 1:
            raise StoreError(f"no entry {seq}")

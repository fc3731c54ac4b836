"""Log entries, their canonical bytes, salted content commitments and purging.

What exactly is hashed into the tree (the *leaf data*)
------------------------------------------------------
The leaf data of entry ``seq`` is the canonical JSON (see ``canonical_json``) of this
object, and nothing else::

    {"actor": str, "agency": str, "at": "YYYY-MM-DDTHH:MM:SS.ffffffZ",
     "content_commitment": <64 lowercase hex>, "kind": str, "log": "case" | "access",
     "meta": {<non-personal metadata>}, "seq": int, "subject": str, "v": 1}

The leaf hash is SHA-256(0x00 || leaf data), as in RFC 6962.

The content itself (message text, decision details, attachment digests ...) is *not* in
the leaf. The leaf holds ``content_commitment`` = hex(SHA-256(salt || canonical_json(content)))
with a fresh 32-byte random salt per entry. Retention can therefore delete the content and
the salt ("crypto-shredding"): the leaf, and every proof over it, still verifies, and the
remaining commitment cannot be brute-forced back into short or guessable content because
the salt is gone. Anything in the header fields survives a purge, so callers must keep
personal data out of them (use opaque ids for actor and subject).

Canonical JSON
--------------
Object keys sorted by code point, no insignificant whitespace, UTF-8 without escaping
non-ASCII, integers only (within +/- 2**53 so every JSON reader agrees on them), no floats,
NaN or infinities. For the value types we allow this coincides with RFC 8785 (JCS). A
float is rejected rather than given a canonical form because two runtimes disagreeing on
one digit would break verification years later.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Final, TypeAlias

from .errors import EncodingError
from .merkle import leaf_hash

JSONValue: TypeAlias = "None | bool | int | str | list[JSONValue] | dict[str, JSONValue]"

FORMAT_VERSION: Final = 1
LOG_NAMES: Final = ("case", "access")
SALT_SIZE: Final = 32
MAX_SAFE_INT: Final = 2**53 - 1
#: Content key under which an entry lists its attachments:
#: ``[{"sha256": <hex>, "name": str, "media_type": str}, ...]``.
ATTACHMENTS_KEY: Final = "attachments"

_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\Z")
_HEADER_KEYS = frozenset(
    {"actor", "agency", "at", "content_commitment", "kind", "log", "meta", "seq", "subject", "v"}
)


def _check(value: Any) -> None:
    """Reject anything without a single canonical JSON form.

    Exact type tests first: this runs on every append and every verification, so the
    common cases must be cheap. Invalid Unicode is caught when the text is encoded.
    """
    t = type(value)
    if t is str or t is bool or value is None:
        return
    if t is int:
        if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            raise EncodingError(f"integer {value} is outside +/- 2**53")
        return
    if t is dict:
        for key, item in value.items():
            if type(key) is not str:
                raise EncodingError(f"object key {key!r} is not a string")
            _check(item)
        return
    if t is list or t is tuple:
        for item in value:
            _check(item)
        return
    if isinstance(value, float):
        raise EncodingError("floats have no canonical form here; use int or str")
    if isinstance(value, bool | str):  # subclasses, e.g. enum.StrEnum
        return
    if isinstance(value, int):
        _check(int(value))
        return
    raise EncodingError(f"{type(value).__name__} cannot be stored in the log")


def canonical_json(value: Any) -> bytes:
    """Canonical UTF-8 JSON bytes of ``value`` (see module docstring)."""
    _check(value)
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise EncodingError("string is not valid Unicode (lone surrogate)") from exc


def _reject_float(text: str) -> Any:
    raise EncodingError(f"non-integer number {text!r} is not canonical")


def _reject_constant(text: str) -> Any:
    raise EncodingError(f"{text} is not canonical JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise EncodingError(f"duplicate key {key!r}")
        result[key] = value
    return result


def parse_canonical(data: bytes) -> Any:
    """Parse bytes that must already be canonical JSON; anything else is an error.

    Requiring byte-for-byte canonical input means there is exactly one accepted encoding
    of every entry, so a re-encoded but "equivalent" file cannot slip past a verifier.
    """
    try:
        text = data.decode("utf-8")
        value = json.loads(
            text,
            parse_float=_reject_float,
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicates,
        )
    except EncodingError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise EncodingError(f"not valid JSON: {exc}") from exc
    if canonical_json(value) != data:
        raise EncodingError("JSON is valid but not in canonical form")
    return value


def format_time(moment: datetime) -> str:
    """UTC ISO-8601 with microseconds and a Z, the only time format entries accept."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise EncodingError("entry times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> datetime:
    if not _TIME.match(text):
        raise EncodingError(f"time {text!r} is not YYYY-MM-DDTHH:MM:SS.ffffffZ")
    try:
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
    except ValueError as exc:
        raise EncodingError(f"time {text!r} is not a real date") from exc


def commit_content(content: JSONValue, salt: bytes) -> str:
    """Hex SHA-256(salt || canonical_json(content))."""
    if len(salt) != SALT_SIZE:
        raise EncodingError(f"salt must be {SALT_SIZE} bytes")
    return hashlib.sha256(salt + canonical_json(content)).hexdigest()


@dataclass(frozen=True)
class Sealed:
    """An entry's content together with the salt its commitment was made with."""

    content: JSONValue
    salt: bytes

    def commitment(self) -> str:
        return commit_content(self.content, self.salt)


def seal(content: JSONValue, salt: bytes | None = None) -> Sealed:
    """Wrap content with a fresh random salt (or a given one, for tests)."""
    canonical_json(content)  # fail early on content the log cannot hold
    return Sealed(content, secrets.token_bytes(SALT_SIZE) if salt is None else salt)


@dataclass(frozen=True)
class Entry:
    """The committed header of one log entry: exactly what the leaf hash covers."""

    seq: int
    log: str
    agency: str
    kind: str
    subject: str
    actor: str
    at: str
    content_commitment: str
    meta: Mapping[str, JSONValue] = field(default_factory=dict)
    v: int = FORMAT_VERSION

    def __post_init__(self) -> None:
        if isinstance(self.seq, bool) or not isinstance(self.seq, int) or self.seq < 0:
            raise EncodingError("seq must be a non-negative integer")
        if self.log not in LOG_NAMES:
            raise EncodingError(f"log must be one of {LOG_NAMES}")
        for name in ("agency", "kind", "subject", "actor"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise EncodingError(f"{name} must be a non-empty string")
        parse_time(self.at)
        if not isinstance(self.content_commitment, str) or not _HEX64.match(
            self.content_commitment
        ):
            raise EncodingError("content_commitment must be 64 lowercase hex digits")
        if not isinstance(self.meta, Mapping):
            raise EncodingError("meta must be an object")
        if self.v != FORMAT_VERSION:
            raise EncodingError(f"unsupported entry format version {self.v!r}")

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "actor": self.actor,
            "agency": self.agency,
            "at": self.at,
            "content_commitment": self.content_commitment,
            "kind": self.kind,
            "log": self.log,
            "meta": dict(self.meta),
            "seq": self.seq,
            "subject": self.subject,
            "v": self.v,
        }

    @classmethod
    def from_json(cls, data: Any) -> Entry:
        if not isinstance(data, dict) or set(data) != _HEADER_KEYS:
            raise EncodingError(f"an entry header has exactly the keys {sorted(_HEADER_KEYS)}")
        return cls(
            seq=data["seq"],
            log=data["log"],
            agency=data["agency"],
            kind=data["kind"],
            subject=data["subject"],
            actor=data["actor"],
            at=data["at"],
            content_commitment=data["content_commitment"],
            meta=data["meta"],
            v=data["v"],
        )

    def leaf_data(self) -> bytes:
        """The bytes the Merkle leaf commits to."""
        return canonical_json(self.to_json())

    def leaf_hash(self) -> bytes:
        return leaf_hash(self.leaf_data())


@dataclass(frozen=True)
class Record:
    """An entry plus its sealed content; ``sealed`` is None once purged."""

    entry: Entry
    sealed: Sealed | None

    @property
    def seq(self) -> int:
        return self.entry.seq

    @property
    def purged(self) -> bool:
        return self.sealed is None

    def leaf_hash(self) -> bytes:
        return self.entry.leaf_hash()

    def content_ok(self) -> bool:
        """True when the content (if still present) matches the committed hash."""
        if self.sealed is None:
            return True
        try:
            actual = self.sealed.commitment()
        except EncodingError:
            return False
        return hmac.compare_digest(actual, self.entry.content_commitment)

    def with_seq(self, seq: int) -> Record:
        return replace(self, entry=replace(self.entry, seq=seq))


def build_record(
    *,
    seq: int,
    log: str,
    agency: str,
    kind: str,
    subject: str,
    actor: str,
    content: JSONValue,
    at: datetime | str | None = None,
    meta: Mapping[str, JSONValue] | None = None,
    salt: bytes | None = None,
) -> Record:
    """Make a new record: seal the content and commit to it in the header."""
    sealed = Sealed(content, secrets.token_bytes(SALT_SIZE) if salt is None else salt)
    when = at if isinstance(at, str) else format_time(at or datetime.now(UTC))
    meta_dict = dict(meta or {})
    canonical_json(meta_dict)
    entry = Entry(
        seq=seq,
        log=log,
        agency=agency,
        kind=kind,
        subject=subject,
        actor=actor,
        at=when,
        content_commitment=sealed.commitment(),
        meta=meta_dict,
    )
    return Record(entry, sealed)


def purge(record: Record) -> Record:
    """The retention form of a record: content and salt dropped, commitment kept.

    The caller must also delete every other copy (database row, attachments, backups
    rotate out); this function only guarantees the ledger no longer needs them.
    """
    return Record(record.entry, None)


def attachment_digests(content: JSONValue) -> list[str]:
    """SHA-256 hex digests of the attachments a content object lists."""
    if not isinstance(content, dict):
        return []
    items = content.get(ATTACHMENTS_KEY)
    if not isinstance(items, list):
        return []
    digests: list[str] = []
    for item in items:
        if isinstance(item, dict):
            digest = item.get("sha256")
            if isinstance(digest, str) and _HEX64.match(digest):
                digests.append(digest)
    return digests


def record_to_bundle_json(record: Record) -> dict[str, JSONValue]:
    """The object stored as ``entries/NNNNNN.json`` in an export bundle."""
    sealed: JSONValue = None
    if record.sealed is not None:
        sealed = {"content": record.sealed.content, "salt": record.sealed.salt.hex()}
    return {"entry": record.entry.to_json(), "sealed": sealed}

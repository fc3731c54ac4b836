"""Signed checkpoints in the C2SP tlog-checkpoint / signed-note format, and signing keys.

A checkpoint body is three lines (plus optional extension lines)::

    <origin>
    <tree size, decimal>
    <base64 root hash>

and the signed note appends a blank line and one line per signature::

    — <key name> <base64(key id (4 bytes) || Ed25519 signature (64 bytes))>

The signature covers the body including its final newline. The key id is the first four
bytes of SHA-256(key name || 0x0A || 0x01 || public key), 0x01 being the signed-note
signature type for Ed25519. Using the published format means a witness or any
transparency-dev tool can read our checkpoints.

Keys live in files outside the database, so someone who can write the database still
cannot forge a checkpoint over a rewritten history.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .errors import (
    CheckpointError,
    KeyFileError,
    ShrinkingLogError,
    SignatureError,
    SplitViewError,
    UnknownKeyError,
)
from .merkle import HASH_SIZE

ED25519_TYPE: Final = b"\x01"
SIG_PREFIX: Final = "\u2014 "  # em dash and a space
MAX_SIGNATURES: Final = 100
_NAME = re.compile(r"[^\s+]+\Z")
_DECIMAL = re.compile(r"(0|[1-9][0-9]{0,18})\Z")


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode_strict(text: str, what: str) -> bytes:
    """Standard base64 that must round-trip exactly.

    Plain ``b64decode`` ignores the unused low bits of the last character, so two
    different strings can decode to the same bytes; a verifier that allowed that would
    accept a file that was changed.
    """
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise CheckpointError(f"{what} is not valid base64") from exc
    if b64encode(data) != text:
        raise CheckpointError(f"{what} is not canonical base64")
    return data


def check_key_name(name: str) -> str:
    if not _NAME.match(name):
        raise CheckpointError(f"key name {name!r} must be non-empty without spaces or '+'")
    return name


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte signed-note key id of an Ed25519 key."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + ED25519_TYPE + public_key).digest()[:4]


def raw_public_key(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class PublicKey:
    """A named Ed25519 verification key."""

    name: str
    key: bytes

    def __post_init__(self) -> None:
        check_key_name(self.name)
        if len(self.key) != 32:
            raise CheckpointError("an Ed25519 public key is 32 bytes")

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.key)

    @property
    def fingerprint(self) -> str:
        """What a court compares with the fingerprint the agency published."""
        return "SHA256:" + hashlib.sha256(self.key).hexdigest()

    @property
    def vkey(self) -> str:
        """The signed-note verifier key string: name+hex(key id)+base64(0x01 || key)."""
        return f"{self.name}+{self.key_id.hex()}+{b64encode(ED25519_TYPE + self.key)}"

    def pem(self) -> bytes:
        return Ed25519PublicKey.from_public_bytes(self.key).public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    @classmethod
    def from_vkey(cls, text: str) -> PublicKey:
        parts = text.strip().split("+", 2)
        if len(parts) != 3:
            raise CheckpointError("a verifier key is name+keyid+key")
        name, hex_id, encoded = parts
        raw = b64decode_strict(encoded, "verifier key")
        if len(raw) != 33 or raw[:1] != ED25519_TYPE:
            raise CheckpointError("verifier key is not an Ed25519 key")
        key = cls(name, raw[1:])
        if key.key_id.hex() != hex_id:
            raise CheckpointError("verifier key id does not match the key")
        return key

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.key).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class Signer:
    """A named Ed25519 private key that signs notes."""

    name: str
    private_key: Ed25519PrivateKey

    def __post_init__(self) -> None:
        check_key_name(self.name)

    @property
    def public_key(self) -> PublicKey:
        return PublicKey(self.name, raw_public_key(self.private_key.public_key()))

    def sign_note(self, text: str) -> str:
        """A signed note carrying this key's signature over ``text``."""
        _check_note_text(text)
        signature = self.private_key.sign(text.encode("utf-8"))
        blob = b64encode(self.public_key.key_id + signature)
        return f"{text}\n{SIG_PREFIX}{self.name} {blob}\n"

    def sign(self, checkpoint: Checkpoint) -> str:
        return self.sign_note(checkpoint.body())


def _check_note_text(text: str) -> None:
    if not text.endswith("\n") or "\n\n" in text:
        raise CheckpointError("note text must end in one newline and have no blank lines")
    if any(ord(c) < 0x20 and c != "\n" for c in text):
        raise CheckpointError("note text must not contain control characters")


@dataclass(frozen=True)
class Checkpoint:
    """A statement that the log ``origin`` had ``size`` entries with root ``root``."""

    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.origin or any(ord(c) < 0x20 for c in self.origin):
            raise CheckpointError("origin must be a non-empty single line")
        if self.size < 0:
            raise CheckpointError("tree size must not be negative")
        if len(self.root) != HASH_SIZE:
            raise CheckpointError("root hash must be 32 bytes")
        for line in self.extensions:
            if not line or any(ord(c) < 0x20 for c in line):
                raise CheckpointError("extension lines must be non-empty single lines")

    def body(self) -> str:
        lines = [self.origin, str(self.size), b64encode(self.root), *self.extensions]
        return "\n".join(lines) + "\n"

    @classmethod
    def parse_body(cls, text: str) -> Checkpoint:
        if not text.endswith("\n"):
            raise CheckpointError("checkpoint must end with a newline")
        lines = text[:-1].split("\n")
        if len(lines) < 3:
            raise CheckpointError("checkpoint needs origin, size and root lines")
        origin, size_text, root_text, *extensions = lines
        if not _DECIMAL.match(size_text):
            raise CheckpointError("tree size is not a canonical decimal number")
        return cls(
            origin, int(size_text), b64decode_strict(root_text, "root hash"), tuple(extensions)
        )


@dataclass(frozen=True)
class NoteSignature:
    name: str
    key_id: bytes
    signature: bytes


def split_note(note: str) -> tuple[str, list[NoteSignature]]:
    """Split a signed note into its text and its (unverified) signatures."""
    if len(note) > 1_000_000:
        raise CheckpointError("note is too large")
    cut = note.rfind("\n\n")
    if cut < 0:
        raise CheckpointError("note has no signature block")
    text, block = note[: cut + 1], note[cut + 2 :]
    _check_note_text(text)
    if not block.endswith("\n"):
        raise CheckpointError("signature block must end with a newline")
    signatures: list[NoteSignature] = []
    for line in block[:-1].split("\n"):
        if not line.startswith(SIG_PREFIX):
            raise CheckpointError("malformed signature line")
        parts = line[len(SIG_PREFIX) :].split(" ")
        if len(parts) != 2:
            raise CheckpointError("malformed signature line")
        name, encoded = parts
        check_key_name(name)
        blob = b64decode_strict(encoded, "signature")
        if len(blob) < 5:
            raise CheckpointError("signature too short")
        signatures.append(NoteSignature(name, blob[:4], blob[4:]))
    if not signatures or len(signatures) > MAX_SIGNATURES:
        raise CheckpointError("a note carries 1 to 100 signatures")
    return text, signatures


@dataclass(frozen=True)
class Keyring:
    """The keys a verifier trusts: the active signing key and retired ones.

    Retired keys no longer sign, but checkpoints they signed must keep verifying, so
    rotation adds the old public key here instead of dropping it.
    """

    active: PublicKey
    retired: tuple[PublicKey, ...] = ()

    @property
    def keys(self) -> tuple[PublicKey, ...]:
        return (self.active, *self.retired)

    def rotate(self, new_active: PublicKey) -> Keyring:
        return Keyring(new_active, (self.active, *self.retired))

    def find(self, name: str, kid: bytes) -> PublicKey | None:
        for key in self.keys:
            if key.name == name and key.key_id == kid:
                return key
        return None

    def open_note(self, note: str) -> tuple[str, PublicKey]:
        """Verify a note; return its text and the trusted key that signed it.

        Signatures by unknown keys are ignored (notes may carry witness cosignatures),
        but a bad signature by a key we know rejects the whole note.
        """
        text, signatures = split_note(note)
        signer: PublicKey | None = None
        for sig in signatures:
            key = self.find(sig.name, sig.key_id)
            if key is None:
                continue
            if len(sig.signature) != 64 or not key.verify(text.encode("utf-8"), sig.signature):
                raise SignatureError(f"signature by {key.name} does not verify")
            signer = signer or key
        if signer is None:
            raise UnknownKeyError("note is not signed by any trusted key")
        return text, signer

    def open_checkpoint(self, note: str, origin: str | None = None) -> Checkpoint:
        text, _ = self.open_note(note)
        checkpoint = Checkpoint.parse_body(text)
        if origin is not None and checkpoint.origin != origin:
            raise CheckpointError(f"checkpoint is for {checkpoint.origin!r}, not {origin!r}")
        return checkpoint


def check_history(checkpoints: Iterable[Checkpoint]) -> None:
    """Reject a shrinking log or a split view in checkpoints listed oldest first.

    Consistency proofs between neighbours are checked elsewhere; this catches the two
    contradictions that need no proof at all.
    """
    seen: dict[tuple[str, int], bytes] = {}
    last: dict[str, int] = {}
    for cp in checkpoints:
        previous = last.get(cp.origin)
        if previous is not None and cp.size < previous:
            raise ShrinkingLogError(
                f"{cp.origin}: checkpoint of size {cp.size} follows one of size {previous}"
            )
        last[cp.origin] = cp.size
        root = seen.setdefault((cp.origin, cp.size), cp.root)
        if root != cp.root:
            raise SplitViewError(f"{cp.origin}: two different roots for tree size {cp.size}")


# --- key files -----------------------------------------------------------------------


def _load_private_key(data: bytes, path: Path) -> Ed25519PrivateKey:
    if len(data) == 32:
        return Ed25519PrivateKey.from_private_bytes(data)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"{path}: not an unencrypted PEM or raw Ed25519 key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: not an Ed25519 key")
    return key


def load_signing_key(path: str | os.PathLike[str]) -> Ed25519PrivateKey:
    """Load a private key, refusing files that group or others may read."""
    p = Path(path)
    try:
        info = p.stat()
    except OSError as exc:
        raise KeyFileError(f"{p}: cannot read signing key") from exc
    if not stat.S_ISREG(info.st_mode):
        raise KeyFileError(f"{p}: signing key is not a regular file")
    if info.st_mode & 0o077:
        raise KeyFileError(f"{p}: signing key must be mode 0600 (it is {info.st_mode & 0o777:o})")
    return _load_private_key(p.read_bytes(), p)


def ensure_signing_key(path: str | os.PathLike[str]) -> Ed25519PrivateKey:
    """Load the key at ``path``, creating a new one (mode 0600, PEM) if there is none.

    O_EXCL makes creation race-free: two workers starting together cannot each write a
    different key.
    """
    p = Path(path)
    if not p.exists():
        p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        try:
            fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return load_signing_key(p)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
    return load_signing_key(p)


def signer_from_file(name: str, path: str | os.PathLike[str]) -> Signer:
    return Signer(name, ensure_signing_key(path))


def verify_sequence(
    notes: Sequence[str], keyring: Keyring, origin: str | None = None
) -> list[Checkpoint]:
    """Open every note (signatures, known keys) and check the history they form."""
    checkpoints = [keyring.open_checkpoint(note, origin) for note in notes]
    check_history(checkpoints)
    return checkpoints

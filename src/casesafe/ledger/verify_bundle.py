#!/usr/bin/env python3
"""Stand-alone verifier for a CaseSafe court export bundle.

Usage:  python3 verify.py BUNDLE_DIR [--fingerprint SHA256:<hex>]

Exit status 0 means the bundle is intact; anything else prints what is wrong and names
the file or entry. It needs only the Python standard library (3.9 or newer), so a court,
an opposing expert or an auditor can run it without installing anything from CaseSafe;
it is one file on purpose (longer than the project's usual module size) so that it can
be read in full. Ed25519 signature checking is implemented here from RFC 8032 for that
reason.

What it checks, cheapest first (so that a damaged bundle is rejected quickly):
 1. MANIFEST.sig is a signed note over the SHA-256 of MANIFEST.sha256, so nobody without
    the agency's signing key can add, drop or rewrite a file and regenerate the manifest.
 2. MANIFEST.sha256 lists every file except itself and MANIFEST.sig, with no extra or
    missing files, and every hash matches.
 3. The public key files agree with each other and with FINGERPRINTS.txt; the seal and the
    checkpoint are signed by that key (compare the fingerprint with the one the agency
    publishes, or pass --fingerprint).
 4. Every entry is canonical JSON, its salted content commitment matches the content
    (unless the content was purged under the retention schedule), and its leaf hash
    has a valid RFC 6962 inclusion proof up to the signed checkpoint root.
 5. The consistency proof shows the earlier checkpoint (if any) is a prefix of this one.
 6. Every attachment file is named by its SHA-256 and listed by an entry's content.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import os
import re
import sys
from typing import Any

# ---------------------------------------------------------------------------------------
# Ed25519 signature verification (RFC 8032 section 5.1.7), in extended coordinates.

_P = 2**255 - 19
_L = 2**252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_D2 = 2 * _D % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)

Point = tuple[int, int, int, int]


def _recover_x(y: int, sign: int) -> int | None:
    if y >= _P:
        return None
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P:
        return None
    if x & 1 != sign:
        x = _P - x
    return x


_BY = 4 * pow(5, _P - 2, _P) % _P
_BX = _recover_x(_BY, 0) or 0
_B: Point = (_BX, _BY, 1, _BX * _BY % _P)
_ZERO: Point = (0, 1, 1, 0)


def _add(p: Point, q: Point) -> Point:
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % _P
    b = (y1 + x1) * (y2 + x2) % _P
    c = t1 * _D2 * t2 % _P
    d = 2 * z1 * z2 % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _double(p: Point) -> Point:
    x1, y1, z1, _ = p
    a = x1 * x1 % _P
    b = y1 * y1 % _P
    c = 2 * z1 * z1 % _P
    h = a + b
    e = h - (x1 + y1) * (x1 + y1)
    g = a - b
    f = c + g
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _decode_point(data: bytes) -> Point | None:
    n = int.from_bytes(data, "little")
    y = n & ((1 << 255) - 1)
    x = _recover_x(y, n >> 255)
    if x is None:
        return None
    return (x, y, 1, x * y % _P)


def _encode_point(p: Point) -> bytes:
    x, y, z, _ = p
    zi = pow(z, _P - 2, _P)
    x, y = x * zi % _P, y * zi % _P
    return (y | (x & 1) << 255).to_bytes(32, "little")


@functools.lru_cache(maxsize=1024)
def ed25519_verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``message``.

    Checks [S]B - [k]A == R by comparing encodings (cofactorless, as RFC 8032 allows),
    rejects S >= L and non-canonical point encodings. Results are cached because a
    verifier run may check the same signature more than once.
    """
    if len(public_key) != 32 or len(signature) != 64:
        return False
    a = _decode_point(public_key)
    if a is None:
        return False
    r_bytes = signature[:32]
    s = int.from_bytes(signature[32:], "little")
    if s >= _L or _decode_point(r_bytes) is None:
        return False
    k = int.from_bytes(hashlib.sha512(r_bytes + public_key + message).digest(), "little") % _L
    neg_a: Point = ((_P - a[0]) % _P, a[1], a[2], (_P - a[3]) % _P)
    # Shamir's trick: one pass of doublings for both scalars.
    table = (_ZERO, _B, neg_a, _add(_B, neg_a))
    q = _ZERO
    for i in range(max(s.bit_length(), k.bit_length()) - 1, -1, -1):
        q = _double(q)
        idx = (s >> i & 1) | (k >> i & 1) << 1
        if idx:
            q = _add(q, table[idx])
    return _encode_point(q) == r_bytes


# ---------------------------------------------------------------------------------------
# RFC 6962 / 9162 Merkle proofs.


def _leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_from_inclusion(index: int, size: int, leaf: bytes, proof: list[bytes]) -> bytes | None:
    if not 0 <= index < size:
        return None
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = _node(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = _node(r, p)
        fn >>= 1
        sn >>= 1
    return r if sn == 0 else None


def consistency_ok(m: int, n: int, old: bytes, new: bytes, proof: list[bytes]) -> bool:
    if not 0 <= m <= n:
        return False
    if m == 0:
        return not proof
    if m == n:
        return not proof and old == new
    if not proof:
        return False
    path = ([old] if m & (m - 1) == 0 else []) + proof
    fn, sn = m - 1, n - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = _node(c, fr), _node(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = _node(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old and sr == new


# ---------------------------------------------------------------------------------------
# Strict decoding helpers: every accepted file has exactly one valid encoding.


class Invalid(Exception):
    """The bundle is not intact; ``where`` names the file or entry."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"{where}: {why}")
        self.where = where


_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\Z")
_DECIMAL = re.compile(r"(0|[1-9][0-9]{0,18})\Z")
_MANIFEST_FILE = re.compile(r"(?:[0-9a-f]{64}  [A-Za-z0-9._-][A-Za-z0-9._/-]*\n)+")
_MANIFEST_ENTRY = re.compile(r"([0-9a-f]{64})  ([^\n]+)\n")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")
_ENTRY_FILE = re.compile(r"entries/(\d{6,})\.json\Z")
_PROOF_FILE = re.compile(r"proofs/(\d{6,})\.json\Z")
_ATTACHMENT_FILE = re.compile(r"attachments/([0-9a-f]{64})\Z")
_KEY_FILE = re.compile(r"public-keys/([0-9a-f]{8})\.vkey\Z")
_PEM_PREFIX = bytes.fromhex("302a300506032b6570032100")
_MAX_INT = 2**53 - 1
MANIFEST = "MANIFEST.sha256"
SEAL = "MANIFEST.sig"
SEAL_HEADER = "casesafe-bundle/v1"


def _b64(text: str, where: str, what: str) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise Invalid(where, f"{what} is not valid base64") from None
    if base64.b64encode(data).decode("ascii") != text:
        raise Invalid(where, f"{what} is not canonical base64")
    return data


def _hex32(value: Any, where: str, what: str) -> bytes:
    if not isinstance(value, str) or not _HEX64.match(value):
        raise Invalid(where, f"{what} is not 64 lowercase hex digits")
    return bytes.fromhex(value)


def _text(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid(where, "not valid UTF-8") from None


def _canonical(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _reject(text: str) -> Any:
    raise ValueError(f"{text} is not allowed")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _ints_ok(value: Any) -> bool:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return True
    if isinstance(value, int):
        return -_MAX_INT <= value <= _MAX_INT
    if isinstance(value, list):
        return all(_ints_ok(v) for v in value)
    if isinstance(value, dict):
        return all(_ints_ok(v) for v in value.values())
    return False


def parse_json(data: bytes, where: str) -> Any:
    try:
        value = json.loads(
            _text(data, where),
            parse_float=_reject,
            parse_constant=_reject,
            object_pairs_hook=_pairs,
        )
        canonical = _canonical(value)
    except (ValueError, RecursionError) as exc:
        raise Invalid(where, f"not valid JSON ({exc})") from None
    if canonical != data or not _ints_ok(value):
        raise Invalid(where, "JSON is not in canonical form")
    return value


def _obj(value: Any, keys: set[str], where: str, what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise Invalid(where, f"{what} must have exactly the keys {sorted(keys)}")
    return value


def _int(value: Any, where: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise Invalid(where, f"{what} must be a non-negative integer")
    return value


# ---------------------------------------------------------------------------------------
# Signed notes (C2SP signed-note) and public keys.


class Key:
    def __init__(self, name: str, raw: bytes, path: str) -> None:
        self.name, self.raw, self.path = name, raw, path
        self.key_id = hashlib.sha256(name.encode("utf-8") + b"\n\x01" + raw).digest()[:4]
        self.fingerprint = "SHA256:" + hashlib.sha256(raw).hexdigest()


def split_note(note: str, where: str) -> tuple[str, list[tuple[str, bytes, bytes]]]:
    cut = note.rfind("\n\n")
    if cut < 0:
        raise Invalid(where, "signed note has no signature block")
    text, block = note[: cut + 1], note[cut + 2 :]
    if "\n\n" in text or _CONTROL.search(note):
        raise Invalid(where, "signed note has stray blank lines or control characters")
    if not block.endswith("\n"):
        raise Invalid(where, "signature block must end with a newline")
    sigs = []
    for line in block[:-1].split("\n"):
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != "\u2014" or not parts[1] or "+" in parts[1]:
            raise Invalid(where, "malformed signature line")
        blob = _b64(parts[2], where, "signature")
        if len(blob) < 5:
            raise Invalid(where, "signature too short")
        sigs.append((parts[1], blob[:4], blob[4:]))
    return text, sigs


def open_note(note: str, keys: list[Key], where: str) -> tuple[str, Key]:
    """Return the note text and the signing key; a bad known-key signature rejects."""
    text, sigs = split_note(note, where)
    signer = None
    for name, kid, sig in sigs:
        for key in keys:
            if key.name == name and key.key_id == kid:
                if not ed25519_verify(key.raw, text.encode("utf-8"), sig):
                    raise Invalid(where, f"signature by {name} does not verify")
                signer = signer or key
    if signer is None:
        raise Invalid(where, "not signed by any key in public-keys/")
    return text, signer


def load_keys(files: dict[str, bytes]) -> list[Key]:
    keys: list[Key] = []
    fingerprints_path = "public-keys/FINGERPRINTS.txt"
    listed: set[str] = set()
    if fingerprints_path in files:
        text = _text(files[fingerprints_path], fingerprints_path)
        if not text.endswith("\n"):
            raise Invalid(fingerprints_path, "must end with a newline")
        # split("\n"), not splitlines(): the latter also splits on \v, \f, \x1c ...
        listed.update(text[:-1].split("\n"))
    for path in sorted(files):
        m = _KEY_FILE.match(path)
        if not m:
            continue
        text = _text(files[path], path)
        if not text.endswith("\n") or text.count("\n") != 1:
            raise Invalid(path, "a verifier key file holds one line")
        parts = text[:-1].split("+", 2)
        if len(parts) != 3:
            raise Invalid(path, "a verifier key is name+keyid+key")
        raw = _b64(parts[2], path, "key")
        if len(raw) != 33 or raw[0] != 1:
            raise Invalid(path, "not an Ed25519 verifier key")
        key = Key(parts[0], raw[1:], path)
        if key.key_id.hex() != parts[1] or m.group(1) != parts[1]:
            raise Invalid(path, "key id does not match the key or the file name")
        pem_path = path[: -len(".vkey")] + ".pem"
        pem = base64.b64encode(_PEM_PREFIX + key.raw).decode("ascii")
        expected_pem = f"-----BEGIN PUBLIC KEY-----\n{pem}\n-----END PUBLIC KEY-----\n"
        if files.get(pem_path) != expected_pem.encode("ascii"):
            raise Invalid(pem_path, "PEM file missing or does not match the verifier key")
        if f"{key.fingerprint}  {path}" not in listed:
            raise Invalid(fingerprints_path, f"fingerprint of {path} is missing or wrong")
        keys.append(key)
    if not keys:
        raise Invalid("public-keys/", "no public key in the bundle")
    if len(listed) != len(keys):
        raise Invalid(fingerprints_path, "lists keys that are not in the bundle")
    return keys


# ---------------------------------------------------------------------------------------
# The bundle.


class Report:
    def __init__(self) -> None:
        self.lines: list[str] = []


def _parse_seal_text(text: str) -> dict[str, str]:
    lines = text[:-1].split("\n")
    fields = {}
    if not lines or lines[0] != SEAL_HEADER:
        raise Invalid(SEAL, "not a CaseSafe bundle seal")
    for line in lines[1:]:
        name, _, value = line.partition(" ")
        if not value or name in fields:
            raise Invalid(SEAL, "malformed seal line")
        fields[name] = value
    if set(fields) != {"origin", "checkpoint", "case", "entries", "manifest-sha256"}:
        raise Invalid(SEAL, "seal lacks a required line")
    return fields


@functools.lru_cache(maxsize=512)
def sha256_hex(data: bytes) -> str:
    """SHA-256 of a file's bytes, memoised.

    A bytes object caches its own hash, so looking up an unchanged file is O(1); this is
    what lets the exhaustive bit-flip test call the verifier close to a million times.
    """
    return hashlib.sha256(data).hexdigest()


@functools.lru_cache(maxsize=16)
def parse_manifest(text: str) -> tuple[tuple[str, str], ...]:
    """(digest, path) pairs of a strictly formatted manifest, in file order."""
    if not _MANIFEST_FILE.fullmatch(text):
        raise Invalid(MANIFEST, "malformed (want '<sha256>  <path>' lines ending in newlines)")
    if any(bad in text for bad in ("  ../", "/../", "  ..\n", "/..\n", "/\n")):
        raise Invalid(MANIFEST, "lists a path with '..' or a trailing '/'")
    lines = tuple(_MANIFEST_ENTRY.findall(text))
    paths = [path for _, path in lines]
    if paths != sorted(set(paths)):
        raise Invalid(MANIFEST, "paths are out of order or repeated")
    if MANIFEST in paths or SEAL in paths:
        raise Invalid(MANIFEST, "must not list itself or the seal")
    return lines


def check_manifest(files: dict[str, bytes]) -> dict[str, str]:
    """Steps 1-2: the seal covers the manifest, the manifest covers every other file."""
    for required in (MANIFEST, SEAL):
        if required not in files:
            raise Invalid(required, "missing")
    seal_note = _text(files[SEAL], SEAL)
    seal_text, _ = split_note(seal_note, SEAL)
    seal = _parse_seal_text(seal_text)
    manifest = files[MANIFEST]
    if sha256_hex(manifest) != seal["manifest-sha256"]:
        # One of the two changed. A seal that still verifies means the manifest did.
        try:
            open_note(seal_note, load_keys(files), SEAL)
        except Invalid:
            raise Invalid(SEAL, "seal signature does not verify") from None
        raise Invalid(MANIFEST, "altered: its hash differs from the signed seal")
    lines = parse_manifest(_text(manifest, MANIFEST))
    listed = {path for _, path in lines}
    unlisted = set(files).difference(listed, (MANIFEST, SEAL))
    if unlisted:
        raise Invalid(min(unlisted), "file is not listed in MANIFEST.sha256")
    missing = listed.difference(files)
    if missing:
        raise Invalid(min(missing), "listed in MANIFEST.sha256 but missing")
    for digest, path in lines:
        if sha256_hex(files[path]) != digest:
            raise Invalid(path, "SHA-256 does not match MANIFEST.sha256")
    return seal


_ENTRY_KEYS = {
    "actor",
    "agency",
    "at",
    "content_commitment",
    "kind",
    "log",
    "meta",
    "seq",
    "subject",
    "v",
}


@functools.lru_cache(maxsize=4096)
def check_entry(path: str, data: bytes, seq: int) -> tuple[bytes, tuple[str, ...]]:
    """Return the leaf hash of an entry file and the attachments its content lists."""
    doc = _obj(parse_json(data, path), {"entry", "sealed"}, path, "an entry file")
    entry = _obj(doc["entry"], _ENTRY_KEYS, path, "an entry")
    if _int(entry["seq"], path, "seq") != seq:
        raise Invalid(path, f"entry says seq {entry['seq']}, file name says {seq}")
    if entry["v"] != 1 or entry["log"] not in ("case", "access"):
        raise Invalid(path, "unknown entry version or log name")
    for name in ("agency", "kind", "subject", "actor"):
        if not isinstance(entry[name], str) or not entry[name]:
            raise Invalid(path, f"{name} must be a non-empty string")
    if not isinstance(entry["at"], str) or not _TIME.match(entry["at"]):
        raise Invalid(path, "time is not UTC ISO-8601 with microseconds")
    if not isinstance(entry["meta"], dict):
        raise Invalid(path, "meta must be an object")
    commitment = _hex32(entry["content_commitment"], path, "content_commitment")
    attachments: list[str] = []
    sealed = doc["sealed"]
    if sealed is not None:
        sealed = _obj(sealed, {"content", "salt"}, path, "sealed content")
        salt = _hex32(sealed["salt"], path, "salt")
        if hashlib.sha256(salt + _canonical(sealed["content"])).digest() != commitment:
            raise Invalid(path, "content does not match its committed hash")
        content = sealed["content"]
        if isinstance(content, dict) and isinstance(content.get("attachments"), list):
            for item in content["attachments"]:
                if isinstance(item, dict) and isinstance(item.get("sha256"), str):
                    attachments.append(item["sha256"])
    return _leaf_hash(_canonical(entry)), tuple(attachments)


@functools.lru_cache(maxsize=4096)
def check_proof(path: str, data: bytes, seq: int, size: int, leaf: bytes, root: bytes) -> None:
    keys = {"audit_path", "leaf_hash", "leaf_index", "tree_size"}
    doc = _obj(parse_json(data, path), keys, path, "an inclusion proof")
    if _int(doc["leaf_index"], path, "leaf_index") != seq or doc["tree_size"] != size:
        raise Invalid(path, "proof is for another entry or tree size")
    if _hex32(doc["leaf_hash"], path, "leaf_hash") != leaf:
        raise Invalid(path, "leaf hash differs from the entry's")
    if not isinstance(doc["audit_path"], list):
        raise Invalid(path, "audit_path must be a list")
    proof = [_hex32(h, path, "audit path hash") for h in doc["audit_path"]]
    if root_from_inclusion(seq, size, leaf, proof) != root:
        raise Invalid(path, f"entry {seq} is not in the signed tree (inclusion proof fails)")


def parse_checkpoint(text: str, where: str) -> tuple[str, int, bytes]:
    lines = text[:-1].split("\n")
    if len(lines) < 3 or not _DECIMAL.match(lines[1]):
        raise Invalid(where, "malformed checkpoint")
    root = _b64(lines[2], where, "root hash")
    if len(root) != 32:
        raise Invalid(where, "root hash must be 32 bytes")
    return lines[0], int(lines[1]), root


def check_consistency(data: bytes, keys: list[Key], origin: str, size: int, root: bytes) -> str:
    path = "consistency.json"
    keyset = {"from_checkpoint", "from_root", "from_size", "proof", "to_size"}
    doc = _obj(parse_json(data, path), keyset, path, "a consistency proof")
    m = _int(doc["from_size"], path, "from_size")
    if doc["to_size"] != size:
        raise Invalid(path, "to_size is not the checkpoint's tree size")
    old_root = _hex32(doc["from_root"], path, "from_root")
    if not isinstance(doc["proof"], list):
        raise Invalid(path, "proof must be a list")
    proof = [_hex32(h, path, "proof hash") for h in doc["proof"]]
    if doc["from_checkpoint"] is not None:
        if not isinstance(doc["from_checkpoint"], str):
            raise Invalid(path, "from_checkpoint must be a signed note")
        text, _ = open_note(doc["from_checkpoint"], keys, path + " (earlier checkpoint)")
        o, s, r = parse_checkpoint(text, path)
        if (o, s, r) != (origin, m, old_root):
            raise Invalid(path, "earlier checkpoint does not match from_size/from_root")
    if m > size:
        raise Invalid(path, f"log shrank from {m} to {size} entries")
    if m == size and old_root != root:
        raise Invalid(path, f"two different roots for tree size {size} (split view)")
    if not consistency_ok(m, size, old_root, root, proof):
        raise Invalid(path, f"tree of size {m} is not a prefix of the signed tree")
    return f"consistent with the earlier tree of size {m}" if m else "no earlier checkpoint"


def verify_files(files: dict[str, bytes], fingerprint: str | None = None) -> Report:
    """Verify a bundle given as {relative path: bytes}; raise Invalid on the first problem."""
    return check_contents(files, check_manifest(files), fingerprint)


def check_contents(
    files: dict[str, bytes], seal: dict[str, str], fingerprint: str | None
) -> Report:
    """Steps 3-6, given the seal fields that step 1 vouched for."""
    report = Report()
    keys = load_keys(files)
    if fingerprint is not None and fingerprint not in {k.fingerprint for k in keys}:
        raise Invalid("public-keys/", f"no key has the expected fingerprint {fingerprint}")
    cp_note = _text(files.get("checkpoint.txt", b""), "checkpoint.txt")
    cp_text, cp_key = open_note(cp_note, keys, "checkpoint.txt")
    origin, size, root = parse_checkpoint(cp_text, "checkpoint.txt")
    seal_text, seal_key = open_note(_text(files[SEAL], SEAL), keys, SEAL)
    if seal_key is not cp_key:
        raise Invalid(SEAL, "seal and checkpoint are signed by different keys")
    expected_cp = f"{size} {base64.b64encode(root).decode('ascii')}"
    if seal["origin"] != origin or seal["checkpoint"] != expected_cp:
        raise Invalid(SEAL, "seal names a different checkpoint")
    entries = {int(m.group(1)): p for p in files if (m := _ENTRY_FILE.match(p))}
    proofs = {int(m.group(1)): p for p in files if (m := _PROOF_FILE.match(p))}
    if seal["entries"] != str(len(entries)):
        raise Invalid(SEAL, f"seal says {seal['entries']} entries, bundle has {len(entries)}")
    wanted: set[str] = set()
    for seq in sorted(entries):
        path = entries[seq]
        if path != f"entries/{seq:06d}.json":
            raise Invalid(path, "file name is not the zero-padded sequence number")
        if seq not in proofs or proofs[seq] != f"proofs/{seq:06d}.json":
            raise Invalid(f"proofs/{seq:06d}.json", f"missing inclusion proof for entry {seq}")
        leaf, attachments = check_entry(path, files[path], seq)
        check_proof(proofs[seq], files[proofs[seq]], seq, size, leaf, root)
        for digest in attachments:
            if f"attachments/{digest}" not in files:
                raise Invalid(path, f"attachment {digest} is missing")
            wanted.add(digest)
    for seq, path in proofs.items():
        if seq not in entries:
            raise Invalid(path, f"proof for entry {seq}, which is not in the bundle")
    for path in files:
        if path.startswith(("entries/", "proofs/")) and not (
            _ENTRY_FILE.match(path) or _PROOF_FILE.match(path)
        ):
            raise Invalid(path, "unexpected file")
        if path.startswith("public-keys/") and path != "public-keys/FINGERPRINTS.txt":
            stem = path[: -len(".pem")] + ".vkey" if path.endswith(".pem") else path
            if not _KEY_FILE.match(stem) or stem not in files:
                raise Invalid(path, "unexpected file")
        if path.startswith("attachments/"):
            m = _ATTACHMENT_FILE.match(path)
            if not m or hashlib.sha256(files[path]).hexdigest() != m.group(1):
                raise Invalid(path, "attachment is not named by its SHA-256")
            if m.group(1) not in wanted:
                raise Invalid(path, "attachment is not listed by any entry")
    if "consistency.json" not in files:
        raise Invalid("consistency.json", "missing")
    note = check_consistency(files["consistency.json"], keys, origin, size, root)
    report.lines += [
        f"OK: {len(entries)} entries of case {seal['case']} verified",
        f"checkpoint: {origin}, tree size {size}, root {root.hex()}",
        f"signed by {cp_key.name}, key fingerprint {cp_key.fingerprint}",
        f"consistency: {note}",
        "Compare the fingerprint with the one the agency published before relying on this.",
    ]
    return report


def read_bundle(directory: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for root, dirs, names in os.walk(directory):
        dirs.sort()
        for name in sorted(names) + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            full = os.path.join(root, name)
            rel = os.path.relpath(full, directory).replace(os.sep, "/")
            if os.path.islink(full) or not os.path.isfile(full):
                raise Invalid(rel, "not a regular file")
            if rel == "__pycache__" or rel.startswith("__pycache__/"):
                continue  # written by Python itself when verify.py is imported
            with open(full, "rb") as handle:
                files[rel] = handle.read()
    return files


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    fingerprint = None
    if "--fingerprint" in args:
        i = args.index("--fingerprint")
        if i + 1 >= len(args):
            print("usage: verify.py BUNDLE_DIR [--fingerprint SHA256:<hex>]", file=sys.stderr)
            return 2
        fingerprint = args[i + 1]
        del args[i : i + 2]
    if len(args) != 1 or not os.path.isdir(args[0]):
        print("usage: verify.py BUNDLE_DIR [--fingerprint SHA256:<hex>]", file=sys.stderr)
        return 2
    try:
        report = verify_files(read_bundle(args[0]), fingerprint)
    except Invalid as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"FAILED: cannot read the bundle: {exc}", file=sys.stderr)
        return 1
    print("\n".join(report.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Signed checkpoints: C2SP format, key ids, rotation, history checks, key files."""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st
from ledger_helpers import KEY_NAME, ORIGIN, fill, new_log, signer

from casesafe.ledger import verify_bundle
from casesafe.ledger.checkpoint import (
    Checkpoint,
    Keyring,
    PublicKey,
    Signer,
    check_history,
    ensure_signing_key,
    key_id,
    load_signing_key,
    split_note,
    verify_sequence,
)
from casesafe.ledger.errors import (
    CheckpointError,
    KeyFileError,
    ShrinkingLogError,
    SignatureError,
    SplitViewError,
    UnknownKeyError,
)


def test_checkpoint_note_layout() -> None:
    s = signer()
    cp = Checkpoint(ORIGIN, 5, b"\x11" * 32)
    note = s.sign(cp)
    root_b64 = base64.b64encode(b"\x11" * 32).decode()
    body = f"{ORIGIN}\n5\n{root_b64}\n"
    assert note.startswith(body + "\n\u2014 " + KEY_NAME + " ")
    assert note.endswith("\n")
    blob = base64.b64decode(note.rstrip("\n").rsplit(" ", 1)[1])
    pub = s.public_key.key
    assert blob[:4] == hashlib.sha256(KEY_NAME.encode() + b"\n\x01" + pub).digest()[:4]
    assert s.public_key.verify(body.encode(), blob[4:])
    # The pure-Python verifier agrees with `cryptography` on our own notes.
    assert verify_bundle.ed25519_verify(pub, body.encode(), blob[4:])
    assert Keyring(s.public_key).open_checkpoint(note, ORIGIN) == cp


def test_c2sp_spec_example_key_id() -> None:
    # The verifier key from the C2SP signed-note spec example names its own key id.
    vkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    key = PublicKey.from_vkey(vkey)
    assert key.key_id.hex() == "c74f20a3"
    assert key.vkey == vkey
    assert key_id(key.name, key.key) == bytes.fromhex("c74f20a3")


def test_vkey_roundtrip_and_fingerprint() -> None:
    key = signer().public_key
    assert PublicKey.from_vkey(key.vkey) == key
    assert key.fingerprint == "SHA256:" + hashlib.sha256(key.key).hexdigest()
    with pytest.raises(CheckpointError):
        PublicKey.from_vkey(key.vkey.replace("+", "+0", 1))


def test_rotation_keeps_old_checkpoints_verifying() -> None:
    log = new_log()
    old, new = signer(1), signer(2)
    fill(log, 3)
    note_old = log.checkpoint(old)
    fill(log, 3)
    note_new = log.checkpoint(new)
    ring = Keyring(old.public_key).rotate(new.public_key)
    assert ring.active == new.public_key and ring.retired == (old.public_key,)
    cps = verify_sequence([note_old, note_new], ring, ORIGIN)
    assert [c.size for c in cps] == [3, 6]
    with pytest.raises(UnknownKeyError):
        Keyring(new.public_key).open_checkpoint(note_old)


def test_bad_signature_and_unknown_key_are_rejected() -> None:
    s = signer()
    note = s.sign(Checkpoint(ORIGIN, 1, b"\x00" * 32))
    ring = Keyring(s.public_key)
    tampered = note.replace(f"{ORIGIN}\n1\n", f"{ORIGIN}\n2\n")
    with pytest.raises(SignatureError):
        ring.open_checkpoint(tampered)
    with pytest.raises(UnknownKeyError):
        Keyring(signer(9).public_key).open_checkpoint(note)
    with pytest.raises(CheckpointError):
        ring.open_checkpoint(note, "another/origin")


def test_unknown_cosignatures_are_ignored_but_bad_known_ones_reject() -> None:
    s, witness = signer(), signer(3)
    cp = Checkpoint(ORIGIN, 1, b"\x00" * 32)
    note = s.sign(cp)
    cosig_line = witness.sign(cp).split("\n\n")[1]
    both = note + cosig_line
    assert Keyring(s.public_key).open_checkpoint(both) == cp
    witness_sig = base64.b64decode(cosig_line.rstrip("\n").rsplit(" ", 1)[1])[4:]
    blob = base64.b64encode(s.public_key.key_id + witness_sig).decode()
    forged = note + f"\u2014 {s.name} {blob}\n"
    with pytest.raises(CheckpointError):
        Keyring(s.public_key).open_checkpoint(forged)


@given(st.integers(0, 10_000), st.integers(0, 7))
def test_any_bit_flip_in_a_note_fails(position: int, bit: int) -> None:
    s = signer()
    note = s.sign(Checkpoint(ORIGIN, 42, hashlib.sha256(b"x").digest())).encode()
    i = position % len(note)
    flipped = bytearray(note)
    flipped[i] ^= 1 << bit
    try:
        text = flipped.decode()
    except UnicodeDecodeError:
        return
    with pytest.raises(CheckpointError):
        Keyring(s.public_key).open_checkpoint(text, ORIGIN)


def test_history_rejects_shrinking_and_split_view() -> None:
    a = Checkpoint(ORIGIN, 5, b"\x01" * 32)
    b = Checkpoint(ORIGIN, 7, b"\x02" * 32)
    check_history([a, b, b])
    with pytest.raises(ShrinkingLogError):
        check_history([b, a])
    with pytest.raises(SplitViewError):
        check_history([a, Checkpoint(ORIGIN, 5, b"\x03" * 32)])
    with pytest.raises(SplitViewError):
        check_history([a, b, Checkpoint(ORIGIN, 7, b"\x04" * 32)])


@pytest.mark.parametrize(
    "text",
    [
        "o\n01\nAAAA\n",
        "o\n-1\n" + "A" * 43 + "=\n",
        "o\n1\n",
        "o\n1\nAAAA\n",
        "o\n1\n" + "A" * 43 + "B\n",
    ],
)
def test_malformed_checkpoint_bodies(text: str) -> None:
    with pytest.raises(CheckpointError):
        Checkpoint.parse_body(text)


def test_non_canonical_base64_root_is_rejected() -> None:
    root = base64.b64encode(b"\x00" * 32).decode()
    assert root.endswith("A=")
    with pytest.raises(CheckpointError):
        Checkpoint.parse_body(f"o\n1\n{root[:-2]}B=\n")


def test_split_note_rejects_malformed_signature_blocks() -> None:
    for note in [
        "text\n",
        "text\n\n",
        "text\n\n- name AAAA\n",
        "text\n\n\u2014 name AAAAAAAA\nx\n",
    ]:
        with pytest.raises(CheckpointError):
            split_note(note)


def test_ensure_signing_key_creates_0600_and_reloads(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "log.pem"
    key = ensure_signing_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = ensure_signing_key(path)
    assert Signer("n", key).public_key == Signer("n", again).public_key


def test_key_files_that_others_can_read_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "log.pem"
    ensure_signing_key(path)
    os.chmod(path, 0o644)
    with pytest.raises(KeyFileError):
        load_signing_key(path)


def test_raw_key_files_and_garbage(tmp_path: Path) -> None:
    raw = tmp_path / "raw.key"
    raw.write_bytes(bytes(range(32)))
    os.chmod(raw, 0o600)
    assert (
        Signer("n", load_signing_key(raw)).public_key
        == Signer("n", Ed25519PrivateKey.from_private_bytes(bytes(range(32)))).public_key
    )
    bad = tmp_path / "bad.key"
    bad.write_bytes(b"not a key")
    os.chmod(bad, 0o600)
    with pytest.raises(KeyFileError):
        load_signing_key(bad)
    with pytest.raises(KeyFileError):
        load_signing_key(tmp_path / "missing.key")

"""Shared builders for the ledger tests (imported by the test modules next to it)."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casesafe.ledger.checkpoint import Keyring, Signer
from casesafe.ledger.entry import Record
from casesafe.ledger.export import build_files
from casesafe.ledger.store import InMemoryStore, Log
from casesafe.ledger.verify_bundle import MANIFEST, SEAL, SEAL_HEADER

ORIGIN = "casesafe.test/acme/case"
KEY_NAME = "casesafe.test/acme"
FIXED_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


def signer(seed: int | None = None) -> Signer:
    if seed is None:
        return Signer(KEY_NAME, FIXED_KEY)
    raw = hashlib.sha256(b"test key %d" % seed).digest()
    return Signer(KEY_NAME, Ed25519PrivateKey.from_private_bytes(raw))


def new_log() -> Log:
    return Log(InMemoryStore(), origin=ORIGIN, log="case", agency="acme")


def fill(
    log: Log,
    n: int,
    *,
    cases: Sequence[str] = ("C-1",),
    rng: random.Random | None = None,
    attachment: bytes | None = None,
) -> None:
    rng = rng or random.Random(0)
    for i in range(n):
        content: dict[str, object] = {"text": f"message {log.size()} \u00e9\u2603 {rng.random()!r}"}
        if attachment is not None and i == 0:
            content["attachments"] = [
                {
                    "sha256": hashlib.sha256(attachment).hexdigest(),
                    "name": "photo.jpg",
                    "media_type": "image/jpeg",
                }
            ]
        log.append(
            kind=rng.choice(["message", "post", "screening", "visit"]),
            subject=cases[i % len(cases)],
            actor=f"user-{rng.randrange(5)}",
            content=content,  # type: ignore[arg-type]
            salt=rng.randbytes(32),
            at=f"2026-01-02T03:04:{i % 60:02d}.000000Z",
        )


def case_records(log: Log, case: str) -> list[Record]:
    return [r for r in log.store.iter_records() if r.entry.subject == case]


def bundle_files(
    log: Log, case: str = "C-1", s: Signer | None = None, **kw: object
) -> dict[str, bytes]:
    s = s or signer()
    return build_files(log=log, records=case_records(log, case), signer=s, case_ref=case, **kw)  # type: ignore[arg-type]


def reseal(files: dict[str, bytes], s: Signer | None = None) -> dict[str, bytes]:
    """Recompute manifest and seal as a key holder would, to reach the deeper checks."""
    s = s or signer()
    out = {k: v for k, v in files.items() if k not in (MANIFEST, SEAL)}
    manifest = "".join(f"{hashlib.sha256(out[p]).hexdigest()}  {p}\n" for p in sorted(out)).encode()
    old = files[SEAL].decode().split("\n\n")[0].split("\n")
    fields = dict(line.split(" ", 1) for line in old[1:])
    entries = sum(1 for p in out if p.startswith("entries/"))
    text = (
        f"{SEAL_HEADER}\norigin {fields['origin']}\ncheckpoint {fields['checkpoint']}\n"
        f"case {fields['case']}\nentries {entries}\n"
        f"manifest-sha256 {hashlib.sha256(manifest).hexdigest()}\n"
    )
    out[MANIFEST] = manifest
    out[SEAL] = s.sign_note(text).encode()
    return out


def keyring() -> Keyring:
    return Keyring(signer().public_key)

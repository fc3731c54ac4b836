"""Exhaustive and bulk checks of the court bundle (marked slow).

Run them with:  .venv/bin/pytest tests/ledger -m slow
"""

from __future__ import annotations

import hashlib
import importlib.util
import multiprocessing
import random
import shutil
import types
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from ledger_helpers import case_records, fill, new_log, signer

from casesafe.ledger.checkpoint import Keyring
from casesafe.ledger.export import build_files, export_bundle

pytestmark = pytest.mark.slow

ATTACHMENT = b"original scan " * 40
ATT_DIGEST = hashlib.sha256(ATTACHMENT).hexdigest()


def load_bundle_verifier(bundle: Path) -> types.ModuleType:
    """Import the verify.py that ships inside the bundle, as a court would run it."""
    spec = importlib.util.spec_from_file_location("bundle_verify", bundle / "verify.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle64(tmp_path_factory: pytest.TempPathFactory) -> Path:
    log = new_log()
    fill(log, 50, cases=("C-1", "C-2"), attachment=ATTACHMENT)
    early = log.checkpoint(signer(1))
    fill(log, 78, cases=("C-1", "C-2"))
    log.purge(2)
    out = tmp_path_factory.mktemp("bundle") / "C-1"
    info = export_bundle(
        out,
        log=log,
        records=case_records(log, "C-1"),
        signer=signer(),
        case_ref="C-1",
        keyring=Keyring(signer(1).public_key).rotate(signer().public_key),
        earlier_checkpoint=early,
        attachments={ATT_DIGEST: ATTACHMENT},
        extra_files={"summary.pdf": b"%PDF-1.7 stand-in"},
    )
    assert info.entries == 64
    return out


def _flip_every_bit(bundle: str, paths: list[str]) -> tuple[int, list[object], list[object]]:
    """Flip each bit of each file in ``paths`` in turn and run the bundle's own verifier."""
    verifier = load_bundle_verifier(Path(bundle))
    files = verifier.read_bundle(bundle)
    missed: list[object] = []
    misnamed: list[object] = []
    flips = 0
    for path in paths:
        original = files[path]
        buf = bytearray(original)
        for i in range(len(buf)):
            byte = buf[i]
            for bit in range(8):
                buf[i] = byte ^ (1 << bit)
                files[path] = bytes(buf)
                flips += 1
                try:
                    verifier.verify_files(files)
                except verifier.Invalid as exc:
                    if exc.where != path:
                        misnamed.append((path, i, bit, str(exc)))
                else:
                    missed.append((path, i, bit))
            buf[i] = byte
        files[path] = original
    verifier.verify_files(files)
    return flips, missed, misnamed


def test_every_single_bit_flip_of_every_file_is_detected(bundle64: Path) -> None:
    verifier = load_bundle_verifier(bundle64)
    files = verifier.read_bundle(str(bundle64))
    assert verifier.main([str(bundle64)]) == 0
    # Two halves of about equal size, one per core; each worker imports verify.py itself.
    halves: list[list[str]] = [[], []]
    sizes = [0, 0]
    for path in sorted(files, key=lambda p: -len(files[p])):
        k = sizes.index(min(sizes))
        halves[k].append(path)
        sizes[k] += len(files[path])
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        results = list(pool.map(_flip_every_bit, [str(bundle64)] * 2, halves))
    flips = sum(r[0] for r in results)
    missed = [m for r in results for m in r[1]]
    misnamed = [m for r in results for m in r[2]]
    assert flips == 8 * sum(len(v) for v in files.values())
    assert not missed, missed[:20]
    assert not misnamed, misnamed[:20]


def test_every_bit_flip_is_caught_by_the_content_checks_too(bundle64: Path) -> None:
    """Even with the manifest taken as given, the signatures and proofs catch each flip."""
    verifier = load_bundle_verifier(bundle64)
    files = verifier.read_bundle(str(bundle64))
    seal = verifier.check_manifest(files)
    targets = [
        "entries/000000.json",  # has content and an attachment
        "entries/000002.json",  # purged
        "proofs/000000.json",
        "proofs/000126.json",
        "checkpoint.txt",
        "consistency.json",
        f"attachments/{ATT_DIGEST}",
        "public-keys/FINGERPRINTS.txt",
        *[p for p in files if p.startswith("public-keys/") and p.endswith((".vkey", ".pem"))],
    ]
    missed: list[tuple[str, int, int]] = []
    for path in targets:
        original = files[path]
        buf = bytearray(original)
        for i in range(len(buf)):
            byte = buf[i]
            for bit in range(8):
                buf[i] = byte ^ (1 << bit)
                files[path] = bytes(buf)
                try:
                    verifier.check_contents(files, seal, None)
                except verifier.Invalid:
                    pass
                else:
                    missed.append((path, i, bit))
            buf[i] = byte
        files[path] = original
    assert not missed, missed[:20]


def test_a_thousand_clean_exports_verify(tmp_path: Path) -> None:
    """0 false rejects over 1,000 varied exports (every 20th also written to disk)."""
    verifier = load_bundle_verifier(_write_verifier(tmp_path))
    rng = random.Random(2026)
    rejected: list[tuple[int, str]] = []
    log = new_log()
    early: str | None = None
    key_seed = 0
    for i in range(1000):
        if i % 100 == 0:  # a fresh log and a new key every 100 exports
            log = new_log()
            key_seed += 1
            early = None
        fill(
            log,
            rng.randint(1, 12),
            cases=("C-1", "C-2", "C-3"),
            rng=rng,
            attachment=ATTACHMENT if rng.random() < 0.1 else None,
        )
        if rng.random() < 0.05:
            log.purge(rng.randrange(log.size()))
        case = rng.choice(["C-1", "C-2", "C-3"])
        kwargs = dict(
            log=log,
            records=case_records(log, case),
            signer=signer(key_seed),
            case_ref=case,
            keyring=Keyring(signer(key_seed).public_key),
            earlier_checkpoint=early,
            attachments={ATT_DIGEST: ATTACHMENT},
        )
        if i % 20 == 0:
            out = tmp_path / f"b{i}"
            export_bundle(out, **kwargs)  # type: ignore[arg-type]
            if verifier.main([str(out)]) != 0:
                rejected.append((i, "on disk"))
            shutil.rmtree(out)
        else:
            try:
                verifier.verify_files(build_files(**kwargs))  # type: ignore[arg-type]
            except verifier.Invalid as exc:
                rejected.append((i, str(exc)))
        if rng.random() < 0.3:
            early = log.checkpoint(signer(key_seed))
    assert rejected == []


def _write_verifier(tmp_path: Path) -> Path:
    from casesafe.ledger.export import VERIFIER_SOURCE

    where = tmp_path / "verifier"
    where.mkdir()
    (where / "verify.py").write_bytes(VERIFIER_SOURCE.read_bytes())
    return where

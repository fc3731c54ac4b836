"""Court export bundles and the stand-alone verifier (verify.py)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from ledger_helpers import ORIGIN, bundle_files, case_records, fill, new_log, reseal, signer

from casesafe.ledger import verify_bundle as vb
from casesafe.ledger.checkpoint import Keyring
from casesafe.ledger.entry import canonical_json
from casesafe.ledger.errors import ExportError
from casesafe.ledger.export import VERIFIER_SOURCE, export_bundle
from casesafe.ledger.store import Log

ATTACHMENT = b"\x89PNG original photo bytes" * 20
ATT_DIGEST = hashlib.sha256(ATTACHMENT).hexdigest()


def make_log(n: int = 128) -> tuple[Log, str]:
    """A log with two cases, a retired key's early checkpoint, and one purged entry."""
    log = new_log()
    fill(log, 40, cases=("C-1", "C-2"), attachment=ATTACHMENT)
    early = log.checkpoint(signer(1))
    fill(log, n - 40, cases=("C-1", "C-2"))
    log.purge(2)
    return log, early


def rotated() -> Keyring:
    return Keyring(signer(1).public_key).rotate(signer().public_key)


@pytest.fixture(scope="module")
def files64() -> dict[str, bytes]:
    log, early = make_log(128)
    files = bundle_files(
        log,
        "C-1",
        keyring=rotated(),
        earlier_checkpoint=early,
        attachments={ATT_DIGEST: ATTACHMENT},
        extra_files={"summary.pdf": b"%PDF-1.7 placeholder for the Django summary"},
    )
    assert sum(1 for p in files if p.startswith("entries/")) == 64
    return files


def verify(files: dict[str, bytes]) -> None:
    vb.verify_files(files)


def fails(files: dict[str, bytes]) -> vb.Invalid:
    with pytest.raises(vb.Invalid) as info:
        vb.verify_files(files)
    return info.value


def test_clean_bundle_verifies_with_system_python(tmp_path: Path) -> None:
    log, early = make_log(100)
    info = export_bundle(
        tmp_path / "bundle",
        log=log,
        records=case_records(log, "C-1"),
        signer=signer(),
        case_ref="C-1",
        keyring=rotated(),
        earlier_checkpoint=early,
        attachments={ATT_DIGEST: ATTACHMENT},
    )
    assert info.entries == 50 and info.tree_size == 100
    assert (
        info.bundle_hash == hashlib.sha256((info.path / "MANIFEST.sha256").read_bytes()).hexdigest()
    )
    done = subprocess.run(
        ["python3", str(info.path / "verify.py"), str(info.path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "OK: 50 entries of case C-1" in done.stdout
    assert signer().public_key.fingerprint in done.stdout
    # Change one byte of a file: non-zero exit naming the file.
    target = info.path / "entries" / "000004.json"
    data = bytearray(target.read_bytes())
    data[30] ^= 0x01
    target.write_bytes(bytes(data))
    done = subprocess.run(
        [sys.executable, str(info.path / "verify.py"), str(info.path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "entries/000004.json" in done.stderr


def test_bundle_layout(files64: dict[str, bytes]) -> None:
    names = set(files64)
    for required in (
        "checkpoint.txt",
        "consistency.json",
        "README.txt",
        "CERTIFICATION.txt",
        "verify.py",
        "MANIFEST.sha256",
        "MANIFEST.sig",
        "public-keys/FINGERPRINTS.txt",
        f"attachments/{ATT_DIGEST}",
        "summary.pdf",
    ):
        assert required in names
    assert files64["verify.py"] == VERIFIER_SOURCE.read_bytes()
    assert len([n for n in names if n.endswith(".vkey")]) == 2  # active and retired key
    manifest = files64["MANIFEST.sha256"].decode()
    assert "summary.pdf" in manifest and "MANIFEST" not in manifest
    cert = files64["CERTIFICATION.txt"].decode()
    assert "902(13)" in cert and "____" in cert
    assert "python3 verify.py ." in files64["README.txt"].decode()
    verify(files64)


def test_verification_is_fast(files64: dict[str, bytes]) -> None:
    import time

    vb.ed25519_verify.cache_clear()
    vb.sha256_hex.cache_clear()
    vb.parse_manifest.cache_clear()
    start = time.perf_counter()
    verify(files64)
    assert time.perf_counter() - start < 0.5


def test_purged_entry_is_in_bundle_without_content(files64: dict[str, bytes]) -> None:
    doc = json.loads(files64["entries/000002.json"])
    assert doc["sealed"] is None
    assert b"message 2 " not in b"".join(files64.values())
    assert json.loads(files64["entries/000000.json"])["sealed"]["content"]["attachments"]


def test_one_changed_byte_in_each_file_is_named(files64: dict[str, bytes]) -> None:
    for path, data in files64.items():
        for offset in {0, len(data) // 2, len(data) - 1}:
            changed = dict(files64)
            buf = bytearray(data)
            buf[offset] ^= 0x20
            changed[path] = bytes(buf)
            assert fails(changed).where == path, (path, offset)


def test_removed_added_and_renamed_files(files64: dict[str, bytes]) -> None:
    for path in files64:
        fewer = {k: v for k, v in files64.items() if k != path}
        assert fails(fewer).where == path
    more = dict(files64, **{"notes.txt": b"slipped in"})
    assert fails(more).where == "notes.txt"
    renamed = dict(files64)
    renamed["entries/000099.json"] = renamed.pop("entries/000004.json")
    assert fails(renamed).where in ("entries/000004.json", "entries/000099.json")


def test_regenerated_manifest_without_the_key_is_caught(files64: dict[str, bytes]) -> None:
    """An attacker drops an entry and rebuilds the manifest; the seal exposes it."""
    dropped = {
        k: v for k, v in files64.items() if k not in ("entries/000004.json", "proofs/000004.json")
    }
    body = {k: v for k, v in dropped.items() if k not in ("MANIFEST.sha256", "MANIFEST.sig")}
    dropped["MANIFEST.sha256"] = "".join(
        f"{hashlib.sha256(body[p]).hexdigest()}  {p}\n" for p in sorted(body)
    ).encode()
    assert fails(dropped).where == "MANIFEST.sha256"
    # Re-sealing with some other key is caught as an unknown / mismatched key.
    forged = reseal(dropped, signer(5))
    assert fails(forged).where == "MANIFEST.sig"


def _deep(files: dict[str, bytes]) -> vb.Invalid:
    """Tamper as a key holder would (manifest and seal redone): the content checks must catch it."""
    return fails(reseal(files))


def test_deep_entry_tampering(files64: dict[str, bytes]) -> None:
    # Content changed, commitment kept.
    doc = json.loads(files64["entries/000004.json"])
    doc["sealed"]["content"]["text"] = "something else"
    e = _deep(dict(files64, **{"entries/000004.json": canonical_json(doc)}))
    assert e.where == "entries/000004.json" and "content" in str(e)
    # Header changed: the leaf no longer matches its inclusion proof.
    doc = json.loads(files64["entries/000004.json"])
    doc["entry"]["actor"] = "someone-else"
    e = _deep(dict(files64, **{"entries/000004.json": canonical_json(doc)}))
    assert e.where == "proofs/000004.json"
    # Non-canonical but equivalent JSON.
    pretty = json.dumps(json.loads(files64["entries/000004.json"]), indent=1).encode()
    assert _deep(dict(files64, **{"entries/000004.json": pretty})).where == "entries/000004.json"


def test_deep_reordering_insertion_and_deletion(files64: dict[str, bytes]) -> None:
    swapped = dict(files64)
    swapped["entries/000004.json"], swapped["entries/000006.json"] = (
        files64["entries/000006.json"],
        files64["entries/000004.json"],
    )
    swapped["proofs/000004.json"], swapped["proofs/000006.json"] = (
        files64["proofs/000006.json"],
        files64["proofs/000004.json"],
    )
    assert _deep(swapped).where == "entries/000004.json"
    # An entry forged into position 5 (which belongs to the other case) cannot be proven.
    doc = json.loads(files64["entries/000004.json"])
    doc["entry"]["seq"] = 5
    proof = json.loads(files64["proofs/000004.json"])
    proof["leaf_index"] = 5
    inserted = dict(
        files64,
        **{"entries/000005.json": canonical_json(doc), "proofs/000005.json": canonical_json(proof)},
    )
    assert _deep(inserted).where == "proofs/000005.json"
    # An entry without its proof, and a proof without its entry.
    assert (
        _deep({k: v for k, v in files64.items() if k != "proofs/000004.json"}).where
        == "proofs/000004.json"
    )
    assert (
        _deep({k: v for k, v in files64.items() if k != "entries/000004.json"}).where
        == "proofs/000004.json"
    )


def test_deep_attachment_and_key_problems(files64: dict[str, bytes]) -> None:
    bad = dict(files64, **{f"attachments/{ATT_DIGEST}": b"other bytes"})
    assert _deep(bad).where == f"attachments/{ATT_DIGEST}"
    stray = hashlib.sha256(b"stray").hexdigest()
    assert (
        _deep(dict(files64, **{f"attachments/{stray}": b"stray"})).where == f"attachments/{stray}"
    )
    missing = {k: v for k, v in files64.items() if not k.startswith("attachments/")}
    assert _deep(missing).where == "entries/000000.json"
    fp = {k: v for k, v in files64.items() if k != "public-keys/FINGERPRINTS.txt"}
    assert _deep(fp).where == "public-keys/FINGERPRINTS.txt"


def test_expected_fingerprint_catches_a_substituted_key() -> None:
    log = new_log()
    fill(log, 10)
    impostor = signer(6)
    files = bundle_files(log, "C-1", s=impostor)  # entirely self-consistent, wrong key
    vb.verify_files(files)
    with pytest.raises(vb.Invalid):
        vb.verify_files(files, fingerprint=signer().public_key.fingerprint)
    vb.verify_files(files, fingerprint=impostor.public_key.fingerprint)


def _checkpoint_of(note: str) -> tuple[int, bytes]:
    lines = note.split("\n")
    import base64

    return int(lines[1]), base64.b64decode(lines[2])


def test_shrinking_log_is_rejected() -> None:
    """The log held 50 entries at an earlier checkpoint; a later bundle says 40."""
    log = new_log()
    fill(log, 50)
    early = log.checkpoint(signer())
    truncated = new_log()
    for record in list(log.store.iter_records())[:40]:
        truncated.append_record(record)
    with pytest.raises(ExportError):
        bundle_files(truncated, earlier_checkpoint=early)
    files = bundle_files(truncated)
    size, root = _checkpoint_of(early)
    files["consistency.json"] = canonical_json(
        {
            "from_checkpoint": early,
            "from_root": root.hex(),
            "from_size": size,
            "proof": [],
            "to_size": 40,
        }
    )
    e = _deep(files)
    assert e.where == "consistency.json" and "shrank" in str(e)


def test_split_view_is_rejected() -> None:
    """Two logs agree on 30 entries then differ; both were signed at size 40."""
    a, b = new_log(), new_log()
    fill(a, 30)
    for record in a.store.iter_records():
        b.append_record(record)
    fill(a, 10)
    fill(b, 10, rng=__import__("random").Random(99))
    note_a = a.checkpoint(signer())
    files = bundle_files(b)
    size, root = _checkpoint_of(note_a)
    files["consistency.json"] = canonical_json(
        {
            "from_checkpoint": note_a,
            "from_root": root.hex(),
            "from_size": size,
            "proof": [],
            "to_size": 40,
        }
    )
    e = _deep(files)
    assert e.where == "consistency.json" and "split view" in str(e)
    # A fork from an earlier, smaller checkpoint cannot produce a valid consistency proof.
    a35 = new_log()
    for record in list(a.store.iter_records())[:35]:
        a35.append_record(record)
    note_35 = a35.checkpoint(signer())
    size, root = _checkpoint_of(note_35)
    proof = [h.hex() for h in b.consistency_proof(35, 40)]
    files["consistency.json"] = canonical_json(
        {
            "from_checkpoint": note_35,
            "from_root": root.hex(),
            "from_size": 35,
            "proof": proof,
            "to_size": 40,
        }
    )
    assert _deep(files).where == "consistency.json"


def test_exporter_refuses_bad_input(tmp_path: Path) -> None:
    log = new_log()
    fill(log, 5)
    with pytest.raises(ExportError):
        bundle_files(log, extra_files={"entries/evil.json": b"x"})
    with pytest.raises(ExportError):
        bundle_files(log, extra_files={"../escape": b"x"})
    with pytest.raises(ExportError):
        bundle_files(log, "C-1\nforged line")
    fill(log, 1, attachment=b"needed")
    with pytest.raises(ExportError):
        bundle_files(log)  # the attachment is listed but not supplied
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_bytes(b"")
    with pytest.raises(ExportError):
        export_bundle(
            tmp_path / "full",
            log=log,
            records=[],
            signer=signer(),
            case_ref="C-1",
            attachments={hashlib.sha256(b"needed").hexdigest(): b"needed"},
        )


def test_main_usage_and_missing_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert vb.main([]) == 2
    assert vb.main([str(tmp_path / "nope")]) == 2
    assert vb.main([str(tmp_path)]) == 1
    assert "MANIFEST.sha256" in capsys.readouterr().err


def test_origin_in_checkpoint(files64: dict[str, bytes]) -> None:
    assert files64["checkpoint.txt"].decode().startswith(ORIGIN + "\n")


def test_verifier_imports_only_the_standard_library() -> None:
    import ast

    tree = ast.parse(VERIFIER_SOURCE.read_text())
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "no relative imports in verify.py"
            modules.add((node.module or "").split(".")[0])
    assert modules <= set(sys.stdlib_module_names), modules - set(sys.stdlib_module_names)


def test_verifier_runs_without_site_packages(tmp_path: Path) -> None:
    log = new_log()
    fill(log, 6)
    info = export_bundle(
        tmp_path / "b", log=log, records=case_records(log, "C-1"), signer=signer(), case_ref="C-1"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-S", str(info.path / "verify.py"), str(info.path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr

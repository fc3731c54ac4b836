"""Court export bundles: everything a court needs to check a case's record by itself.

Layout (all paths relative to the bundle directory)::

    entries/NNNNNN.json      canonical JSON {"entry": <header>, "sealed": {content, salt} | null}
    attachments/<sha256>     original files, named by their SHA-256
    proofs/NNNNNN.json       inclusion proof of each entry in the checkpoint's tree
    consistency.json         consistency proof from an earlier checkpoint (if given)
    checkpoint.txt           the signed checkpoint (C2SP signed note)
    public-keys/             <keyid>.vkey (signed-note verifier key), <keyid>.pem, FINGERPRINTS.txt
    README.txt               how to verify, for the court
    CERTIFICATION.txt        custodian's certification template (FRE 902(13)/(14))
    verify.py                the stand-alone verifier (standard library only)
    <extra files>            e.g. a PDF summary added by the web app
    MANIFEST.sha256          sha256sum lines for every file above
    MANIFEST.sig             signed note sealing the manifest's hash

The seal is what makes deletion or insertion of whole entries detectable: a manifest is
easy to regenerate, but not the log key's signature over it.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .checkpoint import Checkpoint, Keyring, PublicKey, Signer
from .entry import Record, attachment_digests, canonical_json, record_to_bundle_json
from .errors import ExportError
from .store import Log
from .verify_bundle import MANIFEST, SEAL, SEAL_HEADER

VERIFIER_SOURCE = Path(__file__).with_name("verify_bundle.py")
_EXTRA_NAME = re.compile(r"[A-Za-z0-9._-][A-Za-z0-9._/-]*\Z")
_RESERVED = (
    "entries/",
    "proofs/",
    "attachments/",
    "public-keys/",
    "consistency.json",
    "checkpoint.txt",
    "README.txt",
    "CERTIFICATION.txt",
    "verify.py",
    MANIFEST,
    SEAL,
)


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    entries: int
    tree_size: int
    manifest_sha256: str
    files: tuple[str, ...]

    @property
    def bundle_hash(self) -> str:
        """What the export record should store: the hash of the sealed manifest."""
        return self.manifest_sha256


def _seq_name(seq: int) -> str:
    return f"{seq:06d}"


def _hexes(hashes: Sequence[bytes]) -> list[str]:
    return [h.hex() for h in hashes]


def build_files(
    *,
    log: Log,
    records: Sequence[Record],
    signer: Signer,
    case_ref: str,
    keyring: Keyring | None = None,
    earlier_checkpoint: str | None = None,
    attachments: Callable[[str], bytes] | Mapping[str, bytes] | None = None,
    extra_files: Mapping[str, bytes] | None = None,
    checkpoint_note: str | None = None,
) -> dict[str, bytes]:
    """All files of a bundle, in memory. See ``export_bundle``."""
    if not case_ref or any(ord(c) < 0x20 for c in case_ref) or len(case_ref) > 200:
        raise ExportError("case reference must be one line of at most 200 characters")
    keyring = keyring or Keyring(signer.public_key)
    if signer.public_key not in keyring.keys:
        raise ExportError("the signing key must be in the keyring")
    note = checkpoint_note or log.checkpoint(signer)
    checkpoint = keyring.open_checkpoint(note, log.origin)
    size = checkpoint.size
    if size > log.size() or log.root(size) != checkpoint.root:
        raise ExportError("checkpoint does not match this log")
    files: dict[str, bytes] = {"checkpoint.txt": note.encode("utf-8")}

    seen: set[int] = set()
    wanted: set[str] = set()
    for record in sorted(records, key=lambda r: r.seq):
        seq = record.seq
        if seq in seen or seq >= size:
            raise ExportError(f"entry {seq} is repeated or not covered by the checkpoint")
        seen.add(seq)
        leaf = record.leaf_hash()
        if list(log.store.leaf_hashes(seq, seq + 1)) != [leaf]:
            raise ExportError(f"entry {seq} does not match the stored log")
        if not record.content_ok():
            raise ExportError(f"entry {seq}: content does not match its commitment")
        files[f"entries/{_seq_name(seq)}.json"] = canonical_json(record_to_bundle_json(record))
        proof = {
            "audit_path": _hexes(log.inclusion_proof(seq, size)),
            "leaf_hash": leaf.hex(),
            "leaf_index": seq,
            "tree_size": size,
        }
        files[f"proofs/{_seq_name(seq)}.json"] = canonical_json(proof)
        if record.sealed is not None:
            wanted.update(attachment_digests(record.sealed.content))

    for digest in sorted(wanted):
        files[f"attachments/{digest}"] = _attachment(attachments, digest)

    files["consistency.json"] = canonical_json(
        _consistency(log, keyring, earlier_checkpoint, checkpoint)
    )
    for key in _bundle_keys(keyring, signer, earlier_checkpoint):
        stem = f"public-keys/{key.key_id.hex()}"
        files[f"{stem}.vkey"] = (key.vkey + "\n").encode("ascii")
        files[f"{stem}.pem"] = key.pem()
    files["public-keys/FINGERPRINTS.txt"] = "".join(
        f"{k.fingerprint}  public-keys/{k.key_id.hex()}.vkey\n"
        for k in _bundle_keys(keyring, signer, earlier_checkpoint)
    ).encode("ascii")
    files["README.txt"] = _readme(case_ref, checkpoint, signer.public_key).encode("utf-8")
    files["CERTIFICATION.txt"] = _certification(case_ref, checkpoint, signer.public_key).encode(
        "utf-8"
    )
    files["verify.py"] = VERIFIER_SOURCE.read_bytes()
    for name, data in (extra_files or {}).items():
        if not _EXTRA_NAME.match(name) or ".." in name.split("/") or name.startswith(_RESERVED):
            raise ExportError(f"extra file name {name!r} is not allowed")
        files[name] = data

    manifest = "".join(
        f"{hashlib.sha256(files[p]).hexdigest()}  {p}\n" for p in sorted(files)
    ).encode("ascii")
    files[MANIFEST] = manifest
    root_line = note.split("\n")[2]
    seal_text = (
        f"{SEAL_HEADER}\norigin {checkpoint.origin}\n"
        f"checkpoint {checkpoint.size} {root_line}\n"
        f"case {case_ref}\nentries {len(seen)}\n"
        f"manifest-sha256 {hashlib.sha256(manifest).hexdigest()}\n"
    )
    files[SEAL] = signer.sign_note(seal_text).encode("utf-8")
    return files


def _attachment(source: Callable[[str], bytes] | Mapping[str, bytes] | None, digest: str) -> bytes:
    if source is None:
        raise ExportError(f"attachment {digest} is needed but no attachment source was given")
    data = source[digest] if isinstance(source, Mapping) else source(digest)
    if hashlib.sha256(data).hexdigest() != digest:
        raise ExportError(f"attachment {digest} does not match its hash")
    return data


def _consistency(
    log: Log, keyring: Keyring, earlier: str | None, checkpoint: Checkpoint
) -> dict[str, object]:
    if earlier is None:
        return {
            "from_checkpoint": None,
            "from_root": checkpoint.root.hex(),
            "from_size": checkpoint.size,
            "proof": [],
            "to_size": checkpoint.size,
        }
    old = keyring.open_checkpoint(earlier, log.origin)
    if old.size > checkpoint.size:
        raise ExportError("the earlier checkpoint is larger than the current one")
    return {
        "from_checkpoint": earlier,
        "from_root": old.root.hex(),
        "from_size": old.size,
        "proof": _hexes(log.consistency_proof(old.size, checkpoint.size)),
        "to_size": checkpoint.size,
    }


def _bundle_keys(keyring: Keyring, signer: Signer, earlier: str | None) -> list[PublicKey]:
    keys = [signer.public_key]
    if earlier is not None:
        _, old_key = keyring.open_note(earlier)
        if old_key not in keys:
            keys.append(old_key)
    return keys


def export_bundle(
    out_dir: str | os.PathLike[str],
    *,
    log: Log,
    records: Sequence[Record],
    signer: Signer,
    case_ref: str,
    keyring: Keyring | None = None,
    earlier_checkpoint: str | None = None,
    attachments: Callable[[str], bytes] | Mapping[str, bytes] | None = None,
    extra_files: Mapping[str, bytes] | None = None,
    checkpoint_note: str | None = None,
) -> BundleInfo:
    """Write a court bundle into ``out_dir`` (which must not exist or be empty).

    ``records`` are the case's entries (purged ones included); ``keyring`` must hold any
    retired key that signed ``earlier_checkpoint``; ``attachments`` maps a SHA-256 hex
    digest to the original bytes; ``extra_files`` (name -> bytes, e.g. the PDF summary)
    are added and covered by the manifest; ``checkpoint_note`` defaults to a freshly
    signed checkpoint of the whole log.
    """
    files = build_files(
        log=log,
        records=records,
        signer=signer,
        case_ref=case_ref,
        keyring=keyring,
        earlier_checkpoint=earlier_checkpoint,
        attachments=attachments,
        extra_files=extra_files,
        checkpoint_note=checkpoint_note,
    )
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        raise ExportError(f"{out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    seal = files[SEAL].decode("utf-8")
    size = int(seal.split("\n")[2].split(" ")[1])
    return BundleInfo(
        path=out,
        entries=sum(1 for n in files if n.startswith("entries/")),
        tree_size=size,
        manifest_sha256=hashlib.sha256(files[MANIFEST]).hexdigest(),
        files=tuple(sorted(files)),
    )


def _readme(case_ref: str, checkpoint: Checkpoint, key: PublicKey) -> str:
    return f"""CaseSafe court export: case {case_ref}
{"=" * (28 + len(case_ref))}

This folder is a copy of the record CaseSafe kept for this case, together with the
evidence needed to check, without trusting CaseSafe or the agency's servers, that the
record has not been changed since it was written.

How to check it
---------------
1. With Python 3.9 or newer installed (nothing else is needed), run from this folder:

       python3 verify.py .

   It prints "OK" and exits with status 0 when every check passes. Otherwise it prints
   "FAILED", names the file or entry that is wrong, and exits with a non-zero status.

2. Compare the key fingerprint it prints with the fingerprint the agency publishes
   independently (for example on its website or in the certification signed by the
   records custodian). This bundle was signed by key "{key.name}" with fingerprint

       {key.fingerprint}

   You can make the verifier insist on it:

       python3 verify.py . --fingerprint {key.fingerprint}

What the checks mean
--------------------
- Each entry in entries/ is one record (a message, post, decision, access ...). Its
  header is hashed into a Merkle tree in the same way Certificate Transparency logs do
  (RFC 6962). The file in proofs/ with the same number shows that exactly this entry sits
  at that position in the tree.
- checkpoint.txt is the tree's root, signed by the agency's log key: the log at
  "{checkpoint.origin}" held {checkpoint.size} entries with that root. Changing, removing,
  inserting or reordering any entry would change the root and break the signature check.
- consistency.json, when it names an earlier checkpoint, proves that the earlier log is an
  unchanged beginning of this one: nothing was rewritten in between.
- Content is committed to with a random salt. When the retention schedule required the
  content to be destroyed, the entry shows "sealed": null; its header and position still
  verify, but the content itself is gone and cannot be recovered from what remains.
- attachments/ holds original files named by their SHA-256 digest.
- MANIFEST.sha256 lists the SHA-256 of every file; MANIFEST.sig is the log key's
  signature over the manifest, so no file can be added, removed or changed unnoticed.

The entries list actors and subjects by internal identifiers; the records custodian can
map them to people. CERTIFICATION.txt is the custodian's certification for court use.
"""


def _certification(case_ref: str, checkpoint: Checkpoint, key: PublicKey) -> str:
    return f"""CERTIFICATION OF RECORDS GENERATED BY AN ELECTRONIC PROCESS OR SYSTEM
(template modelled on Federal Rules of Evidence 902(13) and 902(14);
check the rules that apply in your jurisdiction)

I, ______________________________ [name], declare:

1. I am employed by ______________________________ [agency] as
   ______________________________ [title]. I am a custodian of records of the agency
   or otherwise qualified, by my duties and training, to make this certification.

2. The agency keeps records of communications and decisions in case
   {case_ref} in CaseSafe, an electronic record-keeping system. Each record is made
   at or near the time of the act or communication it describes, by or from information
   given by a person with knowledge, in the course of the agency's regularly conducted
   activity, and keeping such records is a regular practice of that activity.

3. The accompanying export was produced on ____________ [date] by
   ______________________________ [name] from that system. CaseSafe produces an accurate
   result: every record is appended to a tamper-evident log whose state is signed with
   the agency's key; any later change, deletion, insertion or reordering of records is
   detectable by the verification program included in the export.

4. The export is an accurate copy of the records it contains. I identified it by its
   digital identification (hash values) as follows:
     - signed log checkpoint: log "{checkpoint.origin}", tree size {checkpoint.size},
       root hash (hex) {checkpoint.root.hex()}
     - log signing key "{key.name}", fingerprint {key.fingerprint}
     - SHA-256 of MANIFEST.sha256: see the MANIFEST.sig file of the export;
       each file of the export is listed in MANIFEST.sha256 with its SHA-256 hash.
   I (or a person under my supervision) ran "python3 verify.py ." on the export on
   ____________ [date] and it reported that all checks passed.

5. Records whose content was destroyed under the agency's retention schedule appear in
   the export with their header only ("sealed": null). ____________ [number] records
   are in that state.

I declare under penalty of perjury under the laws of ______________________ that the
foregoing is true and correct.

Executed on ____________ [date] at ______________________ [place].

______________________________
[signature]
"""

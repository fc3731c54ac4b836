"""CaseSafe's framework-free communication record: a Certificate-Transparency-style log.

Modules:
    merkle         RFC 6962 / 9162 hashing, compact range, inclusion and consistency proofs
    entry          entries, canonical JSON, salted content commitments, purging
    checkpoint     C2SP signed checkpoints, Ed25519 signing keys on disk, keyrings
    store          the LogStore protocol, an in-memory store, the Log service, verify_all
    export         court export bundles
    verify_bundle  the stand-alone verifier shipped in each bundle as verify.py
    errors         the LedgerError hierarchy

The Django records app implements ``LogStore`` on its tables and drives ``Log``; see
docs/benchmarks/ledger.md and the module docstrings for the exact formats.
"""

from .checkpoint import (
    Checkpoint,
    Keyring,
    PublicKey,
    Signer,
    check_history,
    ensure_signing_key,
    load_signing_key,
    signer_from_file,
    verify_sequence,
)
from .entry import (
    ATTACHMENTS_KEY,
    Entry,
    JSONValue,
    Record,
    Sealed,
    build_record,
    canonical_json,
    format_time,
    parse_canonical,
    purge,
    seal,
)
from .errors import (
    CheckpointError,
    EncodingError,
    ExportError,
    KeyFileError,
    LedgerError,
    ProofError,
    ShrinkingLogError,
    SignatureError,
    SplitViewError,
    StoreError,
    UnknownKeyError,
)
from .export import BundleInfo, build_files, export_bundle
from .merkle import (
    EMPTY_ROOT,
    CompactRange,
    leaf_hash,
    node_hash,
    root_from_leaf_hashes,
    verify_consistency,
    verify_inclusion,
)
from .store import Appended, InMemoryStore, Log, LogStore, Problem, VerifyResult

__all__ = [
    "ATTACHMENTS_KEY",
    "EMPTY_ROOT",
    "Appended",
    "BundleInfo",
    "Checkpoint",
    "CheckpointError",
    "CompactRange",
    "EncodingError",
    "Entry",
    "ExportError",
    "InMemoryStore",
    "JSONValue",
    "KeyFileError",
    "Keyring",
    "LedgerError",
    "Log",
    "LogStore",
    "Problem",
    "ProofError",
    "PublicKey",
    "Record",
    "Sealed",
    "ShrinkingLogError",
    "SignatureError",
    "Signer",
    "SplitViewError",
    "StoreError",
    "UnknownKeyError",
    "VerifyResult",
    "build_files",
    "build_record",
    "canonical_json",
    "check_history",
    "ensure_signing_key",
    "export_bundle",
    "format_time",
    "leaf_hash",
    "load_signing_key",
    "node_hash",
    "parse_canonical",
    "purge",
    "root_from_leaf_hashes",
    "seal",
    "signer_from_file",
    "verify_consistency",
    "verify_inclusion",
    "verify_sequence",
]

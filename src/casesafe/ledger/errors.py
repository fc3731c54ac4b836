"""Errors raised by the ledger.

One small hierarchy so the web app can map every ledger failure to a clear message at
its boundary with a single ``except LedgerError``.
"""

from __future__ import annotations


class LedgerError(Exception):
    """Base class for every error the ledger raises on purpose."""


class EncodingError(LedgerError):
    """A value cannot be put into (or read back from) canonical form."""


class ProofError(LedgerError):
    """An inclusion or consistency proof is malformed or does not verify."""


class CheckpointError(LedgerError):
    """A checkpoint is malformed or contradicts another one."""


class SignatureError(CheckpointError):
    """A signature made by a known key does not verify."""


class UnknownKeyError(CheckpointError):
    """No signature on a note was made by a key we trust."""


class ShrinkingLogError(CheckpointError):
    """A later checkpoint claims a smaller tree than an earlier one."""


class SplitViewError(CheckpointError):
    """Two checkpoints claim different roots for the same tree size."""


class KeyFileError(LedgerError):
    """A signing key file is missing, unreadable, malformed or too permissive."""


class StoreError(LedgerError):
    """The log store refused an operation (wrong sequence number, unknown entry, ...)."""


class ExportError(LedgerError):
    """A court export bundle could not be built."""

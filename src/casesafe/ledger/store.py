"""Storage protocol, an in-memory store, and the ``Log`` service that works over any store.

One ``Log`` is one Merkle tree: one log ("case" or "access") of one agency. The Django
records app implements ``LogStore`` on its tables and calls the same ``Log`` methods, so
the hashing, proofs and verification logic exist once, here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from . import merkle
from .checkpoint import Checkpoint, Keyring, Signer, check_history
from .entry import JSONValue, Record, build_record, purge
from .errors import CheckpointError, EncodingError, StoreError

NodeList = list[tuple[int, int, bytes]]
_VERIFY_CHUNK = 8192


class LogStore(Protocol):
    """What the ledger needs from storage. Entries are append-only and dense from 0."""

    def size(self) -> int:
        """Number of entries stored."""
        ...

    def append(self, record: Record, leaf_hash: bytes, nodes: NodeList) -> None:
        """Store ``record`` as entry ``record.seq`` (== size()) with its leaf hash.

        ``nodes`` are the (level, index, hash) interior nodes this leaf completed; a store
        may keep them to make proofs cheap, or ignore them.
        """
        ...

    def get_record(self, seq: int) -> Record: ...

    def iter_records(self, start: int = 0, end: int | None = None) -> Iterator[Record]:
        """Records in storage order (which must be seq order)."""
        ...

    def leaf_hashes(self, start: int, end: int) -> Sequence[bytes]:
        """Stored leaf hashes of entries [start, end)."""
        ...

    def node(self, level: int, index: int) -> bytes | None:
        """A stored interior node, or None if the store does not keep it."""
        ...

    def replace_sealed(self, seq: int, record: Record) -> None:
        """Swap in the purged form of entry ``seq`` (the header must be unchanged)."""
        ...


class InMemoryStore:
    """A list-backed store for tests and benchmarks; keeps every complete interior node."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.hashes: list[bytes] = []
        self.levels: list[list[bytes]] = [[]]

    def size(self) -> int:
        return len(self.records)

    def append(self, record: Record, leaf_hash: bytes, nodes: NodeList) -> None:
        if record.seq != len(self.records):
            raise StoreError(f"expected entry {len(self.records)}, got {record.seq}")
        self.records.append(record)
        self.hashes.append(leaf_hash)
        for level, index, h in nodes:
            while len(self.levels) <= level:
                self.levels.append([])
            if len(self.levels[level]) != index:
                raise StoreError(f"node ({level}, {index}) out of order")
            self.levels[level].append(h)

    def get_record(self, seq: int) -> Record:
        if not 0 <= seq < len(self.records):
            raise StoreError(f"no entry {seq}")
        return self.records[seq]

    def iter_records(self, start: int = 0, end: int | None = None) -> Iterator[Record]:
        return iter(self.records[start:end])

    def leaf_hashes(self, start: int, end: int) -> Sequence[bytes]:
        return self.hashes[start:end]

    def node(self, level: int, index: int) -> bytes | None:
        if level < len(self.levels) and index < len(self.levels[level]):
            return self.levels[level][index]
        return None

    def replace_sealed(self, seq: int, record: Record) -> None:
        if self.get_record(seq).entry != record.entry:
            raise StoreError("a purge may only drop content, never change the entry")
        self.records[seq] = record


@dataclass(frozen=True)
class _StoreSource:
    store: LogStore

    def leaf_hashes(self, start: int, end: int) -> Sequence[bytes]:
        return self.store.leaf_hashes(start, end)

    def node(self, level: int, index: int) -> bytes | None:
        return self.store.node(level, index)


@dataclass(frozen=True)
class Appended:
    seq: int
    leaf_hash: bytes
    record: Record


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the log. ``seq`` is None for log-wide problems."""

    seq: int | None
    code: str
    detail: str

    def __str__(self) -> str:
        where = f"entry {self.seq}" if self.seq is not None else "log"
        return f"{where}: {self.code}: {self.detail}"


@dataclass(frozen=True)
class VerifyResult:
    size: int
    root: bytes
    problems: list[Problem] = field(default_factory=list)
    checkpoints_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None


class Log:
    """The append-only log of one agency, over any ``LogStore``."""

    def __init__(self, store: LogStore, *, origin: str, log: str, agency: str) -> None:
        self.store = store
        self.origin = origin
        self.log = log
        self.agency = agency
        self._source = _StoreSource(store)
        self._frontier: merkle.CompactRange | None = None
        self._last_leaf: bytes | None = None

    # -- writing ----------------------------------------------------------------------

    def _load_frontier(self) -> merkle.CompactRange:
        """Frontier of the stored tree.

        The cached frontier is reused only if the store still ends with the leaf we last
        saw: another process may have appended, or the caller's transaction may have
        rolled back our own append and someone else taken that sequence number.
        """
        size = self.store.size()
        cached = self._frontier
        if (
            cached is not None
            and cached.size == size
            and (size == 0 or list(self.store.leaf_hashes(size - 1, size)) == [self._last_leaf])
        ):
            return cached
        hashes = [
            merkle.subtree_hash(self._source, index << level, (index + 1) << level)
            for level, index in merkle.frontier_coordinates(size)
        ]
        self._frontier = merkle.CompactRange(size, hashes)
        self._last_leaf = self.store.leaf_hashes(size - 1, size)[0] if size else None
        return self._frontier

    def append(
        self,
        *,
        kind: str,
        subject: str,
        actor: str,
        content: JSONValue,
        at: datetime | str | None = None,
        meta: Mapping[str, JSONValue] | None = None,
        salt: bytes | None = None,
    ) -> Appended:
        """Seal ``content``, commit to it in a new entry, and store it as the next leaf.

        The caller runs this inside its own transaction (with a lock on the log) so the
        action and its record commit together.
        """
        frontier = self._load_frontier()
        record = build_record(
            seq=frontier.size,
            log=self.log,
            agency=self.agency,
            kind=kind,
            subject=subject,
            actor=actor,
            content=content,
            at=at,
            meta=meta,
            salt=salt,
        )
        return self._store_record(frontier, record)

    def append_record(self, record: Record) -> Appended:
        """Store an already built record; its seq must be the current size."""
        return self._store_record(self._load_frontier(), record)

    def _store_record(self, frontier: merkle.CompactRange, record: Record) -> Appended:
        if record.seq != frontier.size:
            raise StoreError(f"next entry is {frontier.size}, not {record.seq}")
        if record.entry.log != self.log or record.entry.agency != self.agency:
            raise StoreError("record belongs to another log")
        leaf = record.leaf_hash()
        staged = frontier.copy()
        nodes = staged.append(leaf)
        self.store.append(record, leaf, nodes)
        self._frontier = staged
        self._last_leaf = leaf
        return Appended(record.seq, leaf, record)

    def purge(self, seq: int) -> Record:
        """Crypto-shred entry ``seq``: drop content and salt, keep the leaf."""
        purged = purge(self.store.get_record(seq))
        self.store.replace_sealed(seq, purged)
        return purged

    # -- reading ----------------------------------------------------------------------

    def size(self) -> int:
        return self.store.size()

    def root(self, size: int | None = None) -> bytes:
        if size is None or size == self.store.size():
            return self._load_frontier().root()
        if not 0 <= size <= self.store.size():
            raise StoreError(f"log has no tree of size {size}")
        return merkle.tree_root(self._source, size)

    def checkpoint(self, signer: Signer, extensions: Sequence[str] = ()) -> str:
        """Sign the current tree head; returns the signed note text."""
        frontier = self._load_frontier()
        cp = Checkpoint(self.origin, frontier.size, frontier.root(), tuple(extensions))
        return signer.sign(cp)

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        return merkle.inclusion_proof(self._source, index, self._size_or_current(size))

    def consistency_proof(self, old_size: int, new_size: int | None = None) -> list[bytes]:
        return merkle.consistency_proof(self._source, old_size, self._size_or_current(new_size))

    def _size_or_current(self, size: int | None) -> int:
        current = self.store.size()
        if size is None:
            return current
        if size > current:
            raise StoreError(f"log has only {current} entries, not {size}")
        return size

    # -- verifying --------------------------------------------------------------------

    def verify_all(
        self,
        checkpoints: Sequence[str] = (),
        keyring: Keyring | None = None,
        *,
        max_problems: int = 100,
    ) -> VerifyResult:
        """Recompute everything from the entries and compare with what was stored and signed.

        ``checkpoints`` are signed notes oldest first; they need a ``keyring``. Problems are
        listed in log order, so ``result.first`` names the first bad entry.
        """
        problems: list[Problem] = []
        trusted = self._open_checkpoints(checkpoints, keyring, problems)
        wanted = {cp.size for cp in trusted}
        roots: dict[int, bytes] = {0: merkle.EMPTY_ROOT} if 0 in wanted else {}
        frontier = merkle.CompactRange()
        # Leaf hashes are read in chunks so a database-backed store never has to hold
        # the whole log in memory.
        chunk: Sequence[bytes] = ()
        chunk_start = 0
        expected = 0
        stopped = False
        for record in self.store.iter_records():
            if len(problems) >= max_problems:
                stopped = True
                break
            if expected - chunk_start >= len(chunk):
                chunk_start = expected
                chunk = self.store.leaf_hashes(expected, expected + _VERIFY_CHUNK)
            offset = expected - chunk_start
            stored = chunk[offset] if offset < len(chunk) else None
            leaf, problem = self._check_record(record, expected, stored)
            if problem is not None:
                problems.append(problem)
            frontier.append(leaf)
            expected += 1
            if frontier.size in wanted:
                roots[frontier.size] = frontier.root()
        stored_count = self.store.size()
        if not stopped and expected != stored_count:
            problems.append(
                Problem(None, "count mismatch", f"{expected} entries but size {stored_count}")
            )
        for cp in trusted:
            if cp.size > expected:
                problems.append(
                    Problem(
                        None,
                        "truncated",
                        f"checkpoint covers {cp.size} entries, log has {expected}",
                    )
                )
            elif roots.get(cp.size) != cp.root:
                problems.append(
                    Problem(
                        None,
                        "root mismatch",
                        f"the first {cp.size} entries do not hash to the signed checkpoint root",
                    )
                )
        problems.sort(key=lambda p: (p.seq is None, p.seq or 0))
        return VerifyResult(expected, frontier.root(), problems, len(trusted))

    def _open_checkpoints(
        self, notes: Sequence[str], keyring: Keyring | None, problems: list[Problem]
    ) -> list[Checkpoint]:
        if not notes:
            return []
        if keyring is None:
            problems.append(Problem(None, "no keyring", "checkpoints given without keys"))
            return []
        opened: list[Checkpoint] = []
        for i, note in enumerate(notes):
            try:
                opened.append(keyring.open_checkpoint(note, self.origin))
            except CheckpointError as exc:
                problems.append(Problem(None, "bad checkpoint", f"checkpoint #{i}: {exc}"))
        try:
            check_history(opened)
        except CheckpointError as exc:
            problems.append(Problem(None, "checkpoint history", str(exc)))
        return opened

    def _check_record(
        self, record: Record, expected: int, stored: bytes | None
    ) -> tuple[bytes, Problem | None]:
        """The entry's recomputed leaf hash, and what is wrong with it if anything."""
        seq = record.seq
        try:
            leaf = record.leaf_hash()
        except EncodingError as exc:
            return b"\x00" * 32, Problem(expected, "malformed entry", str(exc))
        if seq != expected:
            code = "seq gap" if seq > expected else "reordering"
            return leaf, Problem(expected, code, f"position {expected} holds entry {seq}")
        if record.entry.log != self.log or record.entry.agency != self.agency:
            return leaf, Problem(seq, "wrong log", "entry belongs to another log or agency")
        if not record.content_ok():
            return leaf, Problem(seq, "content commitment mismatch", "content or salt was changed")
        if stored != leaf:
            return leaf, Problem(
                seq, "leaf hash mismatch", "entry differs from its stored leaf hash"
            )
        return leaf, None

"""The Log service: append, proofs, checkpoints, purge and full verification."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ledger_helpers import ORIGIN, fill, keyring, new_log, signer

from casesafe.ledger import merkle
from casesafe.ledger.entry import Record, seal
from casesafe.ledger.errors import StoreError
from casesafe.ledger.store import InMemoryStore, Log


def test_append_returns_seq_and_leaf_hash() -> None:
    log = new_log()
    a = log.append(kind="message", subject="C-1", actor="u-1", content={"text": "hi"})
    b = log.append(kind="message", subject="C-1", actor="u-1", content={"text": "again"})
    assert (a.seq, b.seq) == (0, 1)
    assert a.leaf_hash == a.record.leaf_hash() == log.store.leaf_hashes(0, 1)[0]
    assert log.root() == merkle.node_hash(a.leaf_hash, b.leaf_hash)
    assert log.size() == 2


def test_second_log_instance_picks_up_where_the_store_is() -> None:
    """Another process appending through its own Log sees the same tree."""
    store = InMemoryStore()
    first = Log(store, origin=ORIGIN, log="case", agency="acme")
    fill(first, 11)
    second = Log(store, origin=ORIGIN, log="case", agency="acme")
    fill(second, 6)
    fill(first, 4)
    assert first.root() == second.root() == merkle.root_from_leaf_hashes(store.hashes)
    assert second.verify_all().ok


def test_append_record_refuses_wrong_seq_or_log() -> None:
    log = new_log()
    fill(log, 2)
    rec = log.store.get_record(1)
    with pytest.raises(StoreError):
        log.append_record(rec)
    other = Log(InMemoryStore(), origin=ORIGIN, log="access", agency="acme")
    with pytest.raises(StoreError):
        other.append_record(log.store.get_record(0))


def test_checkpoint_and_verify_all_clean() -> None:
    log = new_log()
    notes = []
    for _ in range(5):
        fill(log, 7)
        notes.append(log.checkpoint(signer()))
    result = log.verify_all(notes, keyring())
    assert result.ok, result.problems
    assert result.size == 35 and result.checkpoints_checked == 5
    assert result.root == log.root()


@given(st.lists(st.tuples(st.sampled_from(["message", "post"]), st.text(max_size=30)), max_size=60))
def test_any_sequence_of_appends_verifies(items: list[tuple[str, str]]) -> None:
    log = new_log()
    notes = []
    for i, (kind, text) in enumerate(items):
        log.append(kind=kind, subject="C-1", actor="u", content={"text": text})
        if i % 9 == 0:
            notes.append(log.checkpoint(signer()))
    result = log.verify_all(notes, keyring())
    assert result.ok, result.problems
    n = log.size()
    for i in range(n):
        merkle.verify_inclusion(i, n, log.store.hashes[i], log.inclusion_proof(i), log.root())


def _tamper(log: Log, kind: str, i: int, rng: random.Random) -> None:
    store = log.store
    assert isinstance(store, InMemoryStore)
    rec = store.records[i]
    if kind == "content":
        assert rec.sealed is not None
        store.records[i] = Record(rec.entry, seal({"text": "forged"}, rec.sealed.salt))
    elif kind == "salt":
        assert rec.sealed is not None
        store.records[i] = Record(rec.entry, seal(rec.sealed.content, rng.randbytes(32)))
    elif kind == "header":
        entry = dataclasses.replace(rec.entry, actor=rec.entry.actor + "x")
        store.records[i] = Record(entry, rec.sealed)
    elif kind == "header+leaf":  # a thorough forger also fixes the stored leaf hash
        entry = dataclasses.replace(rec.entry, kind="forged")
        store.records[i] = Record(entry, None)
        store.hashes[i] = entry.leaf_hash()
    elif kind == "delete":
        del store.records[i]
        del store.hashes[i]
    elif kind == "swap":
        j = i + 1 if i + 1 < len(store.records) else i - 1
        store.records[i], store.records[j] = store.records[j], store.records[i]
        store.hashes[i], store.hashes[j] = store.hashes[j], store.hashes[i]
    elif kind == "insert":
        forged = rec.with_seq(i)
        store.records.insert(i, forged)
        store.hashes.insert(i, forged.leaf_hash())
    elif kind == "truncate":
        del store.records[i:]
        del store.hashes[i:]
    else:
        raise AssertionError(kind)


KINDS = ["content", "salt", "header", "header+leaf", "delete", "swap", "insert", "truncate"]


@settings(max_examples=120, deadline=None)
@given(st.integers(2, 60), st.sampled_from(KINDS), st.data())
def test_any_mutation_of_stored_entries_fails(n: int, kind: str, draw: st.DataObject) -> None:
    log = new_log()
    fill(log, n)
    notes = [log.checkpoint(signer())]
    i = draw.draw(st.integers(0, n - 2))
    _tamper(log, kind, i, random.Random(i))
    result = log.verify_all(notes, keyring())
    assert not result.ok
    first = result.first
    assert first is not None
    if kind in ("content", "salt"):
        assert (first.seq, first.code) == (i, "content commitment mismatch")
    elif kind == "header":
        assert (first.seq, first.code) == (i, "leaf hash mismatch")
    elif kind == "delete":
        assert (first.seq, first.code) == (i, "seq gap")
    elif kind in ("swap",):
        assert first.seq == min(i, i + 1 if i + 1 < n else i - 1)
        assert first.code in ("seq gap", "reordering")
    elif kind == "insert":
        assert first.code in ("reordering", "seq gap") and first.seq == i + 1
    elif kind == "truncate":
        assert first.code == "truncated"
    else:
        assert first.code == "root mismatch"


def test_first_problem_is_the_first_bad_entry() -> None:
    log = new_log()
    fill(log, 30)
    _tamper(log, "content", 20, random.Random(0))
    _tamper(log, "header", 7, random.Random(0))
    result = log.verify_all()
    assert [p.seq for p in result.problems] == [7, 20]
    assert (
        str(result.first) == "entry 7: leaf hash mismatch: entry differs from its stored leaf hash"
    )


def test_checkpoint_problems_are_reported() -> None:
    log = new_log()
    fill(log, 5)
    early = log.checkpoint(signer())
    fill(log, 5)
    late = log.checkpoint(signer())
    result = log.verify_all([late, early], keyring())
    assert any(p.code == "checkpoint history" for p in result.problems)
    forged = signer(7).sign(
        __import__("casesafe.ledger.checkpoint", fromlist=["Checkpoint"]).Checkpoint(
            ORIGIN, 3, b"\x00" * 32
        )
    )
    result = log.verify_all([forged], keyring())
    assert result.first is not None and result.first.code == "bad checkpoint"
    assert not log.verify_all([early]).ok  # checkpoints without keys cannot be trusted


def test_purge_keeps_log_verifiable_and_drops_content() -> None:
    log = new_log()
    fill(log, 10)
    notes = [log.checkpoint(signer())]
    root = log.root()
    secret = log.store.get_record(4)
    assert secret.sealed is not None
    purged = log.purge(4)
    assert purged.sealed is None and log.store.get_record(4).sealed is None
    assert log.root() == root
    assert log.verify_all(notes, keyring()).ok
    assert secret.sealed.salt.hex() not in repr(log.store.records)
    with pytest.raises(StoreError):
        log.store.replace_sealed(5, purged)


def test_proof_and_root_bounds() -> None:
    log = new_log()
    fill(log, 3)
    with pytest.raises(StoreError):
        log.inclusion_proof(0, 4)
    with pytest.raises(StoreError):
        log.root(9)
    assert log.root(0) == merkle.EMPTY_ROOT


def test_rolled_back_append_does_not_poison_the_cached_frontier() -> None:
    """A transaction rolls back our append and another process takes the same seq."""
    store = InMemoryStore()
    mine = Log(store, origin=ORIGIN, log="case", agency="acme")
    fill(mine, 5)
    mine.append(kind="message", subject="C-1", actor="u", content="rolled back")
    store.records.pop()
    store.hashes.pop()
    store.levels = [[]]
    for level, _index, h in _all_nodes(store.hashes):
        while len(store.levels) <= level:
            store.levels.append([])
        store.levels[level].append(h)
    other = Log(store, origin=ORIGIN, log="case", agency="acme")
    other.append(kind="message", subject="C-1", actor="v", content="committed")
    mine.append(kind="message", subject="C-1", actor="u", content="next")
    assert mine.root() == merkle.root_from_leaf_hashes(store.hashes)
    assert mine.verify_all().ok


def _all_nodes(hashes: list[bytes]) -> list[tuple[int, int, bytes]]:
    cr = merkle.CompactRange()
    nodes: list[tuple[int, int, bytes]] = []
    for h in hashes:
        nodes += cr.append(h)
    return nodes


def test_verify_reads_leaf_hashes_in_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from casesafe.ledger import store as store_module

    monkeypatch.setattr(store_module, "_VERIFY_CHUNK", 5)
    log = new_log()
    fill(log, 23)
    notes = [log.checkpoint(signer())]
    assert log.verify_all(notes, keyring()).ok
    _tamper(log, "header", 12, random.Random(0))
    first = log.verify_all(notes, keyring()).first
    assert first is not None and (first.seq, first.code) == (12, "leaf hash mismatch")

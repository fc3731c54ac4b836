"""Property tests: our tree equals the RFC 6962 definition; proofs verify and only verify."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casesafe.ledger import merkle, verify_bundle
from casesafe.ledger.errors import ProofError


def reference_mth(leaves: list[bytes]) -> bytes:
    """RFC 6962 section 2.1, written as literally as possible."""
    n = len(leaves)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + leaves[0]).digest()
    k = 1
    while k * 2 < n:
        k *= 2
    return hashlib.sha256(b"\x01" + reference_mth(leaves[:k]) + reference_mth(leaves[k:])).digest()


def data(n: int) -> list[bytes]:
    return [b"leaf %d" % i for i in range(n)]


@given(st.lists(st.binary(max_size=20), max_size=70))
def test_root_matches_rfc_definition(leaves: list[bytes]) -> None:
    expected = reference_mth(leaves)
    hashes = [merkle.leaf_hash(x) for x in leaves]
    assert merkle.root_from_leaf_hashes(hashes) == expected
    cr = merkle.CompactRange()
    for h in hashes:
        cr.append(h)
    assert cr.root() == expected
    assert merkle.tree_root(merkle.sequence_source(hashes), len(hashes)) == expected


@given(st.integers(1, 300), st.data())
def test_inclusion_proofs_verify(n: int, draw: st.DataObject) -> None:
    hashes = [merkle.leaf_hash(x) for x in data(n)]
    src = merkle.sequence_source(hashes)
    size = draw.draw(st.integers(1, n))
    index = draw.draw(st.integers(0, size - 1))
    root = merkle.root_from_leaf_hashes(hashes[:size])
    proof = merkle.inclusion_proof(src, index, size)
    assert len(proof) <= size.bit_length()
    merkle.verify_inclusion(index, size, hashes[index], proof, root)


@given(st.integers(0, 300), st.data())
def test_consistency_between_any_m_le_n(n: int, draw: st.DataObject) -> None:
    hashes = [merkle.leaf_hash(x) for x in data(n)]
    src = merkle.sequence_source(hashes)
    m = draw.draw(st.integers(0, n))
    proof = merkle.consistency_proof(src, m, n)
    old, new = merkle.tree_root(src, m), merkle.tree_root(src, n)
    merkle.verify_consistency(m, n, old, new, proof)
    assert verify_bundle.consistency_ok(m, n, old, new, proof)


def test_consistency_exhaustive_small() -> None:
    hashes = [merkle.leaf_hash(x) for x in data(40)]
    src = merkle.sequence_source(hashes)
    roots = [merkle.tree_root(src, k) for k in range(41)]
    for n in range(41):
        for m in range(n + 1):
            merkle.verify_consistency(m, n, roots[m], roots[n], merkle.consistency_proof(src, m, n))
        for i in range(n):
            merkle.verify_inclusion(i, n, hashes[i], merkle.inclusion_proof(src, i, n), roots[n])


@settings(max_examples=150)
@given(st.integers(2, 200), st.data())
def test_any_mutated_inclusion_proof_fails(n: int, draw: st.DataObject) -> None:
    hashes = [merkle.leaf_hash(x) for x in data(n)]
    src = merkle.sequence_source(hashes)
    index = draw.draw(st.integers(0, n - 1))
    root = merkle.root_from_leaf_hashes(hashes)
    proof = merkle.inclusion_proof(src, index, n)
    which = draw.draw(st.integers(0, len(proof) - 1))
    bit = draw.draw(st.integers(0, 255))
    bad = list(proof)
    bad[which] = (int.from_bytes(bad[which], "big") ^ (1 << bit)).to_bytes(32, "big")
    with pytest.raises(ProofError):
        merkle.verify_inclusion(index, n, hashes[index], bad, root)
    other = draw.draw(st.integers(0, n - 1).filter(lambda i: i != index))
    with pytest.raises(ProofError):
        merkle.verify_inclusion(other, n, hashes[index], proof, root)


@settings(max_examples=150)
@given(st.integers(2, 200), st.data())
def test_any_mutated_consistency_proof_fails(n: int, draw: st.DataObject) -> None:
    hashes = [merkle.leaf_hash(x) for x in data(n)]
    src = merkle.sequence_source(hashes)
    m = draw.draw(st.integers(1, n - 1))
    proof = merkle.consistency_proof(src, m, n)
    old, new = merkle.tree_root(src, m), merkle.tree_root(src, n)
    which = draw.draw(st.integers(0, len(proof) - 1))
    bit = draw.draw(st.integers(0, 255))
    bad = list(proof)
    bad[which] = (int.from_bytes(bad[which], "big") ^ (1 << bit)).to_bytes(32, "big")
    with pytest.raises(ProofError):
        merkle.verify_consistency(m, n, old, new, bad)
    assert not verify_bundle.consistency_ok(m, n, old, new, bad)
    # A history where leaf m-1 was rewritten after the old checkpoint is inconsistent.
    rewritten = list(hashes)
    rewritten[m - 1] = merkle.leaf_hash(b"rewritten")
    new2 = merkle.root_from_leaf_hashes(rewritten)
    proof2 = merkle.consistency_proof(merkle.sequence_source(rewritten), m, n)
    with pytest.raises(ProofError):
        merkle.verify_consistency(m, n, old, new2, proof2)


def test_proofs_use_cached_nodes_with_log_reads() -> None:
    """With interior nodes stored, a proof reads O(log n) hashes, not O(n)."""
    from casesafe.ledger.store import InMemoryStore, Log

    log = Log(InMemoryStore(), origin="o", log="case", agency="a")
    for i in range(1000):
        log.append(kind="k", subject="s", actor="a", content=i, at="2026-01-01T00:00:00.000000Z")
    reads = 0
    store = log.store
    original = store.leaf_hashes

    def counting(start: int, end: int):  # type: ignore[no-untyped-def]
        nonlocal reads
        reads += end - start
        return original(start, end)

    store.leaf_hashes = counting  # type: ignore[method-assign]
    proof = log.inclusion_proof(123, 1000)
    merkle.verify_inclusion(123, 1000, store.hashes[123], proof, log.root())
    cons = log.consistency_proof(517, 1000)
    merkle.verify_consistency(517, 1000, log.root(517), log.root(), cons)
    assert reads <= 40

"""RFC 6962 / RFC 9162 Merkle tree hashing, proofs and proof verification.

The tree is the one Certificate Transparency uses, so any CT tooling can check our
proofs: a leaf hashes as SHA-256(0x00 || data) and an interior node as
SHA-256(0x01 || left || right); the two prefixes keep a leaf from ever being passed off
as a node (second-preimage resistance). A tree of n leaves splits at the largest power
of two below n, which makes every tree "left-full" and lets us address each complete
subtree by (level, index): the node at level k, index i covers leaves
[i * 2**k, (i + 1) * 2**k).

Nothing here knows about storage. Proof generation reads hashes through a
``SubtreeSource`` so that an in-memory list, a database table of leaf hashes or a table
of cached interior nodes can all serve them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .errors import ProofError

HASH_SIZE = 32
LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
#: Root of the empty tree: SHA-256 of the empty string (RFC 6962 section 2.1).
EMPTY_ROOT = hashlib.sha256(b"").digest()

_sha256 = hashlib.sha256


def leaf_hash(data: bytes) -> bytes:
    """Hash of a leaf whose data is ``data``."""
    return _sha256(LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Hash of an interior node from its two children."""
    return _sha256(NODE_PREFIX + left + right).digest()


def largest_power_of_two_below(n: int) -> int:
    """The split point k of RFC 6962: the largest power of two strictly less than n."""
    if n < 2:
        raise ValueError("a split needs at least two leaves")
    return 1 << ((n - 1).bit_length() - 1)


def root_from_leaf_hashes(hashes: Sequence[bytes]) -> bytes:
    """Merkle tree hash of a whole list of leaf hashes.

    Hashing level by level and carrying an odd last node up unchanged builds exactly the
    RFC 6962 tree (the split at the largest power of two is the same as pairing from the
    left), and the list comprehension keeps the per-node cost close to hashlib's own, which
    is what makes recomputing a million-entry log fast.
    """
    if not hashes:
        return EMPTY_ROOT
    level = list(hashes)
    sha = _sha256
    prefix = NODE_PREFIX
    while len(level) > 1:
        nxt = [sha(prefix + a + b).digest() for a, b in zip(level[0::2], level[1::2], strict=False)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def frontier_coordinates(size: int) -> list[tuple[int, int]]:
    """(level, index) of the complete subtrees that make up a tree of ``size`` leaves.

    Listed left to right, i.e. largest first: one per set bit of ``size``.
    """
    coords: list[tuple[int, int]] = []
    start = 0
    for level in range(size.bit_length() - 1, -1, -1):
        if size >> level & 1:
            coords.append((level, start >> level))
            start += 1 << level
    return coords


class CompactRange:
    """The right edge ("frontier") of a tree: enough to append and get the root in O(log n).

    It holds one hash per set bit of the size: the roots of the complete subtrees that
    tile the leaves left to right.
    """

    __slots__ = ("_size", "_hashes")

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        if len(hashes) != bin(size).count("1"):
            raise ValueError("a compact range needs one hash per set bit of the size")
        self._size = size
        self._hashes = list(hashes)

    @property
    def size(self) -> int:
        return self._size

    @property
    def hashes(self) -> tuple[bytes, ...]:
        return tuple(self._hashes)

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add one leaf hash; return the interior nodes (level >= 1) it completed.

        A store can keep those nodes so that proofs later cost O(log n) reads.
        """
        completed: list[tuple[int, int, bytes]] = []
        index = self._size
        h = leaf
        level = 0
        hashes = self._hashes
        # Each trailing one bit of the old size is a complete left sibling to merge with.
        while index & 1:
            h = _sha256(NODE_PREFIX + hashes.pop() + h).digest()
            level += 1
            index >>= 1
            completed.append((level, index, h))
        hashes.append(h)
        self._size += 1
        return completed

    def root(self) -> bytes:
        if not self._hashes:
            return EMPTY_ROOT
        hashes = self._hashes
        h = hashes[-1]
        for left in reversed(hashes[:-1]):
            h = _sha256(NODE_PREFIX + left + h).digest()
        return h

    def copy(self) -> CompactRange:
        return CompactRange(self._size, self._hashes)


class SubtreeSource(Protocol):
    """Where proof generation gets hashes from."""

    def leaf_hashes(self, start: int, end: int) -> Sequence[bytes]:
        """Leaf hashes for leaves [start, end)."""
        ...

    def node(self, level: int, index: int) -> bytes | None:
        """A cached complete-subtree hash, or None to have it computed from leaves."""
        ...


@dataclass(frozen=True)
class LeafHashSource:
    """Adapter that serves hashes from a callable returning leaf hashes (no node cache)."""

    fetch: Callable[[int, int], Sequence[bytes]]

    def leaf_hashes(self, start: int, end: int) -> Sequence[bytes]:
        return self.fetch(start, end)

    def node(self, level: int, index: int) -> bytes | None:
        return None


def sequence_source(hashes: Sequence[bytes]) -> LeafHashSource:
    """A source over an in-memory sequence of leaf hashes."""
    return LeafHashSource(lambda start, end: hashes[start:end])


def subtree_hash(source: SubtreeSource, start: int, end: int) -> bytes:
    """MTH(D[start:end]) using cached nodes where the source has them."""
    if end <= start:
        if end == start:
            return EMPTY_ROOT
        raise ValueError("empty or inverted range")
    size = end - start
    if size & (size - 1) == 0 and start % size == 0:
        level = size.bit_length() - 1
        cached = source.node(level, start >> level) if level else None
        if cached is not None:
            return cached
        if level == 0:
            hashes = source.leaf_hashes(start, end)
            if len(hashes) != 1:
                raise ProofError(f"leaf {start} is not available")
            return hashes[0]
        return _root_of_range(source, start, end)
    k = largest_power_of_two_below(size)
    return node_hash(subtree_hash(source, start, start + k), subtree_hash(source, start + k, end))


def _root_of_range(source: SubtreeSource, start: int, end: int) -> bytes:
    hashes = source.leaf_hashes(start, end)
    if len(hashes) != end - start:
        raise ProofError(f"leaves [{start}, {end}) are not all available")
    return root_from_leaf_hashes(hashes)


def tree_root(source: SubtreeSource, size: int) -> bytes:
    """Root of the first ``size`` leaves of the source."""
    return subtree_hash(source, 0, size)


def inclusion_proof(source: SubtreeSource, index: int, size: int) -> list[bytes]:
    """Audit path for leaf ``index`` in the tree of the first ``size`` leaves (RFC 6962 2.1.1).

    Returned bottom-up, the order RFC 9162 verification consumes it.
    """
    if not 0 <= index < size:
        raise ProofError(f"leaf {index} is not in a tree of size {size}")
    path: list[bytes] = []
    start, end = 0, size
    # Walk down from the root; each step contributes the sibling subtree's hash.
    while end - start > 1:
        k = largest_power_of_two_below(end - start)
        mid = start + k
        if index < mid:
            path.append(subtree_hash(source, mid, end))
            end = mid
        else:
            path.append(subtree_hash(source, start, mid))
            start = mid
    path.reverse()
    return path


def consistency_proof(source: SubtreeSource, old_size: int, new_size: int) -> list[bytes]:
    """Proof that the tree of ``old_size`` leaves is a prefix of ``new_size`` (RFC 6962 2.1.2)."""
    if not 0 <= old_size <= new_size:
        raise ProofError(f"no consistency proof from size {old_size} to {new_size}")
    if old_size in (0, new_size):
        return []
    path: list[bytes] = []
    m = old_size
    start, end = 0, new_size
    complete = True  # SUBPROOF's flag b: is the old tree still the whole left part?
    while True:
        n = end - start
        if m == n:
            if not complete:
                path.append(subtree_hash(source, start, end))
            break
        k = largest_power_of_two_below(n)
        if m <= k:
            path.append(subtree_hash(source, start + k, end))
            end = start + k
        else:
            path.append(subtree_hash(source, start, start + k))
            m -= k
            start += k
            complete = False
    path.reverse()
    return path


def _check_hash(value: bytes, what: str) -> None:
    if len(value) != HASH_SIZE:
        raise ProofError(f"{what} is {len(value)} bytes, expected {HASH_SIZE}")


def root_from_inclusion_proof(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """Recompute the root from a leaf hash and its audit path (RFC 9162 2.1.3.2)."""
    if not 0 <= index < size:
        raise ProofError(f"leaf {index} is not in a tree of size {size}")
    _check_hash(leaf, "leaf hash")
    fn, sn = index, size - 1
    r = leaf
    for p in proof:
        _check_hash(p, "proof hash")
        if sn == 0:
            raise ProofError("inclusion proof is too long")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("inclusion proof is too short")
    return r


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> None:
    """Raise ProofError unless ``proof`` shows leaf ``index`` is in the tree with ``root``."""
    _check_hash(root, "root hash")
    if root_from_inclusion_proof(index, size, leaf, proof) != root:
        raise ProofError(f"inclusion proof for leaf {index} does not lead to the root")


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """Raise ProofError unless ``proof`` shows the old tree is a prefix of the new one.

    RFC 9162 section 2.1.4.2, plus the trivial cases: an empty old tree is consistent with
    anything (and must come with an empty proof), equal sizes need equal roots.
    """
    if old_size < 0 or new_size < old_size:
        raise ProofError(f"tree shrank from {old_size} to {new_size}")
    for p in proof:
        _check_hash(p, "proof hash")
    if old_size == 0:
        if proof:
            raise ProofError("consistency proof from an empty tree must be empty")
        return
    _check_hash(old_root, "old root")
    _check_hash(new_root, "new root")
    if old_size == new_size:
        if proof:
            raise ProofError("consistency proof between equal sizes must be empty")
        if old_root != new_root:
            raise ProofError(f"two different roots for tree size {old_size}")
        return
    if not proof:
        raise ProofError("consistency proof is empty")
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("consistency proof is too long")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("consistency proof is too short")
    if fr != old_root:
        raise ProofError("consistency proof does not lead to the old root")
    if sr != new_root:
        raise ProofError("consistency proof does not lead to the new root")


def roots_at_sizes(leaf_hashes: Iterable[bytes], sizes: Iterable[int]) -> dict[int, bytes]:
    """Roots of several prefixes of a leaf sequence, in one pass."""
    wanted = set(sizes)
    roots: dict[int, bytes] = {}
    if 0 in wanted:
        roots[0] = EMPTY_ROOT
    cr = CompactRange()
    for h in leaf_hashes:
        cr.append(h)
        if cr.size in wanted:
            roots[cr.size] = cr.root()
    return roots

"""Benchmarks of the framework-free ledger (no database).

    .venv/bin/python bench/ledger_bench.py                 # full run: 1,000,000 entries
    .venv/bin/python bench/ledger_bench.py --entries 100000 --json out.json

Measures, on an in-memory store:
  * append throughput (seal content, canonical JSON, leaf hash, O(log n) frontier update);
  * verify_all over the whole log (recompute every content commitment, every leaf hash,
    the root, and compare with a signed checkpoint) - target <= 60 s for 1,000,000;
  * the bare root recomputation from stored leaf hashes;
  * inclusion and consistency proof size and time at n = 10^3 .. 10^6;
  * pure-Python verification time of a 64-entry court bundle (verify.py).
The Django-backed append rate is measured by the records app (see docs/benchmarks/ledger.md).
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casesafe.ledger import merkle, verify_bundle
from casesafe.ledger.checkpoint import Keyring, Signer
from casesafe.ledger.export import build_files
from casesafe.ledger.store import InMemoryStore, Log

ORIGIN = "bench.casesafe/agency/case"
SIZES = (1_000, 10_000, 100_000, 1_000_000)


def build(n: int, signer: Signer, checkpoints_at: set[int]) -> tuple[Log, list[str], float]:
    log = Log(InMemoryStore(), origin=ORIGIN, log="case", agency="bench")
    rng = random.Random(1)
    notes: list[str] = []
    at = "2026-01-01T00:00:00.000000Z"
    start = time.perf_counter()
    for i in range(n):
        log.append(
            kind="message",
            subject=f"case-{i % 997}",
            actor=f"user-{i % 50}",
            content={
                "text": f"Message number {i} about the visit on Tuesday.",
                "n": rng.randrange(10**9),
            },
            at=at,
        )
        if i + 1 in checkpoints_at:
            notes.append(log.checkpoint(signer))
    return log, notes, time.perf_counter() - start


def best_per_op(fn: Any, items: list[Any], rounds: int = 5) -> float:
    """Best-of-``rounds`` mean time per item: the usual way to keep scheduler noise out."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, (time.perf_counter() - start) / len(items))
    return best


def proof_stats(log: Log, n: int, rng: random.Random) -> dict[str, Any]:
    hashes = log.store.leaf_hashes(0, n)
    source = merkle.sequence_source(hashes)
    root = log.root(n)
    idx = [rng.randrange(n) for _ in range(200)]
    proofs = {i: log.inclusion_proof(i, n) for i in idx}
    olds = [rng.randrange(1, n) for _ in range(50)]
    cons = {m: log.consistency_proof(m, n) for m in olds}
    old_roots = {m: log.root(m) for m in olds}
    gen = best_per_op(lambda i: log.inclusion_proof(i, n), idx)
    ver = best_per_op(lambda i: merkle.verify_inclusion(i, n, hashes[i], proofs[i], root), idx)
    cgen = best_per_op(lambda m: log.consistency_proof(m, n), olds)
    cver = best_per_op(lambda m: merkle.verify_consistency(m, n, old_roots[m], root, cons[m]), olds)
    # Without stored interior nodes every proof reads O(n) leaf hashes; shown for contrast.
    start = time.perf_counter()
    merkle.inclusion_proof(source, idx[0], n)
    no_cache = time.perf_counter() - start
    return {
        "n": n,
        "inclusion_hashes_max": max(len(p) for p in proofs.values()),
        "inclusion_bytes_max": 32 * max(len(p) for p in proofs.values()),
        "inclusion_gen_us": gen * 1e6,
        "inclusion_verify_us": ver * 1e6,
        "consistency_hashes_max": max(len(p) for p in cons.values()),
        "consistency_gen_us": cgen * 1e6,
        "consistency_verify_us": cver * 1e6,
        "inclusion_gen_without_node_cache_ms": no_cache * 1e3,
    }


def bundle_verify_time(log: Log, signer: Signer) -> dict[str, Any]:
    records = list(log.store.iter_records(0, 64))
    files = build_files(log=log, records=records, signer=signer, case_ref="BENCH-1")
    verify_bundle.ed25519_verify.cache_clear()
    verify_bundle.sha256_hex.cache_clear()
    verify_bundle.parse_manifest.cache_clear()
    verify_bundle.check_entry.cache_clear()
    verify_bundle.check_proof.cache_clear()
    start = time.perf_counter()
    verify_bundle.verify_files(files)
    cold = time.perf_counter() - start
    return {
        "entries": 64,
        "files": len(files),
        "bytes": sum(len(v) for v in files.values()),
        "verify_cold_ms": cold * 1e3,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    n = args.entries
    signer = Signer("bench.casesafe", Ed25519PrivateKey.generate())
    sizes = [s for s in SIZES if s <= n]
    results: dict[str, Any] = {
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "processor": platform.processor() or "unknown",
        "entries": n,
    }

    log, notes, append_s = build(n, signer, {*sizes, n // 2, n})
    results["append_seconds"] = append_s
    results["append_per_second"] = n / append_s
    print(f"append: {n} entries in {append_s:.1f} s = {n / append_s:,.0f}/s", flush=True)

    # The million records this script keeps in memory are a fixture, not part of the
    # work being measured; freezing them stops the cyclic GC from rescanning them during
    # verification. (A database-backed verify streams entries and never holds them.)
    gc.collect()
    gc.freeze()
    keyring = Keyring(signer.public_key)
    start = time.perf_counter()
    outcome = log.verify_all(notes, keyring)
    verify_s = time.perf_counter() - start
    assert outcome.ok, outcome.problems[:3]
    results["verify_all_seconds"] = verify_s
    results["verify_all_checkpoints"] = outcome.checkpoints_checked
    print(f"verify_all: {n} entries, {len(notes)} checkpoints in {verify_s:.1f} s", flush=True)

    hashes = log.store.leaf_hashes(0, n)
    start = time.perf_counter()
    assert merkle.root_from_leaf_hashes(hashes) == log.root()
    results["root_from_leaf_hashes_seconds"] = time.perf_counter() - start
    print(f"root from {n} stored leaf hashes: {results['root_from_leaf_hashes_seconds']:.2f} s")

    rng = random.Random(7)
    results["proofs"] = [proof_stats(log, size, rng) for size in sizes]
    for row in results["proofs"]:
        print(
            "n={n:>9,}  inclusion {inclusion_hashes_max} hashes ({inclusion_bytes_max} B) "
            "gen {inclusion_gen_us:.0f} us verify {inclusion_verify_us:.0f} us | consistency "
            "{consistency_hashes_max} hashes gen {consistency_gen_us:.0f} us verify "
            "{consistency_verify_us:.0f} us | no node cache {inclusion_gen_without_node_cache_ms:.1f} ms".format(
                **row
            )
        )
    results["bundle"] = bundle_verify_time(log, signer)
    print(
        f"bundle verify.py (64 entries, cold caches): {results['bundle']['verify_cold_ms']:.0f} ms"
    )
    signature = signer.private_key.sign(b"x")
    results["ed25519_verify_ms"] = 1e3 * best_per_op(
        lambda _: verify_bundle.ed25519_verify.__wrapped__(signer.public_key.key, b"x", signature),
        list(range(20)),
    )
    print(f"pure-Python Ed25519 verify: {results['ed25519_verify_ms']:.1f} ms")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

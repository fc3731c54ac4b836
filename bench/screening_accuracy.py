"""Accuracy of the screening engine on the project's labelled child-welfare corpus,
beside Presidio's default analyzer (same spaCy model) as a baseline.

    .venv/bin/python bench/screening_accuracy.py [--json] [--no-presidio] [--misses N]

Every item is screened as a public post (audience ``public``), with its case file when
it has one and with the agency's published contacts from bench/data/agency_config.json.
A gold span is found when a predicted finding of a compatible category overlaps it; a
predicted finding is correct when it overlaps a gold span of a compatible category
(see ``COMPATIBLE`` in screening_common.py). Exits 0 even when targets are missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screening_common import (  # noqa: E402
    CATEGORIES,
    DATA,
    DIRECT,
    ROOT,
    SENSITIVE,
    Item,
    OurEngine,
    Prediction,
    PresidioBaseline,
    compatible,
    environment,
    fmt,
    load_agency_config,
    load_corpus,
    ratio,
    write_json,
)

TARGETS = {
    "direct_recall": (">=", 0.97),
    "health_case_recall": (">=", 0.90),
    "precision": (">=", 0.90),
    "public_block_recall": (">=", 0.98),
    "false_block_rate": ("<=", 0.05),
}
LABELS = {
    "direct_recall": "direct-identifier recall",
    "health_case_recall": "health/case-detail recall",
    "precision": "finding precision",
    "public_block_recall": "public block recall",
    "false_block_rate": "false-block rate",
    "quasi_recall": "quasi-identifier recall",
    "decision_accuracy": "public decision accuracy",
    "direct_recall_with_case": "direct recall, items with a case file",
    "direct_recall_without_case": "direct recall, items without",
}


def run(system: Any, items: list[Item]) -> tuple[list[Prediction], float]:
    predictions = []
    started = time.perf_counter()
    for item in items:
        try:
            predictions.append(system.screen(item.text, "public", item.case))
        except Exception as exc:  # a crash is scored as "nothing found", and counted
            predictions.append(Prediction(decision=None, error=f"{type(exc).__name__}: {exc}"))
    return predictions, time.perf_counter() - started


def score(items: list[Item], predictions: list[Prediction]) -> dict[str, Any]:
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    found_case: Counter[str] = Counter()
    total_case: Counter[str] = Counter()
    pred_total: Counter[str] = Counter()
    pred_correct: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    false_pos: dict[str, list[str]] = defaultdict(list)
    confusion: Counter[tuple[str, str]] = Counter()
    missed_blocks, false_blocks, errors = [], [], []
    for item, pred in zip(items, predictions, strict=True):
        if pred.error:
            errors.append(item.id)
        has_case = item.case is not None
        for gold in item.spans:
            hit = any(
                gold.overlaps(p) and compatible(gold.category, p.category) for p in pred.findings
            )
            total[gold.category] += 1
            found[gold.category] += hit
            if has_case:
                total_case[gold.category] += 1
                found_case[gold.category] += hit
            if not hit:
                misses[gold.category].append(item.id)
        for p in pred.findings:
            ok = any(p.overlaps(g) and compatible(g.category, p.category) for g in item.spans)
            pred_total[p.category] += 1
            pred_correct[p.category] += ok
            if not ok:
                false_pos[p.category].append(item.id)
        decision = pred.decision or "error"
        confusion[(item.expected, decision)] += 1
        if item.expected == "block" and decision != "block":
            missed_blocks.append(item.id)
        if item.expected in ("allow", "warn") and decision == "block":
            false_blocks.append(item.id)

    def recall_of(cats: tuple[str, ...], f: Counter[str], t: Counter[str]) -> float | None:
        return ratio(sum(f[c] for c in cats), sum(t[c] for c in cats))

    n_block = sum(1 for i in items if i.expected == "block")
    n_clean_warn = sum(1 for i in items if i.expected in ("allow", "warn"))
    correct_decisions = sum(v for (gold, got), v in confusion.items() if gold == got)
    without_f = Counter({c: found[c] - found_case[c] for c in CATEGORIES})
    without_t = Counter({c: total[c] - total_case[c] for c in CATEGORIES})
    return {
        "metrics": {
            "direct_recall": recall_of(DIRECT, found, total),
            "health_case_recall": recall_of(SENSITIVE, found, total),
            "quasi_recall": recall_of(("AGE", "LOCATION", "SCHOOL"), found, total),
            "precision": ratio(sum(pred_correct.values()), sum(pred_total.values())),
            "public_block_recall": ratio(n_block - len(missed_blocks), n_block),
            "false_block_rate": ratio(len(false_blocks), n_clean_warn),
            "decision_accuracy": ratio(correct_decisions, len(items)),
            "direct_recall_with_case": recall_of(DIRECT, found_case, total_case),
            "direct_recall_without_case": recall_of(DIRECT, without_f, without_t),
        },
        "fractions": {
            "direct_recall": [sum(found[c] for c in DIRECT), sum(total[c] for c in DIRECT)],
            "health_case_recall": [
                sum(found[c] for c in SENSITIVE),
                sum(total[c] for c in SENSITIVE),
            ],
            "precision": [sum(pred_correct.values()), sum(pred_total.values())],
            "public_block_recall": [n_block - len(missed_blocks), n_block],
            "false_block_rate": [len(false_blocks), n_clean_warn],
        },
        "per_category": {
            c: {
                "gold": total[c],
                "found": found[c],
                "recall": ratio(found[c], total[c]),
                "predicted": pred_total[c],
                "correct": pred_correct[c],
                "precision": ratio(pred_correct[c], pred_total[c]),
            }
            for c in CATEGORIES
        },
        "counts": {
            "items": len(items),
            "gold_spans": sum(total.values()),
            "predicted_findings": sum(pred_total.values()),
            "expected_block": n_block,
            "expected_allow_or_warn": n_clean_warn,
            "errors": len(errors),
        },
        "confusion": {f"{g}->{p}": v for (g, p), v in sorted(confusion.items())},
        "misses": {c: ids for c, ids in sorted(misses.items(), key=lambda kv: -len(kv[1]))},
        "false_positives": {
            c: ids for c, ids in sorted(false_pos.items(), key=lambda kv: -len(kv[1]))
        },
        "missed_blocks": missed_blocks,
        "false_blocks": false_blocks,
        "errors": errors,
    }


def meets(metric: str, value: float | None) -> str:
    if metric not in TARGETS or value is None:
        return ""
    op, target = TARGETS[metric]
    ok = value >= target if op == ">=" else value <= target
    return "ok" if ok else "MISS"


def print_report(results: dict[str, Any], n_misses: int) -> None:
    systems = [s for s in ("casesafe", "presidio") if s in results["systems"]]
    print(
        f"\nScreening accuracy on {results['corpus']['path']} ({results['corpus']['items']} items)"
    )
    header = f"{'metric':40} {'target':>8} " + " ".join(f"{s:>10}" for s in systems)
    print(header + "  ours vs target")
    print("-" * len(header) + "-" * 16)
    for metric, label in LABELS.items():
        target = ""
        if metric in TARGETS:
            op, t = TARGETS[metric]
            target = f"{op}{t:.2f}"
        cells = []
        for s in systems:
            sysres = results["systems"][s]
            value = sysres["metrics"].get(metric) if "metrics" in sysres else None
            cells.append(f"{fmt(value):>10}")
        ours = results["systems"].get("casesafe", {}).get("metrics", {}).get(metric)
        print(f"{label:40} {target:>8} " + " ".join(cells) + f"  {meets(metric, ours)}")
    print("\nPer category: recall, precision (predicted findings)")
    print(f"{'category':12} {'gold':>5} " + " ".join(f"{s:>26}" for s in systems))
    for c in CATEGORIES:
        row = f"{c:12} {results['corpus']['spans'].get(c, 0):>5} "
        for s in systems:
            pc = results["systems"][s].get("per_category", {}).get(c, {})
            row += f"   R {fmt(pc.get('recall'))}  P {fmt(pc.get('precision'))} ({pc.get('predicted', 0):>3})"
        print(row)
    for s in systems:
        res = results["systems"][s]
        if "metrics" not in res:
            continue
        print(f"\n[{s}] {res['seconds']:.1f}s, errors: {res['counts']['errors']}")
        print("  decisions (expected->got):", res["confusion"])
    ours = results["systems"].get("casesafe")
    if ours and "metrics" in ours:
        print(f"\nWorst misses by category (casesafe; ids only, first {n_misses})")
        for c, ids in ours["misses"].items():
            print(f"  {c:12} {len(ids):3} missed: {' '.join(ids[:n_misses])}")
        print("False-positive findings by category (casesafe)")
        for c, ids in ours["false_positives"].items():
            print(f"  {c:12} {len(ids):3} wrong: {' '.join(ids[:n_misses])}")
        print(
            f"Missed blocks ({len(ours['missed_blocks'])}): {' '.join(ours['missed_blocks'][:40])}"
        )
        print(f"False blocks ({len(ours['false_blocks'])}): {' '.join(ours['false_blocks'][:40])}")
        if ours["errors"]:
            print(f"Errors ({len(ours['errors'])}): {' '.join(ours['errors'][:20])}")
        print("\nTargets: " + ", ".join(f"{LABELS[m]} {op}{t}" for m, (op, t) in TARGETS.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--json", action="store_true", help="write bench/results/screening_accuracy.json"
    )
    ap.add_argument("--no-presidio", action="store_true", help="skip the Presidio baseline")
    ap.add_argument("--no-engine", action="store_true", help="run the baseline only")
    ap.add_argument("--misses", type=int, default=15, help="ids to list per category")
    ap.add_argument(
        "--corpus",
        type=Path,
        default=DATA / "corpus.jsonl",
        help="a corpus in the same JSONL format (default bench/data/corpus.jsonl)",
    )
    ap.add_argument("--name", default="screening_accuracy", help="results file name")
    args = ap.parse_args(argv)

    items = load_corpus(args.corpus)
    agency = load_agency_config()
    span_counts = Counter(s.category for i in items for s in i.spans)
    results: dict[str, Any] = {
        "benchmark": "screening_accuracy",
        "environment": environment(),
        "corpus": {
            "path": str(args.corpus.resolve().relative_to(ROOT))
            if args.corpus.resolve().is_relative_to(ROOT)
            else str(args.corpus),
            "items": len(items),
            "clean": sum(1 for i in items if not i.spans),
            "with_case_file": sum(1 for i in items if i.case is not None),
            "kinds": dict(Counter(i.kind for i in items)),
            "spans": dict(span_counts),
            "expected_public_decisions": dict(Counter(i.expected for i in items)),
        },
        "targets": {k: {"op": op, "value": v} for k, (op, v) in TARGETS.items()},
        "systems": {},
    }
    if not args.no_engine:
        try:
            t0 = time.perf_counter()
            engine = OurEngine(agency)
            load_s = time.perf_counter() - t0
        except Exception as exc:
            if os.environ.get("BENCH_DEBUG"):
                traceback.print_exc()
            results["systems"]["casesafe"] = {"status": "unavailable", "error": repr(exc)}
            print(f"casesafe engine unavailable: {exc!r} (baseline only)")
        else:
            preds, secs = run(engine, items)
            res = score(items, preds)
            res.update(
                seconds=round(secs, 2),
                load_seconds=round(load_s, 2),
                public_contacts_passed=engine.passes_public_contacts,
                api_kwargs=engine.kwargs_used + ([engine.case_kw] if engine.case_kw else []),
            )
            results["systems"]["casesafe"] = res
    if not args.no_presidio:
        baseline = PresidioBaseline()
        preds, secs = run(baseline, items)
        res = score(items, preds)
        res["seconds"] = round(secs, 2)
        results["systems"]["presidio"] = res
    print_report(results, args.misses)
    if args.json:
        print(f"\nwrote {write_json(args.name, results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

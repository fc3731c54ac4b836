"""Shared by the held-out set builders (holdout2/, sealed/): turn marked-up items into
JSONL with exact offsets and case files, or check that the written files are current.

Each builder keeps only its own data (CASES, ITEMS) and calls :func:`write_or_check`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from build_corpus import AUDIENCES, KINDS, parse, public_decision


def build(cases: dict[str, dict], items: list[tuple], prefix: str) -> list[dict]:
    records = []
    seen: set[str] = set()
    for n, (kind, audience, marked, case, decision) in enumerate(items, start=1):
        if kind not in KINDS or audience not in AUDIENCES:
            raise ValueError(f"bad kind/audience in item {n}")
        if case and case not in cases:
            raise ValueError(f"unknown case {case} in item {n}")
        text, spans = parse(marked)
        if text in seen:
            raise ValueError(f"duplicate text: {text!r}")
        seen.add(text)
        record = {"id": f"{prefix}-{n:04d}", "kind": kind, "audience": audience, "text": text}
        if case:
            record["case_ref"] = f"cases/{case}.json"
        record["spans"] = [
            {
                "start": s["start"],
                "end": s["end"],
                "category": s["category"],
                **({"first_name_only": True} if s.get("first_name_only") else {}),
            }
            for s in spans
        ]
        record["expected_public_decision"] = decision or public_decision(spans)
        records.append(record)
    return records


def stats(records: list[dict]) -> None:
    kinds = Counter(r["kind"] for r in records)
    cats = Counter(s["category"] for r in records for s in r["spans"])
    clean = sum(1 for r in records if not r["spans"])
    print(
        f"{len(records)} items, {clean} clean ({clean / len(records):.0%}), "
        f"{sum(1 for r in records if 'case_ref' in r)} with a case file"
    )
    print("kinds:", dict(sorted(kinds.items())))
    print("audiences:", dict(sorted(Counter(r["audience"] for r in records).items())))
    print("spans:", dict(sorted(cats.items())), "total", sum(cats.values()))
    print("decisions:", dict(Counter(r["expected_public_decision"] for r in records)))


def write_or_check(
    cases: dict[str, dict], items: list[tuple], here: Path, out: str, prefix: str
) -> int:
    """Write ``out`` and ``cases/`` next to the builder; with ``--check`` only compare."""
    records = build(cases, items, prefix)
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if "--check" in sys.argv[1:]:
        path = here / out
        ok = path.exists() and path.read_text(encoding="utf-8") == payload
        for name, case in cases.items():
            f = here / "cases" / f"{name}.json"
            ok = ok and f.exists() and json.loads(f.read_text(encoding="utf-8")) == case
        print(f"{out} and cases/ are up to date" if ok else f"{out} or cases/ is stale")
        stats(records)
        return 0 if ok else 1
    (here / "cases").mkdir(exist_ok=True)
    for name, case in cases.items():
        (here / "cases" / f"{name}.json").write_text(
            json.dumps(case, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    (here / out).write_text(payload, encoding="utf-8")
    stats(records)
    return 0

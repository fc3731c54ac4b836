"""Person and location recall/precision on the WNUT-17 dev split (emerging.dev.conll),
for the screening engine and for Presidio's default analyzer (same spaCy model).

    .venv/bin/python bench/wnut17_eval.py [--json] [--no-presidio] [--limit N]

The data is read in place from ../shared/data/wnut17/ (override with --data); it is
never copied into the repository. Each sentence is rebuilt by joining its tokens with
single spaces and screened as a public post with no case file. Matching is by token
overlap: a gold ``person`` entity is found when a PERSON finding covers any of its
tokens; a PERSON finding is correct when it covers a token of a gold ``person``.
Locations: gold ``location`` against LOCATION or ADDRESS findings. Exits 0 even when
the target (person recall >= 0.75) is missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screening_common import (  # noqa: E402
    ROOT,
    OurEngine,
    PresidioBaseline,
    environment,
    fmt,
    load_agency_config,
    ratio,
    write_json,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wnut17" / "emerging.dev.conll"
TYPES = {"person": {"PERSON"}, "location": {"LOCATION", "ADDRESS"}}
TARGET_PERSON_RECALL = 0.75


@dataclass
class Sentence:
    text: str
    token_spans: list[tuple[int, int]]
    entities: list[tuple[str, set[int]]]  # (type, token indices)


def read_conll(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if not tokens:
            return
        spans, pos = [], 0
        for tok in tokens:
            spans.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        entities: list[tuple[str, set[int]]] = []
        for i, tag in enumerate(tags):
            if tag.startswith("B-") or (
                tag.startswith("I-") and (i == 0 or tags[i - 1][2:] != tag[2:])
            ):
                entities.append((tag[2:], {i}))
            elif tag.startswith("I-"):
                entities[-1][1].add(i)
        sentences.append(Sentence(" ".join(tokens), spans, entities))
        tokens.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            flush()
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        tokens.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    flush()
    return sentences


def tokens_covered(sentence: Sentence, start: int, end: int) -> set[int]:
    return {i for i, (s, e) in enumerate(sentence.token_spans) if s < end and start < e}


def evaluate(system: Any, sentences: list[Sentence]) -> dict[str, Any]:
    stats = {t: {"gold": 0, "found": 0, "predicted": 0, "correct": 0} for t in TYPES}
    errors = 0
    started = time.perf_counter()
    for sent in sentences:
        try:
            pred = system.screen(sent.text, "public", None)
            findings = pred.findings
        except Exception:
            errors += 1
            findings = []
        for etype, cats in TYPES.items():
            gold = [toks for t, toks in sent.entities if t == etype]
            predicted = [
                tokens_covered(sent, f.start, f.end) for f in findings if f.category in cats
            ]
            stats[etype]["gold"] += len(gold)
            stats[etype]["found"] += sum(1 for g in gold if any(g & p for p in predicted))
            stats[etype]["predicted"] += len(predicted)
            stats[etype]["correct"] += sum(1 for p in predicted if any(p & g for g in gold))
    seconds = time.perf_counter() - started
    out: dict[str, Any] = {"seconds": round(seconds, 2), "errors": errors}
    for etype, s in stats.items():
        out[etype] = {
            **s,
            "recall": ratio(s["found"], s["gold"]),
            "precision": ratio(s["correct"], s["predicted"]),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="write bench/results/wnut17_eval.json")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--no-engine", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only")
    args = ap.parse_args(argv)

    sentences = read_conll(args.data)
    if args.limit:
        sentences = sentences[: args.limit]
    results: dict[str, Any] = {
        "benchmark": "wnut17_eval",
        "environment": environment(),
        "data": str(args.data),
        "sentences": len(sentences),
        "gold": {t: sum(1 for s in sentences for e, _ in s.entities if e == t) for t in TYPES},
        "target": {"person_recall": TARGET_PERSON_RECALL},
        "systems": {},
    }
    if not args.no_engine:
        try:
            engine = OurEngine(load_agency_config())
        except Exception as exc:
            if os.environ.get("BENCH_DEBUG"):
                traceback.print_exc()
            results["systems"]["casesafe"] = {"status": "unavailable", "error": repr(exc)}
        else:
            results["systems"]["casesafe"] = evaluate(engine, sentences)
    if not args.no_presidio:
        results["systems"]["presidio"] = evaluate(PresidioBaseline(), sentences)

    print(
        f"\nWNUT-17 dev: {len(sentences)} sentences, {results['gold']['person']} person and "
        f"{results['gold']['location']} location entities (token-overlap matching)"
    )
    print(f"{'system':10} {'person R':>9} {'person P':>9} {'loc R':>7} {'loc P':>7} {'secs':>6}")
    for name, res in results["systems"].items():
        if "person" not in res:
            print(f"{name:10} unavailable: {res.get('error')}")
            continue
        print(
            f"{name:10} {fmt(res['person']['recall']):>9} {fmt(res['person']['precision']):>9} "
            f"{fmt(res['location']['recall']):>7} {fmt(res['location']['precision']):>7} "
            f"{res['seconds']:>6.1f}"
        )
    ours = results["systems"].get("casesafe", {})
    if "person" in ours:
        r = ours["person"]["recall"] or 0.0
        verdict = "ok" if r >= TARGET_PERSON_RECALL else "MISS"
        print(f"target: person recall >= {TARGET_PERSON_RECALL} -> {verdict}")
    if args.json:
        print(f"wrote {write_json('wnut17_eval', results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render docs/benchmarks/screening.md from bench/results/*.json (written by the three
benchmarks with --json), so the published numbers are exactly the measured ones.

    .venv/bin/python bench/screening_report.py [--notes FILE]

``--notes`` appends a hand-written Markdown section (interpretation, caveats).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screening_common import CATEGORIES, RESULTS, ROOT  # noqa: E402

OUT = ROOT / "docs" / "benchmarks" / "screening.md"


def load(name: str) -> dict[str, Any] | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def f3(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}" if value in (0, 1) else f"{value:.4f}"


def verdict(value: float | None, op: str, target: float) -> str:
    if value is None:
        return "pending"
    ok = value >= target if op == ">=" else value <= target
    return "met" if ok else "**missed**"


def accuracy_section(acc: dict[str, Any]) -> list[str]:
    c = acc["corpus"]
    ours = acc["systems"].get("casesafe", {})
    base = acc["systems"].get("presidio", {})
    have = "metrics" in ours
    lines = [
        "## Project corpus (`bench/data/corpus.jsonl`)",
        "",
        f"{c['items']} items written for the project ({c['clean']} clean, "
        f"{c['clean'] / c['items']:.0%}; {c['with_case_file']} with one of 10 case files), "
        f"{sum(c['spans'].values())} labelled spans; expected public decisions "
        + ", ".join(f"{k} {v}" for k, v in sorted(c["expected_public_decisions"].items()))
        + ". Every item is screened as a public post, with its case file and the agency's "
        "published contacts.",
        "",
        "```",
        ".venv/bin/python bench/screening_accuracy.py --json",
        "```",
        "",
        f"Run {acc['environment']['when_utc']}.",
        "",
        "| metric | target | casesafe | | Presidio baseline |",
        "|---|---|---|---|---|",
    ]
    labels = {
        "direct_recall": "direct-identifier recall",
        "health_case_recall": "health/case-detail recall",
        "precision": "finding precision",
        "public_block_recall": "public block recall",
        "false_block_rate": "false-block rate",
    }
    for key, label in labels.items():
        t = acc["targets"][key]
        op = "≥" if t["op"] == ">=" else "≤"
        value = ours["metrics"][key] if have else None
        frac = ours.get("fractions", {}).get(key)
        shown = f3(value) + (f" ({frac[0]}/{frac[1]})" if frac else "") if have else "pending"
        lines.append(
            f"| {label} | {op} {t['value']:.2f} | {shown} | "
            f"{verdict(value, t['op'], t['value'])} | {f3(base.get('metrics', {}).get(key))} |"
        )
    for key, label in (
        ("quasi_recall", "quasi-identifier recall (AGE, LOCATION, SCHOOL)"),
        ("decision_accuracy", "public decision accuracy (block/warn/allow exact)"),
        ("direct_recall_with_case", "direct recall, items with a case file"),
        ("direct_recall_without_case", "direct recall, items without a case file"),
    ):
        value = ours["metrics"][key] if have else None
        lines.append(
            f"| {label} | | {f3(value) if have else 'pending'} | | "
            f"{f3(base.get('metrics', {}).get(key))} |"
        )
    lines += [
        "",
        "Per category (recall on gold spans; precision of the findings reported in that "
        "category, with their count):",
        "",
        "| category | gold spans | casesafe recall | casesafe precision | Presidio recall | Presidio precision |",
        "|---|---|---|---|---|---|",
    ]
    for cat in CATEGORIES:
        o = ours.get("per_category", {}).get(cat, {})
        b = base.get("per_category", {}).get(cat, {})
        lines.append(
            f"| {cat} | {c['spans'].get(cat, 0)} | {f3(o.get('recall'))} | "
            f"{f3(o.get('precision'))} ({o.get('predicted', 0)}) | {f3(b.get('recall'))} | "
            f"{f3(b.get('precision'))} ({b.get('predicted', 0)}) |"
        )
    if have:
        lines += [
            "",
            "Decisions, expected → returned (casesafe): "
            + ", ".join(f"{k} {v}" for k, v in ours["confusion"].items())
            + ".",
            "",
            "Worst-missed categories (casesafe; item ids only, look them up in corpus.jsonl):",
            "",
        ]
        for cat, ids in list(ours["misses"].items()):
            shown = " ".join(dict.fromkeys(ids))
            lines.append(f"- {cat}: {len(ids)} missed — {shown}")
        lines += [
            "",
            f"Missed blocks ({len(ours['missed_blocks'])}): {' '.join(ours['missed_blocks'])}",
            "",
            f"False blocks ({len(ours['false_blocks'])}): {' '.join(ours['false_blocks'])}",
            "",
            "False-positive findings by category: "
            + ", ".join(f"{k} {len(v)}" for k, v in ours["false_positives"].items())
            + ".",
        ]
    return lines


HELD_OUT = (
    (
        "holdout_accuracy",
        "bench/data/holdout/holdout.jsonl",
        "Held-out corpus, round 1",
        "written while the engine was first built and kept out of the repository until the "
        "first measurement. It has been in the repository since, and the lexicon work of the "
        "second round was allowed to read it: it is no longer unseen. Since round 3 the entity "
        "model is trained on it too.",
    ),
    (
        "holdout2_accuracy",
        "bench/data/holdout2/holdout2.jsonl",
        "Held-out corpus, round 2 (development)",
        "written at the start of the second round by someone who never read the engine's "
        "code or word lists. The engine's author measured the engine on it before changing "
        "anything, then read its misses while working on the name rules: after that first "
        "measurement it is a development set, and since round 3 training data of the entity "
        "model.",
    ),
    (
        "sealed_accuracy",
        "bench/data/sealed/sealed.jsonl",
        "Round-2 sealed corpus (development since round 4)",
        "written with round 2's development set, by the same writer, and measured with its "
        "misses hidden at the end of rounds 2 and 3. At the start of round 4, once round 4's "
        "own sealed set existed, its misses were read and the name and topic rules were "
        "worked on against it: it is a development set now. The entity model is still never "
        "trained on it, so it stays unseen by the model.",
    ),
    (
        "round3_accuracy",
        "bench/data/round3/round3.jsonl",
        "Round-3 sealed corpus (development since round 4)",
        "written at the end of round 2 by someone who never opened the engine, its word lists, "
        "its tests or the other sets; measured with its misses hidden at the start and end of "
        "round 3. Like the set above, its misses were read in round 4 and it is a development "
        "set for the rules now, still never trained on.",
    ),
    (
        "round4_accuracy",
        "bench/data/round4/round4.jsonl",
        "Sealed corpus, round 4",
        "written at the start of round 4 by someone who never opened the engine, its word "
        "lists, its tests or the items of the other sets, and measured with its misses hidden "
        "(`--misses 0`) before round 4 changed anything, twice during the round (`4f1fa53`, "
        "`2f4c5bb`) and at its end. Never trained on.",
    ),
    (
        "round5_accuracy",
        "bench/data/round5/round5.jsonl",
        "Sealed corpus, round 5",
        "written late in session 4 by another writer under the same rules, with more private "
        "messages and everyday wording of health and case facts; measured with its misses "
        "hidden when it arrived (the engine as it then was) and at the end of the session. "
        "Never trained on.",
    ),
)
SEALED = ("round4_accuracy", "round5_accuracy")


def holdout_section(
    h: dict[str, Any],
    main_acc: dict[str, Any] | None,
    title: str,
    path: str,
    about: str,
    name: str,
    before: dict[str, Any] | None = None,
) -> list[str]:
    c = h["corpus"]
    ours = h["systems"].get("casesafe", {})
    base = h["systems"].get("presidio", {})
    main_ours = (main_acc or {}).get("systems", {}).get("casesafe", {})
    before_ours = (before or {}).get("systems", {}).get("casesafe", {})
    lines = [
        "",
        f"## {title} (`{path}`)",
        "",
        f"{c['items']} items in the same format ({c['clean']} clean; "
        f"{c['with_case_file']} with a case file; "
        f"{sum(c['spans'].values())} labelled spans), {about}",
        "",
        "```",
        f".venv/bin/python bench/screening_accuracy.py --corpus {path} --name {name} --json"
        + (" --misses 0" if name in SEALED else ""),
        "```",
        "",
        f"Run {h['environment']['when_utc']}.",
        "",
    ]
    if before_ours:
        lines += [
            "| metric | target | casesafe now | | casesafe at the start of the round "
            f"(`{before['environment'].get('engine_last_commit', '?')[:7]}`) | Presidio |",
            "|---|---|---|---|---|---|",
        ]
    else:
        lines += [
            "| metric | target | casesafe | | casesafe, main corpus | Presidio |",
            "|---|---|---|---|---|---|",
        ]
    labels = {
        "direct_recall": "direct-identifier recall",
        "health_case_recall": "health/case-detail recall",
        "precision": "finding precision",
        "public_block_recall": "public block recall",
        "false_block_rate": "false-block rate",
    }
    for key, label in labels.items():
        t = h["targets"][key]
        op = "≥" if t["op"] == ">=" else "≤"
        value = ours.get("metrics", {}).get(key)
        frac = ours.get("fractions", {}).get(key)
        shown = f3(value) + (f" ({frac[0]}/{frac[1]})" if frac else "")
        lines.append(
            f"| {label} | {op} {t['value']:.2f} | {shown} | "
            f"{verdict(value, t['op'], t['value'])} | "
            f"{f3((before_ours or main_ours).get('metrics', {}).get(key))} | "
            f"{f3(base.get('metrics', {}).get(key))} |"
        )
    if ours.get("misses") and name not in SEALED:
        lines += [
            "",
            "Held-out misses by category (casesafe): "
            + ", ".join(f"{k} {len(v)}" for k, v in ours["misses"].items())
            + f". Missed blocks: {' '.join(ours['missed_blocks']) or 'none'}. "
            f"False blocks: {' '.join(ours['false_blocks']) or 'none'}.",
        ]
    return lines


def wnut_section(w: dict[str, Any]) -> list[str]:
    lines = [
        "",
        "## WNUT-17 dev (`../shared/data/wnut17/emerging.dev.conll`)",
        "",
        f"{w['sentences']} sentences, {w['gold']['person']} person and "
        f"{w['gold']['location']} location entities; each sentence screened as a public post "
        "with no case; token-overlap matching.",
        "",
        "```",
        ".venv/bin/python bench/wnut17_eval.py --json",
        "```",
        "",
        f"Run {w['environment']['when_utc']}.",
        "",
        "| system | person recall (target ≥ 0.75) | person precision | location recall | location precision |",
        "|---|---|---|---|---|",
    ]
    for name in ("casesafe", "presidio"):
        r = w["systems"].get(name)
        if not r or "person" not in r:
            lines.append(f"| {name} | pending | pending | pending | pending |")
            continue
        lines.append(
            f"| {name} | {f3(r['person']['recall'])} | {f3(r['person']['precision'])} | "
            f"{f3(r['location']['recall'])} | {f3(r['location']['precision'])} |"
        )
    return lines


def speed_section(s: dict[str, Any]) -> list[str]:
    lines = [
        "",
        "## Speed",
        "",
        f"{s['documents']} messages of 200–300 characters (mean {s['mean_chars']:.0f}), single "
        f"process, best of {s['repeats']} passes, the two systems' passes alternating. "
        f"Machine: {s['environment']['cpus']} cores, shared with other jobs while measured.",
        "",
        "```",
        ".venv/bin/python bench/screening_speed.py --json",
        "```",
        "",
        f"Run {s['environment']['when_utc']}.",
        "",
        "| system | docs/s |",
        "|---|---|",
        f"| Presidio `AnalyzerEngine.analyze`, same spaCy model | {s['presidio']['docs_per_second']} |",
    ]
    ours = s.get("casesafe", {})
    if "docs_per_second" in ours:
        ratio = s["ratio_vs_presidio"]
        lines.append(f"| casesafe `screen_text` | {ours['docs_per_second']} |")
        lines += [
            "",
            f"Ratio casesafe / Presidio: **{ratio}×** (target ≥ {s['target_ratio']}×: "
            f"{'met' if ratio >= s['target_ratio'] else 'missed'}).",
        ]
    else:
        lines.append("| casesafe `screen_text` | pending |")
    b = s.get("batch_jsonl")
    if b:
        lines += [
            "",
            f"Batch: `casesafe check --jsonl` over {b['lines']} generated lines, as a subprocess, "
            f"end to end including start-up: {b['seconds']} s = **{b['lines_per_second']} lines/s** "
            f"(start-up with a one-line file {b['startup_seconds_one_line']} s; "
            f"{b['lines_per_second_excluding_startup']} lines/s without it). Exit status "
            f"{b.get('returncode')}, {b.get('output_lines')} output lines, "
            f"{b.get('error_lines')} error lines, "
            f"{b.get('lines_missing_contract_keys', '?')} lines missing a contract key "
            f"(id, decision, findings, redacted_text), ids in input order: "
            f"{b.get('ids_in_order', '?')}.",
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=Path, help="Markdown to append")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    acc, wnut, speed = load("screening_accuracy"), load("wnut17_eval"), load("screening_speed")
    env = (acc or wnut or speed or {}).get("environment", {})
    lines = [
        "# Screening benchmarks: measured numbers",
        "",
        "How these are measured: `bench/README.md`. Definitions and targets: the screening "
        'contract (`../shared/spec/screening.md`, "How it is measured") and issue 3 '
        '("Measure it"). This page is rendered from `bench/results/*.json` by '
        "`.venv/bin/python bench/screening_report.py`.",
        "",
        f"Machine: {env.get('cpus')} cores, {env.get('machine')}, Python {env.get('python')}, "
        f"spaCy model `{env.get('spacy_model')}` for both systems (the engine's entity model is "
        "its NER fine-tuned on the project's data, `training/`). Engine measured at commit "
        f"`{env.get('engine_last_commit', '?')}`"
        + (" plus uncommitted changes" if env.get("engine_uncommitted_changes") else "")
        + f" (repository HEAD `{env.get('repo_head', '?')}`).",
        "",
    ]
    if acc:
        lines += accuracy_section(acc)
    for name, path, title, about in HELD_OUT:
        held = load(name)
        if held:
            before = load(name.replace("_accuracy", "_round_start"))
            lines += holdout_section(held, acc, title, path, about, name, before)
    if wnut:
        lines += wnut_section(wnut)
    if speed:
        lines += speed_section(speed)
    if args.notes:
        lines += ["", args.notes.read_text(encoding="utf-8").rstrip()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

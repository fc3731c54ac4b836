"""The text being screened, with what every recognizer needs computed once."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..types import CaseContext, ScreeningConfig

if TYPE_CHECKING:
    from .nlp import Entity, ProperNouns

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n\s*\n|\n(?=\s*[-*•]\s)|\n")
WORD_RE = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?", re.UNICODE)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class TextDoc:
    text: str
    config: ScreeningConfig
    case: CaseContext | None = None
    entities: list[Entity] = field(default_factory=list)
    proper_starts: ProperNouns | frozenset[int] = frozenset()
    person_spans: list[tuple[int, int]] = field(default_factory=list)
    # What one recognizer computes for this text and another reads again (the lexicons'
    # excluded phrases are read by the lexicon, model and medicine recognizers).
    memo: dict[Any, Any] = field(default_factory=dict)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def sentence_starts(self) -> list[int]:
        starts = [0]
        for m in _SENTENCE_END.finditer(self.text):
            starts.append(m.end())
        return starts

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        starts = self.sentence_starts
        i = bisect_right(starts, pos) - 1
        start = starts[max(i, 0)]
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> str:
        s, e = self.sentence_bounds(pos)
        return self.text[s:e]

    @cached_property
    def tokens(self) -> list[Token]:
        return [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(self.text)]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_index_at(self, pos: int) -> int:
        return bisect_right(self._token_starts, pos) - 1

    def is_sentence_initial(self, pos: int) -> bool:
        s, _ = self.sentence_bounds(pos)
        prefix = self.text[s:pos]
        return not any(ch.isalnum() for ch in prefix)

    def window(self, start: int, end: int, before: int = 40, after: int = 40) -> str:
        return self.lower[max(0, start - before) : min(len(self.text), end + after)]

    def before(self, pos: int, chars: int = 40) -> str:
        return self.lower[max(0, pos - chars) : pos]

    def after(self, pos: int, chars: int = 40) -> str:
        return self.lower[pos : pos + chars]

"""HEALTH and CASE_DETAIL: lexicons the project writes (data/*.yaml) plus context rules.

A strong term (a diagnosis, a medication, a removal) is reported unless the sentence is
plainly about a topic, an occasion (a celebration, an awareness month) or children in
general, with no particular person in it; the audience of a topic sentence ("for foster
parents") is not a particular person. A weak term ("therapy", "court", "visits")
is reported only when a particular person is in the sentence and the sentence is not about
a topic. This keeps "join our trauma-informed parenting class" clean and catches "her
therapist moved the session".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, ClassVar

import yaml

from ...types import Category
from ..anchors import SPECIFIC_ANCHOR_RE
from ..document import TextDoc
from ..gazetteer import public_figures
from .base import SEVERITY_BY_CATEGORY, Candidate, Recognizer, register
from .cues import GENERAL_ADDRESS_RE, generic_topic

# The prefix index reads terms with CPython's own regex parser (``re._parser``, private
# since 3.11). If a Python release moves it, every group falls back to plain ``finditer``:
# the same hits, only slower — never a failure to screen.
try:
    import re._constants as _c  # the parser's opcodes, for _prefixes
    import re._parser as _parser
except ImportError:  # pragma: no cover - depends on the Python release
    _c = _parser = None

# A public event or awareness day: a strong term in such a sentence, with no particular
# person in it, is about the occasion ("families finalize their adoptions on National
# Adoption Day"), not a disclosure.
EVENT_RE = re.compile(
    r"\b(?:celebrat(?:e|es|ed|ing|ion|ions)|ceremon(?:y|ies)|festival|gala|open house|"
    r"all are welcome|everyone (?:is )?welcome|walk-?ins? welcome|proclamation|"
    r"(?:national|international|world) [\w' -]{2,40}? (?:day|week|month)|"
    r"(?:awareness|appreciation|recognition|prevention) (?:day|week|month))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class LexiconGroup:
    name: str
    strong: bool
    explanation: str
    terms: tuple[str, ...]
    lower: re.Pattern[str] | None  # the lowercase terms, case-sensitive, on the lowercased text
    cased: re.Pattern[str] | None  # terms with their own case rules ("(?-i:ODD)"), on the text

    @property
    def regex(self) -> re.Pattern[str]:
        """Every term, case-insensitive, on the text itself: only for the rare text whose
        lowercase form has other offsets, so it is compiled on first use, not at start-up."""
        return _all_terms(self.terms)


_Indexed = tuple[tuple[int, re.Pattern[str]], ...]  # (index of a group, its regex)


@dataclass(frozen=True, slots=True)
class _Finder:
    """Where the groups' regexes match, with one scan of the text instead of one per group.

    Every group regex starts with a lookbehind, so ``re`` tries it at every offset and
    tries each of its terms at every word start: fifty groups cost about a millisecond a
    message. ``scan`` is one zero-width pattern that stops exactly where some term of some
    group matches (rarely), and only there is a group's own regex run, with ``match``.
    The same regex at the same offset picks the same alternative, and skipping offsets
    inside the group's previous hit is what ``finditer`` does, so the hits are identical.
    """

    scan: re.Pattern[str] | None
    by_char: dict[str, _Indexed]  # the groups to try where a word starts with this character
    other: _Indexed  # the groups to try at any other character
    direct: _Indexed  # groups with a term that can match nothing: plain ``finditer``

    def collect(self, text: str, spans: list[list[tuple[int, int]]]) -> None:
        for i, pattern in self.direct:
            spans[i].extend(m.span() for m in pattern.finditer(text))
        if self.scan is None:
            return
        resume = [0] * len(spans)  # finditer resumes at the end of the group's last hit
        for m in self.scan.finditer(text):
            start = m.start()
            for i, pattern in self.by_char.get(text[start], self.other):
                if start >= resume[i] and (hit := pattern.match(text, start)):
                    resume[i] = hit.end()
                    spans[i].append((start, resume[i]))


_PREFIX = 3  # characters of a term's literal start that the scan dispatches on


def _prefixes(items: list[tuple[Any, Any]], ignore: bool) -> tuple[set[str], bool]:
    """Strings that every match of a parsed term starts with, cut at ``_PREFIX`` characters
    (with "" among them when that is not plain: \\w, \\d, ``.``, a case-insensitive
    letter), and whether each shorter one is a whole match of ``items``. It indexes
    ``_Finder.scan``, which re-checks the term itself, so it may say too little, never
    too much."""
    out, whole = {""}, True
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: adds no character
        if op is _c.LITERAL and not ignore:
            part = {chr(av)}
        elif op is _c.IN and not ignore and all(k is _c.LITERAL for k, _ in av):
            part = {chr(v) for _, v in av}
        elif op is _c.SUBPATTERN:
            _, add, remove, sub = av
            part, whole = _prefixes(sub.data, bool((ignore or add & re.I) and not remove & re.I))
        elif op is _c.BRANCH:
            alternatives = [_prefixes(alt.data, ignore) for alt in av[1]]
            part = set().union(*(p for p, _ in alternatives))
            whole = all(w for _, w in alternatives)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and (av[0], av[1]) == (0, 1):
            part, whole = _prefixes(av[2].data, ignore)
            part.add("")  # optional
        else:
            part, whole = {""}, False
        out = {(a + b)[:_PREFIX] for a in out for b in part}
        if len(out) > 64:  # too many to list: the first characters will do
            return {p[:1] for p in out}, False
        if not whole or all(len(p) == _PREFIX for p in out):
            return out, whole
    return out, True


def _trie(entries: list[tuple[str, str]], depth: int = 0) -> str:
    """A regex for ``entries`` (prefix, term) that walks the prefixes one character at a
    time, so at a word start ``re`` only compares a few characters before it gives up.
    Once a prefix is read, a lookbehind goes back to where it started and a lookahead
    there runs the whole term (at depth 0: unsure terms, run at every word start)."""
    children: dict[str, list[tuple[str, str]]] = {}
    ends = sorted({term for prefix, term in entries if len(prefix) == depth})
    for prefix, term in entries:
        if len(prefix) > depth:
            children.setdefault(prefix[depth], []).append((prefix, term))
    branches = [re.escape(c) + _trie(e, depth + 1) for c, e in children.items()]
    if ends:
        term = rf"(?:{_alternation(ends)})(?![\w-])"
        start = re.escape(entries[0][0][:depth])
        branches.append(f"(?<=(?={term}){start})" if depth else term)
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _finder(groups: list[tuple[int, re.Pattern[str], list[str]]], flags: int) -> _Finder:
    """``groups``: (group index, its regex, its terms), all run on one text with ``flags``."""
    try:
        return _indexed_finder(groups, flags)
    except Exception:  # noqa: BLE001 - any surprise from the private parser: plain finditer
        plain = tuple((i, pattern) for i, pattern, _ in groups)
        return _Finder(scan=None, by_char={}, other=(), direct=plain)


def _indexed_finder(groups: list[tuple[int, re.Pattern[str], list[str]]], flags: int) -> _Finder:
    if _parser is None:
        raise RuntimeError("the regex parser is not available")
    by_char: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    other: list[tuple[int, re.Pattern[str]]] = []
    direct: list[tuple[int, re.Pattern[str]]] = []
    entries: list[tuple[str, str]] = []
    for i, pattern, terms in groups:
        parsed = [_parser.parse(t.strip(), flags) for t in terms]
        if any(p.getwidth()[0] == 0 for p in parsed):
            direct.append((i, pattern))  # empty matches: let finditer handle them
            continue
        for term, p in zip(terms, parsed, strict=True):
            prefixes = _prefixes(p.data, bool(flags & re.I))[0]
            if "" in prefixes:
                prefixes = {""}
            entries += [(prefix, term) for prefix in prefixes]
            for c in {prefix[:1] for prefix in prefixes}:
                found = other if c == "" else by_char.setdefault(c, [])
                if (i, pattern) not in found:
                    found.append((i, pattern))
    scan = re.compile(rf"(?<![\w-])(?={_trie(entries)})", flags) if entries else None
    return _Finder(
        scan=scan,
        # a group with a term of unknown start is tried at every character
        by_char={c: (*e, *(o for o in other if o not in e)) for c, e in by_char.items()},
        other=tuple(other),
        direct=tuple(direct),
    )


@dataclass(frozen=True, slots=True)
class Lexicon:
    category: Category
    guidance: str
    groups: tuple[LexiconGroup, ...]
    lower_finder: _Finder  # the groups' lowercase terms, on the lowercased text
    cased_finder: _Finder  # their terms with case rules, on the text
    exclude: re.Pattern[str] | None
    exclude_lower: re.Pattern[str] | None = None  # the same, for the lowercased text

    def hits(self, doc: TextDoc) -> list[tuple[int, int, LexiconGroup]]:
        """Every group's matches: group by group, the lowercase terms' hits first, each
        in order of position (``analyze`` breaks ties by this order)."""
        # Case-insensitive matching of a long alternation is about three times slower than
        # matching the lowercased text, so lowercase terms run on ``doc.lower`` whenever
        # lowercasing kept every offset (it does except for a few rare letters).
        if len(doc.lower) != len(doc.text):
            return [
                (m.start(), m.end(), g) for g in self.groups for m in g.regex.finditer(doc.text)
            ]
        spans: list[list[tuple[int, int]]] = [[] for _ in self.groups]
        self.lower_finder.collect(doc.lower, spans)
        self.cased_finder.collect(doc.text, spans)
        return [(s, e, g) for g, found in zip(self.groups, spans, strict=True) for s, e in found]

    def excluded_spans(self, doc: TextDoc) -> list[tuple[int, int]]:
        """Once per text: the lexicon, the entity model and the medicine list all ask."""
        key = ("excluded", id(self))
        spans: list[tuple[int, int]] | None = doc.memo.get(key)
        if spans is None:
            spans = doc.memo[key] = self._excluded_spans(doc)
        return spans

    def _excluded_spans(self, doc: TextDoc) -> list[tuple[int, int]]:
        if self.exclude_lower is not None and len(doc.lower) == len(doc.text):
            return [m.span() for m in self.exclude_lower.finditer(doc.lower)]
        if self.exclude is not None:
            return [m.span() for m in self.exclude.finditer(doc.text)]
        return []


def _alternation(terms: Iterable[str]) -> str:
    # Longest first; equal lengths in a fixed order, so the same term wins in every process.
    ordered = sorted({t.strip() for t in terms if t and t.strip()}, key=lambda t: (-len(t), t))
    return "|".join(f"(?:{t})" for t in ordered)


# A term keeps IGNORECASE matching when it sets its own case rules or has an uppercase
# letter that is not part of an escape (\W, \S ...).
_CASE_SENSITIVE_TERM = re.compile(r"\(\?-i:|(?<!\\)[A-Z]")


def _needs_case(term: str) -> bool:
    return _CASE_SENSITIVE_TERM.search(term) is not None


def _bounded(terms: Iterable[str], flags: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(terms)})(?![\w-])", flags)


@cache
def _all_terms(terms: tuple[str, ...]) -> re.Pattern[str]:
    return _bounded(terms, re.IGNORECASE)


@cache
def load_lexicon(filename: str) -> Lexicon:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("casesafe.screening.data").joinpath(filename).read_text("utf-8")
    )
    groups = []
    lower_terms: list[tuple[int, re.Pattern[str], list[str]]] = []
    cased_terms: list[tuple[int, re.Pattern[str], list[str]]] = []
    for i, (name, spec) in enumerate(raw["groups"].items()):
        terms = [t for t in spec["terms"] if t and t.strip()]
        cased = [t for t in terms if _needs_case(t)]
        lower = [t for t in terms if not _needs_case(t)]
        group = LexiconGroup(
            name=name,
            strong=spec.get("strength", "strong") == "strong",
            explanation=spec["explanation"],
            terms=tuple(terms),
            lower=_bounded(lower, 0) if lower else None,
            cased=_bounded(cased, re.IGNORECASE) if cased else None,
        )
        groups.append(group)
        if group.lower is not None:
            lower_terms.append((i, group.lower, lower))
        if group.cased is not None:
            cased_terms.append((i, group.cased, cased))
    exclude = raw.get("exclude") or []

    def excluding(flags: int) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternation(exclude)})(?!\w)", flags)

    return Lexicon(
        category=Category(raw["category"]),
        guidance=raw["guidance"],
        groups=tuple(groups),
        lower_finder=_finder(lower_terms, 0),
        cased_finder=_finder(cased_terms, re.IGNORECASE),
        exclude=excluding(re.IGNORECASE) if exclude else None,
        exclude_lower=excluding(0) if exclude and not any(map(_needs_case, exclude)) else None,
    )


_PERSONAL_RE = re.compile(
    r"\b(?:his|her|their|him|she|he|mom|dad|mother|father|son|daughter|brother|sister)\b",
    re.IGNORECASE,
)


def _named_person(doc: TextDoc, start: int) -> bool:
    s, e = doc.sentence_bounds(start)
    return any(s <= ps < e for ps, _ in doc.person_spans)


# The audience of a topic sentence ("a workshop on ADHD for foster parents") is not a
# particular person.
AUDIENCE_RE = re.compile(
    r"\b(?:for|to|with|of|among|by) (?:new |prospective |current |all |our |licensed )?"
    r"(?:foster|adoptive|kinship|resource|bio|birth) (?:parents|families|caregivers)\b",
    re.IGNORECASE,
)


def _specific_anchor(doc: TextDoc, start: int, end: int, topic: bool = False) -> bool:
    s, e = doc.sentence_bounds(start)
    if any(s <= ps < e for ps, _ in doc.person_spans):
        return True
    if not topic:
        return SPECIFIC_ANCHOR_RE.search(doc.text, s, e) is not None
    sentence = AUDIENCE_RE.sub(lambda m: " " * len(m.group()), doc.text[s:e])
    if GENERAL_ADDRESS_RE.search(sentence):
        sentence = _GENERIC_YOU_RE.sub(lambda m: " " * len(m.group()), sentence)
    return SPECIFIC_ANCHOR_RE.search(sentence) is not None


# In advice or a question to a group, "you" and "your" are anyone.
_GENERIC_YOU_RE = re.compile(r"\b(?:you|your|you're|yours|u|ur)\b", re.IGNORECASE)


def reportable(
    doc: TextDoc, start: int, end: int, *, strong: bool, occasions: bool = False
) -> float | None:
    """The score a health or case mark earns in its sentence, or None when the sentence is
    about a topic, an occasion or nobody in particular.

    A strong mark needs a particular person only in a topic sentence; a weak one always
    does, and in a topic sentence a named person with a family word or pronoun too. An
    occasion ("awareness month", "celebration") counts as a topic for strong marks, and for
    weak ones when ``occasions`` is set.
    """
    sentence = doc.sentence(start)
    if _about_a_public_figure(doc, start, end, sentence):
        return None
    topic = generic_topic(sentence)
    if (strong or occasions) and not topic:
        topic = EVENT_RE.search(sentence) is not None
    anchored = _specific_anchor(doc, start, end, topic)
    if strong:
        if topic and not anchored:
            return None
        return 0.85 if anchored else 0.7
    named = _named_person(doc, start)
    if topic:
        return 0.7 if anchored and named and _PERSONAL_RE.search(sentence) else None
    if anchored:
        return 0.7
    # Notes drop the subject ("PHQ-9 = 17, referred to psych."): a sentence that is not a
    # topic counts when the text names a private person elsewhere.
    return 0.6 if doc.person_spans and _TERSE_NOTE_RE.search(doc.text) else None


# Shorthand that marks a case note or a text about one person: field labels, dates,
# arrows, "f/u", "w/", "hx", "dx".
_TERSE_NOTE_RE = re.compile(
    r"(?:\b(?:f/u|w/|hx|dx|tx|yth|cw|hv|sw|tc|rx)\b|→|^\s*[\w .'-]{1,30}:\s)",
    re.IGNORECASE | re.MULTILINE,
)


class LexiconRecognizer(Recognizer):
    lexicon_file: ClassVar[str]

    def __init__(self) -> None:
        super().__init__()
        self.lexicon = load_lexicon(self.lexicon_file)

    def analyze(self, doc: TextDoc) -> Iterable[Candidate]:
        excluded = self.lexicon.excluded_spans(doc)
        taken: list[tuple[int, int]] = []
        hits = self.lexicon.hits(doc)
        # Longest first, strong before weak, so one phrase yields one finding.
        hits.sort(key=lambda h: (-(h[1] - h[0]), not h[2].strong, h[0]))
        for start, end, group in hits:
            if any(start < e and s < end for s, e in taken):
                continue
            if any(start < e and s < end for s, e in excluded):
                continue
            score = reportable(doc, start, end, strong=group.strong)
            if score is None:
                continue
            taken.append((start, end))
            yield Candidate(
                start=start,
                end=end,
                category=self.category,
                recognizer=self.id,
                rule=group.name,
                score=score,
                explanation=group.explanation,
                guidance=self.lexicon.guidance,
                severity=SEVERITY_BY_CATEGORY[self.category],
                priority=1,
            )


@register
class HealthRecognizer(LexiconRecognizer):
    id = "health_lexicon"
    category = Category.HEALTH
    guidance = "phi.secure-channel-only"
    explanation = "Health information is protected and needs a secure channel."
    lexicon_file = "health.yaml"


@register
class CaseDetailRecognizer(LexiconRecognizer):
    id = "case_detail_lexicon"
    category = Category.CASE_DETAIL
    guidance = "case.details-in-person"
    explanation = "Case details stay out of public posts and ordinary messages."
    lexicon_file = "case_detail.yaml"


def lexicon_exclusions(doc: TextDoc) -> list[tuple[int, int]]:
    """What the HEALTH and CASE_DETAIL lexicons exclude ("medication logs", "court-appointed
    special advocate training"): the model's marks and the medicine list are bound by it too."""
    return [
        span
        for name in (HealthRecognizer.lexicon_file, CaseDetailRecognizer.lexicon_file)
        for span in load_lexicon(name).excluded_spans(doc)
    ]


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}")
_FIRST_OR_SECOND_PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|my|me|mine|we|our|ours|us|you|your|you're|u|ur)\b", re.IGNORECASE
)


def _about_a_public_figure(doc: TextDoc, start: int, end: int, sentence: str) -> bool:
    """The mark is part of a public figure's or character's name ("Judge Judy reruns"), or
    the fact is a public figure's, told in the third person with no private person in the
    sentence ("Simone Biles has talked about growing up in foster care")."""
    figures = public_figures(tuple(doc.config.public_figures))
    offset = doc.sentence_bounds(start)[0]
    third_person = not (_named_person(doc, start) or _FIRST_OR_SECOND_PERSON.search(sentence))
    for m in _CAPITALISED_RUN.finditer(sentence):
        words = m.group().lower().replace("’", "'").split()
        if any(" ".join(words[:k]) in figures for k in range(2, len(words) + 1)) and (
            third_person or (offset + m.start() <= start and end <= offset + m.end())
        ):
            return True
    return False

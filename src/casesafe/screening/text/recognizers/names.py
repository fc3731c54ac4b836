"""Private people's names and places tied to them, from spaCy NER plus context rules.

The small English model over-tags capitalised words and misses names it has not seen, so
a name is accepted on combined evidence: the name lists, the model, and the words around
it ("meet", "her son", "Grandma"). Venues, public figures, months and names that are also
ordinary words ("hope, faith and patience") need more than one signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...types import Category, NameKind
from ..document import TextDoc, Token
from ..gazetteer import gazetteer
from ..nlp import Entity
from .base import SEVERITY_BY_CATEGORY, Candidate, Recognizer, register
from .cues import MONTHS, PUBLIC_VENUE_RE, RESIDENCE_CUE_RE, WEEKDAYS

_TITLES_REFERENCE = frozenset(
    [
        "grandma",
        "grandpa",
        "granny",
        "nana",
        "nanna",
        "papa",
        "pop-pop",
        "mamaw",
        "papaw",
        "gigi",
        "abuela",
        "abuelo",
        "abuelita",
        "abuelito",
        "tia",
        "tío",
        "tio",
        "tía",
        "aunt",
        "auntie",
        "uncle",
        "cousin",
        "miss",
        "sister",
        "brother",
    ]
)
_HONORIFICS = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "coach",
        "officer",
        "judge",
        "pastor",
        "rev",
    ]
)
_CUE_BEFORE = re.compile(
    r"(?:\b(?:meet|named|name is|name's|called|hi|hey|hello|dear|thanks|thank you|with|"
    r"son|daughter|brother|sister|sibling|mom|mother|dad|father|grandson|granddaughter|"
    r"nephew|niece|cousin|boyfriend|girlfriend|baby|kiddo|foster son|foster daughter|"
    r"client|youth|child|kid|student|and|told|asked|saw|visited|picked up|dropped off|"
    r"talked to|talked with|spoke with|spoke to|met with|call|text|tell)\s*,?\s*)$",
    re.IGNORECASE,
)
_NOT_NAME = frozenset(
    MONTHS
    + WEEKDAYS
    + [
        "i",
        "the",
        "a",
        "an",
        "we",
        "our",
        "us",
        "you",
        "your",
        "they",
        "their",
        "he",
        "she",
        "it",
        "his",
        "her",
        "my",
        "mom",
        "dad",
        "mama",
        "papa",
        "god",
        "lord",
        "jesus",
        "christmas",
        "thanksgiving",
        "easter",
        "halloween",
        "juneteenth",
        "hanukkah",
        "kwanzaa",
        "english",
        "spanish",
        "american",
        "african",
        "latino",
        "latina",
        "hispanic",
        "asian",
        "black",
        "white",
        "native",
        "foster",
        "family",
        "families",
        "adoption",
        "adoptive",
        "agency",
        "county",
        "state",
        "city",
        "department",
        "please",
        "thanks",
        "thank",
        "happy",
        "hello",
        "hi",
        "hey",
        "dear",
        "congrats",
        "congratulations",
        "welcome",
        "join",
        "meet",
        "today",
        "tomorrow",
        "tonight",
        "yesterday",
        "this",
        "that",
        "these",
        "those",
        "what",
        "when",
        "where",
        "why",
        "how",
        "who",
        "yes",
        "no",
        "ok",
        "okay",
        "great",
        "good",
        "new",
        "our",
        "caseworker",
        "supervisor",
        "team",
        "staff",
        "ps",
        "pm",
        "am",
        "fyi",
        "asap",
        "re",
        "fw",
        "update",
        "reminder",
        "note",
        "notes",
        "attention",
        "kids",
        "children",
        "youth",
        "teens",
        "parents",
        "mother",
        "father",
        "son",
        "daughter",
        "brother",
        "sister",
        "baby",
        "court",
        "judge",
        "case",
        "school",
        "program",
        "services",
        "center",
        "home",
        "house",
        "annual",
        "free",
        "open",
        "national",
        "world",
        "facebook",
        "instagram",
        "tiktok",
        "snapchat",
        "twitter",
        "zoom",
        "teams",
        "google",
        "youtube",
        "whatsapp",
        "covid",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "st",
        "saint",
        "mount",
        "lake",
        "north",
        "south",
        "east",
        "west",
        "new",
    ]
)
_ORG_WORDS = re.compile(
    r"\b(?:school|elementary|middle|high|academy|library|park|center|centre|church|county|"
    r"street|st|avenue|ave|road|rd|drive|lane|hospital|clinic|foundation|agency|department|"
    r"services|council|university|college|institute|association|coalition|network|"
    r"alliance|club|team|league|inc|llc|corp|company|bank|museum|zoo|hall|court|district|"
    r"apartments|shelter|ministries|church|temple|mosque|café|cafe|restaurant|grill|"
    r"pizza|market|store|mall|plaza|airport|station|bridge|river|lake|mountain|valley|"
    r"heights|village|city|town|square|month|day|week|act|awards?|gala|festival|fair)\b",
    re.IGNORECASE,
)
_FAMILY_REF = re.compile(
    r"\b(?:the\s+)([A-Z][\w'’-]+?)(?:es|s)?(?:'s?)?\s+(?:family|kids|children|boys|girls|twins|"
    r"household|siblings|house|home|clan|crew|brothers|sisters|case)\b"
)
_SURNAME_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][\w'’-]+)")
_PARTICLES = frozenset({"de", "la", "del", "van", "von", "da", "di", "le", "st.", "o'"})


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() and (len(t) == 1 or not t.isupper() or len(t) <= 12)


def _norm(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def _runs(doc: TextDoc) -> Iterable[list[int]]:
    toks = doc.tokens
    i = 0
    while i < len(toks):
        if _is_cap(toks[i]):
            j = i + 1
            while j < len(toks) and j - i < 4:
                gap = doc.text[toks[j - 1].end : toks[j].start]
                if gap not in (" ", "-") and gap.strip() not in ("",):
                    break
                if "\n" in gap:
                    break
                if _is_cap(toks[j]) or (
                    toks[j].lower in _PARTICLES and j + 1 < len(toks) and _is_cap(toks[j + 1])
                ):
                    j += 1
                else:
                    break
            yield list(range(i, j))
            i = j
        else:
            i += 1


@register
class PersonRecognizer(Recognizer):
    id = "person_name"
    category = Category.PERSON
    guidance = "privacy.no-full-names"
    explanation = "A private person's name identifies them."
    priority = 1

    def analyze(self, doc: TextDoc) -> Iterable[Candidate]:
        gz = gazetteer()
        ents = [e for e in doc.entities if e.label == "PERSON"]
        figures = gz.public_figures | {p.lower() for p in doc.config.public_figures}
        out: list[Candidate] = []
        for run in _runs(doc):
            cand = self._judge_run(doc, run, ents, figures)
            if cand is not None:
                out.append(cand)
        for m in _FAMILY_REF.finditer(doc.text):
            word = m.group(1)
            if (
                word.lower() in _NOT_NAME
                or _ORG_WORDS.search(word)
                or word.lower() in gz.first_names - gz.surnames
            ):
                continue
            out.append(
                self._make(
                    m.start(1), m.end(1), NameKind.SURNAME, "family_reference", 0.85, word.lower()
                )
            )
        for m in _SURNAME_HONORIFIC.finditer(doc.text):
            word = m.group(1)
            if (
                word.lower() in _NOT_NAME
                or f"mr. {word.lower()}" in figures
                or f"mr {word.lower()}" in figures
            ):
                continue
            out.append(
                self._make(
                    m.start(), m.end(1), NameKind.SURNAME, "honorific_surname", 0.8, word.lower()
                )
            )
        return out

    def _make(
        self, start: int, end: int, kind: NameKind, rule: str, score: float, key: str
    ) -> Candidate:
        explanation = {
            NameKind.FULL: "A full name identifies a person; leave it out of anything public.",
            NameKind.FIRST: "A first name on its own can still identify a child; use it only with consent on file.",
            NameKind.SURNAME: "A family name identifies the whole family.",
            NameKind.REFERENCE: "A name-like reference ('Grandma Pearl') identifies a person to anyone who knows the family.",
            NameKind.NICKNAME: "A nickname identifies a child to anyone who knows them.",
        }[kind]
        guidance = (
            "privacy.first-name-consent"
            if kind in (NameKind.FIRST, NameKind.NICKNAME)
            else self.guidance
        )
        return Candidate(
            start=start,
            end=end,
            category=Category.PERSON,
            recognizer=self.id,
            rule=rule,
            score=score,
            explanation=explanation,
            guidance=guidance,
            severity=SEVERITY_BY_CATEGORY[Category.PERSON]
            if kind is not NameKind.FIRST
            else "medium",
            name_kind=kind,
            entity_key="name:" + key,
            priority=1,
        )

    def _judge_run(
        self, doc: TextDoc, run: list[int], ents: list[Entity], figures: frozenset[str]
    ) -> Candidate | None:
        gz = gazetteer()
        toks = [doc.tokens[i] for i in run]
        span_text = doc.text[toks[0].start : toks[-1].end]
        if _ORG_WORDS.search(span_text) or PUBLIC_VENUE_RE.search(span_text):
            return None
        # A relation title in front makes a name-like reference ("Grandma Pearl").
        reference = False
        while toks and (
            _norm(toks[0].text) in _NOT_NAME
            or _norm(toks[0].text) in _TITLES_REFERENCE
            or _norm(toks[0].text) in _HONORIFICS
        ):
            if _norm(toks[0].text) in _TITLES_REFERENCE and len(toks) > 1:
                reference = True
                title_start = toks[0].start
            toks = toks[1:]
        while toks and _norm(toks[-1].text) in _NOT_NAME:
            toks = toks[:-1]
        if not toks:
            return None
        start, end = toks[0].start, toks[-1].end
        words = [_norm(t.text) for t in toks]
        text_lower = " ".join(words)
        if (
            text_lower in figures
            or any(f in figures for f in (words[0], " ".join(words[:2])))
            and len(words) <= 2
            and text_lower in figures
        ):
            return None
        if any(text_lower == f or text_lower.startswith(f + " ") for f in figures if " " in f):
            return None
        in_ent = any(e.start <= start < e.end for e in ents)
        before = doc.text[max(0, toks[0].start - 30) : toks[0].start]
        cue = bool(_CUE_BEFORE.search(before))
        sentence_initial = doc.is_sentence_initial(start)
        first = words[0]
        known_first = first in gz.first_names and first not in gz.word_names
        word_name = first in gz.word_names
        if reference:
            return self._make(
                title_start, end, NameKind.REFERENCE, "relation_title", 0.85, text_lower
            )
        if len(words) >= 2:
            second_ok = words[1] in gz.surnames or words[1] not in gz.word_names
            if known_first and second_ok:
                return self._make(start, end, NameKind.FULL, "full_name", 0.9, text_lower)
            if word_name and words[1] in gz.surnames:
                return self._make(start, end, NameKind.FULL, "full_name", 0.8, text_lower)
            if in_ent and not sentence_initial and (words[-1] in gz.surnames or known_first):
                return self._make(start, end, NameKind.FULL, "ner_full_name", 0.75, text_lower)
            if in_ent and (cue or words[-1] in gz.surnames):
                return self._make(start, end, NameKind.FULL, "ner_full_name", 0.7, text_lower)
            if (
                words[-1] in gz.surnames
                and re.fullmatch(r"[A-Z]\.?", toks[-1].text) is None
                and first in gz.first_names
            ):
                return self._make(start, end, NameKind.FULL, "full_name", 0.7, text_lower)
            # Two capitalised words we cannot place: judge the first one alone.
            toks, words = toks[:1], words[:1]
            end = toks[0].end
        # "Tyler G." - a first name and an initial is more than a first name
        after = doc.text[end : end + 4]
        initial = re.match(r"\s[A-Z]\.(?!\w)", after)
        if known_first or (word_name and (cue or in_ent) and not self._listy(doc, start, end)):
            if word_name and sentence_initial and not cue:
                return None
            if initial:
                return self._make(
                    start, end + initial.end(), NameKind.FULL, "first_name_initial", 0.85, first
                )
            return self._make(
                start, end, NameKind.FIRST, "first_name", 0.75 if known_first else 0.6, first
            )
        if in_ent and first not in gz.surnames and len(first) > 2 and (cue or not sentence_initial):
            return self._make(start, end, NameKind.FIRST, "ner_first_name", 0.6, first)
        return None

    @staticmethod
    def _listy(doc: TextDoc, start: int, end: int) -> bool:
        """Common-word names in a list of common words: 'hope, faith and patience'."""
        window = doc.text[max(0, start - 25) : end + 25]
        words = re.findall(r"[A-Za-z]+", window)
        gz = gazetteer()
        lower_words = [w for w in words if w.islower() and w in gz.word_names]
        return len(lower_words) >= 1 or sum(1 for w in words if w.lower() in gz.word_names) >= 3


@register
class NerPlaceRecognizer(Recognizer):
    id = "ner_place"
    category = Category.LOCATION
    guidance = "privacy.no-location"
    explanation = "A place tied to where a person lives or stays narrows down where to find them."
    priority = 0

    def analyze(self, doc: TextDoc) -> Iterable[Candidate]:
        for ent in doc.entities:
            if ent.label not in ("GPE", "LOC", "FAC"):
                continue
            text = doc.text[ent.start : ent.end]
            if PUBLIC_VENUE_RE.search(text):
                continue
            before = doc.text[max(doc.sentence_bounds(ent.start)[0], ent.start - 40) : ent.start]
            if not RESIDENCE_CUE_RE.search(before):
                continue
            start = ent.start + (4 if text.lower().startswith("the ") else 0)
            yield Candidate(
                start=start,
                end=ent.end,
                category=Category.LOCATION,
                recognizer=self.id,
                rule=f"ner_{ent.label.lower()}",
                score=0.65,
                explanation=self.explanation,
                guidance=self.guidance,
                severity=SEVERITY_BY_CATEGORY[Category.LOCATION],
                priority=0,
            )

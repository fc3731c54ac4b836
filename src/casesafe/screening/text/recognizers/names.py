"""Private people's names and places tied to them, from spaCy NER plus context rules.

The small English model over-tags capitalised words and misses names it has not seen, so
a name is accepted on combined evidence: the name lists, the model, and the words around
it ("meet", "her son", "Grandma"). Venues, public figures, months and names that are also
ordinary words ("hope, faith and patience") need more than one signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...types import Category, NameKind
from ..document import TextDoc, Token
from ..gazetteer import gazetteer, public_figures
from ..nlp import Entity
from .base import Candidate, Recognizer, register
from .cues import PUBLIC_VENUE_RE, RESIDENCE_CUE_RE
from .name_cues import (
    ADDRESSED,
    ADDRESSED_BARE,
    AGE_AFTER,
    COMMON_LOWER,
    COMMON_PLURAL_STEMS,
    CUE_AFTER,
    CUE_BEFORE,
    FAMILY_REF,
    GREETING_LOWER,
    GREETING_NOT_NAMES,
    HONORIFIC_ANY,
    HONORIFICS,
    IN_PLACE_PREP,
    INITIAL_SURNAME,
    KIN_AFTER,
    LOWER_CUE,
    LOWER_FAMILY,
    NEXT_IN_LIST,
    NOT_NAME,
    OPENING_WORDS,
    ORG_WORDS,
    PEOPLE_AFTER,
    PLACE_KIND_AFTER,
    PLACE_PREP,
    PLURAL_FAMILY,
    PREV_IN_LIST,
    PRONOUNS,
    PUBLIC_TITLES,
    TITLES_REFERENCE,
    VOCATIVE,
    capitalised_runs,
    in_public_role,
    is_public_figure,
    name_key,
    possessive,
    titled_figures,
)

# Words that start sentences, label fields or name holidays, never people.


@register
class PersonRecognizer(Recognizer):
    id = "person_name"
    category = Category.PERSON
    guidance = "privacy.no-full-names"
    explanation = "A private person's name identifies them."
    priority = 1

    def analyze(self, doc: TextDoc) -> Iterable[Candidate]:
        ents = [e for e in doc.entities if e.label == "PERSON"]
        other_ents = [
            e
            for e in doc.entities
            if e.label in ("GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART")
        ]
        figures = public_figures(tuple(doc.config.public_figures))
        out: list[Candidate] = []
        for run in capitalised_runs(doc):
            cand = self._judge_run(doc, run, ents, other_ents, figures)
            if cand is not None:
                out.append(cand)
        for rule in (
            self._family_references,
            self._plural_families,
            self._lowercase_families,
            self._honorifics,
            self._initial_surnames,
            self._greetings,
            self._lowercase_first_names,
        ):
            out.extend(rule(doc, figures))
        out.extend(self._lowercase_model_names(doc, ents, figures))
        out.extend(self._coordinated(doc, out, figures))
        return out

    def _family_references(self, doc: TextDoc, figures: frozenset[str]) -> Iterator[Candidate]:
        """A surname standing for the family: "the Gonzalez kids", "the Nguyen family"."""
        gz = gazetteer()
        for m in FAMILY_REF.finditer(doc.text):
            word = m.group(1)
            if (
                word.lower() in NOT_NAME
                or ORG_WORDS.search(word)
                or (word.lower() in gz.first_names and word.lower() not in gz.surnames)
            ):
                continue
            yield self._make(
                m.start(1), m.end(1), NameKind.SURNAME, "family_reference", 0.85, word.lower()
            )

    def _plural_families(self, doc: TextDoc, figures: frozenset[str]) -> Iterator[Candidate]:
        """A plural surname: "the Okafors down the street"."""
        gz = gazetteer()
        for m in PLURAL_FAMILY.finditer(doc.text):
            stem = m.group(1).lower()
            if m.group(0).split()[-1].lower() in NOT_NAME:
                continue
            word = doc.text[m.start(1) : m.end()].lower()
            if stem in COMMON_PLURAL_STEMS or word in gz.major_places or word in gz.places:
                continue  # "The Texas Legislature", "the Montopolis Rec Center"
            # "the Okafors down the street", "the Hendersons who foster": people, not things
            if stem in gz.surnames or (
                not ORG_WORDS.search(stem)
                and (
                    PEOPLE_AFTER.match(doc.text, m.end()) is not None
                    or (stem not in NOT_NAME and m.start(1) in doc.proper_starts)
                )
            ):
                yield self._make(m.start(1), m.end(), NameKind.SURNAME, "family_plural", 0.75, stem)

    def _lowercase_families(self, doc: TextDoc, figures: frozenset[str]) -> Iterator[Candidate]:
        """A known surname in lowercase text: "gonzales family"."""
        gz = gazetteer()
        for m in LOWER_FAMILY.finditer(doc.text):
            word = re.match(r"[a-z]+", doc.text[m.start(1) :])
            if word is None:
                continue
            full = word.group()
            forms = {
                full,
                full[:-1] if full.endswith("s") else full,
                full[:-2] if full.endswith("es") else full,
            }
            hit = next((f for f in forms if f in gz.own_surnames), None)
            if (
                hit
                and hit not in gz.word_names
                and hit not in COMMON_LOWER
                and full not in COMMON_LOWER
            ):
                yield self._make(
                    m.start(1),
                    m.start(1) + len(full),
                    NameKind.SURNAME,
                    "family_lowercase",
                    0.7,
                    hit,
                )

    def _honorifics(self, doc: TextDoc, figures: frozenset[str]) -> Iterator[Candidate]:
        """A title and a surname or initial: "Mrs. Marchetti", "Det. Ochoa", "Mrs. P"."""
        for m in HONORIFIC_ANY.finditer(doc.text):
            word = m.group(1).rstrip(".")
            if in_public_role(doc, m.start(), m.end()):
                continue
            if word.lower() in NOT_NAME or word.lower() in titled_figures(figures):
                continue
            # "Dr. Dan Siegel's work", "Mrs. Doubtfire", "Coach Taylor": the title with the
            # name, or the name with the word after it, is a public figure or a character.
            following = re.match(r"\s+([A-Z][\w'’-]+?)(?:['’]s)?\b", doc.text[m.end(1) :])
            words = [m.group(0).lower(), word.lower()]
            if following:
                words.append(f"{word} {following.group(1)}".lower())
            if any(is_public_figure(w.split(), figures) for w in words):
                continue
            kind = NameKind.REFERENCE if len(word) == 1 else NameKind.SURNAME  # "Mrs. P"
            yield self._make(m.start(), m.end(1), kind, "honorific_surname", 0.8, word.lower())

    def _initial_surnames(self, doc: TextDoc, figures: frozenset[str]) -> Iterator[Candidate]:
        """An initial and a surname: "J. Whitehorse"."""
        gz = gazetteer()
        for m in INITIAL_SURNAME.finditer(doc.text):
            word = m.group(2)
            if word.lower() in NOT_NAME or ORG_WORDS.search(word) or word.lower() in gz.word_names:
                continue
            if re.match(r"\s+[A-Z]", doc.text[m.end() : m.end() + 2]) or re.search(
                r"\d\s*$", doc.text[max(0, m.start() - 3) : m.start()]
            ):
                continue  # "Walter E. Long Lake", "1508 E. Cesar Chavez": names of places
            if re.search(r"[\w-]$", doc.text[max(0, m.start() - 1) : m.start()]):
                continue  # "Chick-fil-A. Questions?": the end of a longer word
            before = re.search(r"([A-Z][\w'’-]*)\s+$", doc.text[max(0, m.start() - 30) : m.start()])
            if before and is_public_figure(
                f"{before.group(1)} {m.group(1)}. {word}".lower().split(), figures
            ):
                continue  # "Chuck E. Cheese"
            if word.lower() in gz.surnames or m.start(2) in doc.proper_starts:
                yield self._make(
                    m.start(), m.end(), NameKind.FULL, "initial_surname", 0.75, word.lower()
                )

    def _greetings(self, doc: TextDoc, figures: frozenset[str]) -> Iterator[Candidate]:
        """A lowercase word greeted like a name: "hey malia,"."""
        gz = gazetteer()
        for m in GREETING_LOWER.finditer(doc.text):
            word = m.group(1)
            if (
                word not in GREETING_NOT_NAMES
                and word not in gz.word_names
                and word not in COMMON_LOWER
            ):
                yield self._make(m.start(1), m.end(1), NameKind.FIRST, "greeting_name", 0.55, word)

    def _lowercase_first_names(self, doc: TextDoc, figures: frozenset[str]) -> Iterator[Candidate]:
        """A known first name in lowercase next to a person-like word: "yo marcus its ur worker"."""
        gz = gazetteer()
        for m in LOWER_CUE.finditer(doc.text):
            group = 1 if m.group(1) else 2
            word = m.group(group)
            if (
                word in gz.own_first_names
                and word not in gz.word_names
                and word not in COMMON_LOWER
            ):
                yield self._make(
                    m.start(group),
                    m.end(group),
                    NameKind.FIRST,
                    "lowercase_first_name",
                    0.6,
                    word,
                )

    def _lowercase_model_names(
        self, doc: TextDoc, ents: list[Entity], figures: frozenset[str]
    ) -> Iterator[Candidate]:
        """A lowercase name the entity model reads as a person ("omg tasha you need to see
        this", "jaydens mom"), when no word of it is an ordinary English word or a place."""
        gz = gazetteer()
        for ent in ents:
            text = doc.text[ent.start : ent.end]
            words = [name_key(w) for w in text.split()]
            if (
                not words
                or len(words) > 3
                or not text.islower()
                or is_public_figure(words, figures)
            ):
                continue
            if any(
                len(w) < 3
                or not w.isalpha()
                or w in NOT_NAME
                or w in PRONOUNS
                or w in COMMON_LOWER
                or w in gz.word_names
                or (_ordinary(w) and w not in gz.own_first_names)
                for w in words
            ):
                continue
            kind = NameKind.FULL if len(words) > 1 else NameKind.FIRST
            yield self._make(ent.start, ent.end, kind, "model_lowercase_name", 0.6, " ".join(words))

    def _coordinated(
        self, doc: TextDoc, found: list[Candidate], figures: frozenset[str]
    ) -> list[Candidate]:
        """'Kofi and Kwame', 'Ana, Lucas and Sofi': a name's list-mates are names too."""
        taken = [(c.start, c.end) for c in found]
        extra: list[Candidate] = []
        queue = [c for c in found if c.name_kind in (NameKind.FIRST, NameKind.FULL)]
        while queue:
            c = queue.pop()
            for _pos, m in (
                (c.end, NEXT_IN_LIST.match(doc.text, c.end)),
                (c.start, PREV_IN_LIST.search(doc.text, max(0, c.start - 40), c.start)),
            ):
                if m is None:
                    continue
                s, e = m.span(1)
                word = name_key(m.group(1))
                if word in NOT_NAME or ORG_WORDS.search(word) or word in gazetteer().word_names:
                    continue
                if any(s < te and ts < e for ts, te in taken) or _in_figure(doc, s, e, figures):
                    continue
                if s in doc.proper_starts or word in gazetteer().first_names:
                    new = self._make(s, e, NameKind.FIRST, "coordinated_name", 0.65, word)
                    extra.append(new)
                    taken.append((s, e))
                    queue.append(new)
        return extra

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
        candidate = self.candidate(start, end, rule, score)
        candidate.explanation = explanation
        candidate.guidance = guidance
        candidate.name_kind = kind
        candidate.entity_key = "name:" + key
        if kind is NameKind.FIRST:
            candidate.severity = "medium"
        return candidate

    def _judge_run(
        self,
        doc: TextDoc,
        run: list[int],
        ents: list[Entity],
        other_ents: list[Entity],
        figures: frozenset[str],
    ) -> Candidate | None:
        gz = gazetteer()
        toks = [doc.tokens[i] for i in run]
        span_text = doc.text[toks[0].start : toks[-1].end]
        if ORG_WORDS.search(span_text) or PUBLIC_VENUE_RE.search(span_text):
            return None
        if any(name_key(t.text) in PUBLIC_TITLES for t in toks[:-1]):
            return None  # "Mayor Watson", "Governor Abbott": public officials
        poss = next((k for k, t in enumerate(toks[:-1]) if re.search(r"['’]s$", t.text)), None)
        if poss is not None:
            rest = doc.text[toks[poss + 1].start : toks[-1].end + 25]
            if ORG_WORDS.search(rest) or PUBLIC_VENUE_RE.search(rest):
                return None  # "Wendy's Wonderful Kids", "St. Joseph's Parish": organisations
            toks = toks[: poss + 1]  # "Ariana's TikTok": the name is the possessive
        if re.search(
            r"\b(?:St|Saint|San|Santa|Mt|Fort|Ft|Lake|Port)\.?\s*$",
            doc.text[max(0, toks[0].start - 7) : toks[0].start],
        ):
            return None  # "St. Mary's": a hospital, a church or a town
        if ORG_WORDS.match(doc.text[toks[-1].end : toks[-1].end + 25].lstrip()):
            return None  # "Gardner Betts juvenile center"
        if PLACE_KIND_AFTER.match(doc.text[toks[-1].end : toks[-1].end + 80]):
            return None  # "Hays, Travis and Williamson counties", "Killeen-area"
        if all(t.text.isupper() and len(t.text) <= 5 for t in toks):
            return None  # acronyms
        reference = False
        title_start = toks[0].start
        while toks and (
            name_key(toks[0].text) in NOT_NAME
            or name_key(toks[0].text) in TITLES_REFERENCE
            or name_key(toks[0].text) in HONORIFICS
        ):
            if name_key(toks[0].text) in TITLES_REFERENCE and len(toks) > 1:
                reference = True
                title_start = toks[0].start
            toks = toks[1:]
        while toks and name_key(toks[-1].text) in NOT_NAME:
            toks = toks[:-1]
        if not toks:
            return None
        words = [name_key(t.text) for t in toks]
        if is_public_figure(words, figures):
            return None  # before an opener is cut off: "Lin-Manuel Miranda fans: ..."
        # A capitalised sentence opener in front of a name: "Reach Maria Soto".
        # ... unless a plain surname follows an unknown word: "Marisabel Quiñones" stays.
        # (The tagger cannot settle it: it calls "Siblings" and "Adopt" proper nouns too.)
        if (
            len(toks) >= 2
            and not _name_like(words[0])
            and doc.is_sentence_initial(toks[0].start)
            and not (len(toks) == 2 and words[1] in gz.surnames and words[1] not in gz.first_names)
        ):
            toks, words = toks[1:], words[1:]
        start, end = toks[0].start, toks[-1].end
        text_lower = " ".join(words)
        if is_public_figure(words, figures):
            return None
        if len(words) > 1 and text_lower in gz.major_places:
            return None  # "Saudi Arabia", "Hong Kong", "San Antonio"
        in_ent = any(e.start <= start < e.end for e in ents)
        in_other = any(e.start <= start < e.end for e in other_ents)
        before = doc.text[max(0, start - 30) : start]
        after = doc.text[end : end + 30]
        cue = bool(CUE_BEFORE.search(before))
        cue_after = bool(CUE_AFTER.match(after))
        initial_pos = doc.is_sentence_initial(start)
        vocative = initial_pos and bool(VOCATIVE.match(after))

        def proper(toks: list[Token]) -> bool:  # asks the tagger only when it matters
            return all(t.start in doc.proper_starts for t in toks)

        first = words[0]
        known_first = first in gz.first_names and first not in gz.word_names
        word_name = first in gz.word_names
        # Every word an ordinary word or a place, none a first name: "Therapy Pets
        # Unlimited", "Trauma-Informed Care". Only the first word is judged, below.
        plain_words = not known_first and all(_ordinary(w) for w in words)
        if len(words) >= 2 and in_public_role(doc, start, toks[-1].end):
            return None  # "Meet the author: Jason Reynolds", "developed by Dr. Karyn Purvis"
        if reference:
            return self._make(
                title_start, end, NameKind.REFERENCE, "relation_title", 0.85, text_lower
            )
        if len(words) >= 2 and not plain_words:
            last = words[-1]
            second_ok = words[1] in gz.surnames or words[1] not in gz.word_names
            if IN_PLACE_PREP.search(before) and not possessive(doc, toks[-1]):
                return None  # "in Del Valle", "at Walter Long": places named like people
            if known_first and second_ok:
                return self._make(start, end, NameKind.FULL, "full_name", 0.9, text_lower)
            if (
                word_name
                and last in gz.surnames
                and (cue or cue_after or in_ent or not initial_pos)
            ):
                return self._make(start, end, NameKind.FULL, "full_name", 0.8, text_lower)
            if (
                last in gz.surnames
                and first not in NOT_NAME
                and not in_other
                and (in_ent or proper(toks))
            ):
                return self._make(start, end, NameKind.FULL, "surname_full_name", 0.75, text_lower)
            if in_ent and (cue or cue_after or not initial_pos):
                return self._make(start, end, NameKind.FULL, "ner_full_name", 0.7, text_lower)
            if not in_other and (cue or cue_after) and len(words) <= 3 and proper(toks):
                return self._make(start, end, NameKind.FULL, "proper_full_name", 0.65, text_lower)
        if len(words) >= 2:
            toks, words = toks[:1], words[:1]
            end = toks[0].end
            after = doc.text[end : end + 30]
            cue_after = bool(CUE_AFTER.match(after))
            vocative = initial_pos and bool(VOCATIVE.match(after))
        initial = re.match(r"\s[A-Z]\.(?!\w)", doc.text[end : end + 4])
        if known_first:
            # A town named like a person is a town after "in" or "near" ("in Bryan"), but
            # "at" and "on" go with people too ("mad at Ashley", "Spotlight on Ravi").
            town = (first in gz.major_places or first in gz.places) and TOWN_PREP.search(before)
            if (
                PLACE_PREP.search(before)
                and not possessive(doc, toks[-1])
                and (town or not (cue_after or in_ent))
            ):
                return None  # "in Kyle", "on Lamar"; but "Spotlight on Ravi", "at Tyler's"
            if initial:
                return self._make(
                    start, end + initial.end(), NameKind.FULL, "first_name_initial", 0.85, first
                )
            return self._make(start, end, NameKind.FIRST, "first_name", 0.75, first)
        age_after = AGE_AFTER.match(after) is not None
        addressed = (vocative and ADDRESSED.match(after) is not None) or (
            initial_pos and first not in OPENING_WORDS and ADDRESSED_BARE.match(after) is not None
        )
        evidence = cue or cue_after or vocative or age_after or addressed
        poss_tail = "'s" if re.search(r"['’]s$", toks[-1].text) else ""
        kin_after = KIN_AFTER.match(poss_tail + after) is not None
        if word_name:
            # "Hope", "Will", "Precious": ordinary words unless the context is about a person.
            strong = cue or age_after or kin_after or addressed or (in_ent and cue_after)
            if not strong or self._listy(doc, start, end):
                return None
            if initial_pos and not (
                cue or addressed or age_after or kin_after or (in_ent and cue_after)
            ):
                return None
            return self._make(start, end, NameKind.FIRST, "first_name", 0.6, first)
        if len(first) < 2 or (first in gz.surnames and not (evidence or in_ent)):
            return None
        # "Texas needs more homes", "Childcare is provided", "the Magnolia gift cards": a big
        # place is a name only with a person cue; an ordinary word ("Wren came back upset")
        # also when the model reads it as one and no article stands before it.
        person_cue = cue or age_after or kin_after or addressed
        if first in gz.major_places and not person_cue:
            return None
        if (
            _ordinary(first)
            and not person_cue
            and (
                not in_ent
                or "-" in first
                or after.lstrip().startswith(":")  # "Agenda: ...", a label
                or re.search(r"\b(?:the|a|an)\s+$", before, re.I)
            )
        ):
            return None
        if in_other and not evidence:
            return None
        if PLACE_PREP.search(before) and not cue_after:
            return None  # "in Kyle", "on Lamar": towns and streets named like people
        if (evidence or (in_ent and not initial_pos)) and (in_ent or proper(toks)):
            return self._make(start, end, NameKind.FIRST, "proper_first_name", 0.6, first)
        if age_after and first not in NOT_NAME and first not in PRONOUNS and not in_other:
            # "Ta'Nyah (12)", "Makena (our 6 month old)": a capitalised word with an age
            # right after it is a child's name, whatever the tagger makes of it.
            return self._make(start, end, NameKind.FIRST, "name_with_age", 0.6, first)
        return None

    @staticmethod
    def _listy(doc: TextDoc, start: int, end: int) -> bool:
        """Common-word names in a list of common words: 'hope, faith and patience'."""
        window = doc.text[max(0, start - 25) : end + 25]
        words = re.findall(r"[A-Za-z]+", window)
        gz = gazetteer()
        lower_words = [w for w in words if w.islower() and w in gz.word_names]
        return len(lower_words) >= 1 or sum(1 for w in words if w.lower() in gz.word_names) >= 3


TOWN_PREP = re.compile(r"\b(?:in|near|outside|inside|downtown|around)\s+$", re.IGNORECASE)


def _in_figure(doc: TextDoc, start: int, end: int, figures: frozenset[str]) -> bool:
    """The word with the capitalised word before or after it names a public figure: the
    "Grande" of "Ariana Grande and Cynthia Erivo" is no list-mate of a private name."""
    before = re.search(r"([A-Z][\w'’.-]*)\s+$", doc.text[max(0, start - 30) : start])
    after = re.match(r"\s+([A-Z][\w'’.-]*)", doc.text[end : end + 30])
    word = name_key(doc.text[start:end])
    pairs = (
        [name_key(before.group(1)), word] if before else [],
        [word, name_key(after.group(1))] if after else [],
    )
    return any(pair and is_public_figure(pair, figures) for pair in pairs)


def _ordinary(word: str) -> bool:
    """An ordinary English word or a big place, each hyphenated part ("Trauma-Informed")."""
    gz = gazetteer()
    return all(
        part in gz.english_words or part in gz.major_places for part in word.split("-") if part
    )


def _name_like(word: str) -> bool:
    gz = gazetteer()
    return word in gz.first_names or word in gz.word_names or word in gz.surnames


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
            if PUBLIC_VENUE_RE.search(text) or any(
                s < ent.end and ent.start < e for s, e in doc.person_spans
            ):
                continue
            before = doc.text[max(doc.sentence_bounds(ent.start)[0], ent.start - 40) : ent.start]
            if not RESIDENCE_CUE_RE.search(before):
                continue
            start = ent.start + (4 if text.lower().startswith("the ") else 0)
            yield self.candidate(start, ent.end, f"ner_{ent.label.lower()}", 0.65)

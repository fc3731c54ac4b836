"""Private people's names and places tied to them, from spaCy NER plus context rules.

The small English model over-tags capitalised words and misses names it has not seen, so
a name is accepted on combined evidence: the name lists, the model, and the words around
it ("meet", "her son", "Grandma"). Venues, public figures, months and names that are also
ordinary words ("hope, faith and patience") need more than one signal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ...types import Category, NameKind
from ..document import TextDoc, Token
from ..gazetteer import context_words, gazetteer
from ..nlp import Entity
from .base import SEVERITY_BY_CATEGORY, Candidate, Recognizer, register
from .cues import PUBLIC_VENUE_RE, RESIDENCE_CUE_RE

_TITLES_REFERENCE = context_words("titles_reference")
_HONORIFICS = context_words("honorifics")
_CUE_BEFORE = re.compile(
    r"(?:\b(?:meet|named|name is|name's|called|hi|hey|hello|dear|thanks|thank you|with|"
    r"son|daughter|brother|sister|sibling|mom|mother|dad|father|grandson|granddaughter|"
    r"nephew|niece|cousin|boyfriend|girlfriend|baby|kiddo|foster son|foster daughter|"
    r"client|youth|child|kid|student|told|asked|saw|visited|picked up|dropped off|pick up|"
    r"picking up|drop off|dropping off|bring|take|taking|pick|for|tell|remind|"
    r"talked to|talked with|spoke with|spoke to|met with|call|text|tell)\s*,?\s*)$",
    re.IGNORECASE,
)
_NOT_NAME = context_words("not_name")
_ORG_WORDS = re.compile(
    r"\b(?:school|elementary|middle|high|academy|library|park|center|centre|church|county|"
    r"street|st|avenue|ave|road|rd|drive|lane|hospital|clinic|foundation|agency|department|"
    r"services|council|university|college|institute|association|coalition|network|"
    r"alliance|club|team|league|inc|llc|corp|company|bank|museum|zoo|hall|court|district|"
    r"apartments|shelter|ministries|church|temple|mosque|café|cafe|restaurant|grill|"
    r"pizza|market|store|mall|plaza|airport|station|bridge|river|lake|mountain|valley|"
    r"heights|village|city|town|square|month|day|week|act|awards?|gala|festival|fair|hotel|"
    r"night|party|drive|picnic|celebration|walk|5k|dinner|lunch|breakfast|potluck|reception|"
    r"ceremony|workshop|training|meeting|session|camp|conference|summit|expo|parade|"
    r"ballroom|lutheran|baptist|methodist|catholic|presbyterian|episcopal|parish|fellowship|"
    r"synagogue|chapel|ministry|biblioteca|centro|escuela|iglesia|nation|tribe|kids|"
    r"juvenile|detention|recovery|harbor|house|home|homes|lodge|ranch|camp|farm|program|"
    r"project|initiative|fund|trust|partners|group|services|press|news|radio|tv|magazine)\b",
    re.IGNORECASE,
)
_FAMILY_REF = re.compile(
    r"\b(?:[Tt]he\s+)([A-Z][\w'’-]{1,30}?)(?:es|s)?(?:'s?)?\s+(?:family|kids|children|boys|girls|twins|"
    r"household|siblings|house|home|clan|crew|brothers|sisters|case)\b"
)
_SURNAME_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][\w'’-]{1,30})")
_PARTICLES = frozenset({"de", "la", "del", "van", "von", "da", "di", "le", "st.", "o'"})


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() and (len(t) == 1 or not t.isupper() or len(t) <= 12)


def _norm(word: str) -> str:
    """Lowercase, without a possessive, accents folded: the name lists are ASCII
    ("Quiñones" is the census's QUINONES, "José" its JOSE)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if not w.isascii():
        folded = unicodedata.normalize("NFKD", w)
        w = "".join(c for c in folded if not unicodedata.combining(c))
    return w


def _runs(doc: TextDoc) -> Iterable[list[int]]:
    toks = doc.tokens
    i = 0
    while i < len(toks):
        if toks[i].start > 0 and doc.text[toks[i].start - 1] in "#@/.":
            i += 1
            continue
        if _is_cap(toks[i]):
            j = i + 1
            while j < len(toks) and j - i < 4:
                gap = doc.text[toks[j - 1].end : toks[j].start]
                initial = len(toks[j - 1].text) == 1 and gap == ". "
                if gap not in (" ", "-") and not initial:
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


# Words that start sentences, label fields or name holidays, never people.

_CUE_AFTER = re.compile(
    r"^(?:\s*\(\s*\d{1,2}\s*\)|,\s*\d{1,2}\b(?!,?\s*\d{4})|['’]s\b|\s+(?:is|was|has|had|loves|likes|wants|"
    r"needs|enjoys|dreams|runs|plays|says|said|asked|started|got|went|came|turns|turned|lives|"
    r"left|wets|called|texted|told|seems|feels|misses|cried|drew|scored|made|took|just|"
    r"can't|won't|didn't|doesn't|isn't|wasn't)\b)"
)
# "Hunter's dad", "Precious's family": a possessive naming a relative or belonging.
_KIN_AFTER = re.compile(
    r"^['’]s\s+(?:(?:birth|bio|foster|new|old|little|big|baby|older|younger)\s+)?(?:mom|mother|mama|dad|"
    r"father|papa|parents?|family|brother|sister|siblings?|grandma|grandpa|grandmother|grandfather|"
    r"aunt|uncle|cousin|caseworker|teacher|therapist|school|class|birthday|room|bike|phone|number|"
    r"tiktok|instagram|insta|snap|snapchat|account|profile|case|placement|visit|appointment)\b",
    re.IGNORECASE,
)
# "Jordan, your therapist...": a name addressed at the start of a message.
_ADDRESSED = re.compile(
    r"^\s*[,!:]+\s*(?:your|you|you're|u|ur|i|i'm|we|this|just|remember|don't|dont|please|pls|can|"
    r"did|are|happy|congrats|congratulations|thank|thanks|great|good|so|hope|call|text)\b",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^(?:\s*\(\s*(?:our |my |a |the |just |now )?\d{1,2}(?:\s*\)|\s*,|\s*(?:yo|y/o|yrs?|years?|"
    r"months?|mos?|weeks?)\b|[- ](?:year|month|week))|,\s*\d{1,2}\b(?!,?\s*\d{4})|\s+is\s+\d{1,2}\b)"
)
_PRONOUNS = frozenset({"ours", "mine", "yours", "hers", "his", "theirs", "both", "all", "each"})
_VOCATIVE = re.compile(r"^\s*(?:,|!|:(?!\d))")
_INITIAL_SURNAME = re.compile(r"(?<![\w.])([A-Z])\.\s?([A-Z][a-z'’-]{2,})")
_HONORIFIC_ANY = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Officer|Coach|Detective|Deputy|Sgt|Sergeant|Pastor|Principal)"
    r"\.?\s+([A-Z](?:[\w'’-]{1,30}|\.|\b))"
)
_PLURAL_FAMILY = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z'’-]{1,30}?)(?<!['’])(?:es|s)\b(?!['’]?\s*(?:family|kids|children))"
)
_PEOPLE_AFTER = re.compile(
    r"['’]?\s+(?:who|down the|next door|across|are|were|have|had|took|live|lived|said|say|"
    r"adopted|fostered|foster|welcomed|opened|came|will|just|youngest|oldest|eldest|kids|"
    r"children|boys|girls|baby|son|daughter|house|home|place)\b"
)
_LOWER_FAMILY = re.compile(
    r"\b(?:the\s+)?([a-z]{3,}?)(?:es|s)?['’]?s?\s+(?:family|kids|children|household|twins|siblings|boys|girls|uncle|aunt|grandma)\b"
)
# A lowercase known first name needs a person-like neighbour on one side.
_LOWER_CUE = re.compile(
    r"(?:(?:^|[.!?]\s+|\b(?:hi|hey|yo|dear|meet|named|for|reminder:?|tell|and|with|thanks|congrats"
    r"|call|text|ask|me and|like)\s+)([a-z]{3,})\b"
    r"|\b([a-z]{3,})(?=\s*(?:['’]s\b|\(\d|\s+(?:and|is|was|has|had|wants|needs|says|said|gave|makes|made"
    r"|looks|loves|likes|do|does|did|got|went|came|should|would|could|can|will|just|called|texted)\b)))"
)
_GREETING_LOWER = re.compile(
    r"(?:^|[.!?]\s+)(?:hey|hi|hello|yo|morning|gm)\s+([a-z][a-z'-]{2,14})(?=\s*[,!])"
)
_GREETING_NOT_NAMES = context_words("greeting_not_names")
_SEP = r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&|y)\s+|\s*&\s*)"
_NEXT_IN_LIST = re.compile(rf"{_SEP}([A-Z][\w'’-]{{1,30}})")
_PREV_IN_LIST = re.compile(rf"([A-Z][\w'’-]{{1,30}}){_SEP}$")


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
        other_ents = [
            e
            for e in doc.entities
            if e.label in ("GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART")
        ]
        figures = gz.public_figures | {p.lower() for p in doc.config.public_figures}
        out: list[Candidate] = []
        for run in _runs(doc):
            cand = self._judge_run(doc, run, ents, other_ents, figures)
            if cand is not None:
                out.append(cand)
        for m in _FAMILY_REF.finditer(doc.text):
            word = m.group(1)
            if (
                word.lower() in _NOT_NAME
                or _ORG_WORDS.search(word)
                or (word.lower() in gz.first_names and word.lower() not in gz.surnames)
            ):
                continue
            out.append(
                self._make(
                    m.start(1), m.end(1), NameKind.SURNAME, "family_reference", 0.85, word.lower()
                )
            )
        for m in _PLURAL_FAMILY.finditer(doc.text):
            stem = m.group(1).lower()
            if m.group(0).split()[-1].lower() in _NOT_NAME:
                continue
            if stem in _COMMON_PLURAL_STEMS:
                continue
            # "the Okafors down the street", "the Hendersons who foster": people, not things
            if stem in gz.surnames or (
                not _ORG_WORDS.search(stem)
                and (
                    _PEOPLE_AFTER.match(doc.text, m.end()) is not None
                    or (stem not in _NOT_NAME and m.start(1) in doc.proper_starts)
                )
            ):
                out.append(
                    self._make(m.start(1), m.end(), NameKind.SURNAME, "family_plural", 0.75, stem)
                )
        for m in _LOWER_FAMILY.finditer(doc.text):
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
                and hit not in _COMMON_LOWER
                and full not in _COMMON_LOWER
            ):
                out.append(
                    self._make(
                        m.start(1),
                        m.start(1) + len(full),
                        NameKind.SURNAME,
                        "family_lowercase",
                        0.7,
                        hit,
                    )
                )
        for m in _HONORIFIC_ANY.finditer(doc.text):
            word = m.group(1).rstrip(".")
            if _in_public_role(doc, m.start(), m.end()):
                continue
            if word.lower() in _NOT_NAME or any(
                f.endswith(" " + word.lower())
                and f.split()[0].rstrip(".") in ("mr", "mister", "dr")
                for f in figures
            ):
                continue
            kind = NameKind.REFERENCE if len(word) == 1 else NameKind.SURNAME  # "Mrs. P"
            out.append(
                self._make(m.start(), m.end(1), kind, "honorific_surname", 0.8, word.lower())
            )
        for m in _INITIAL_SURNAME.finditer(doc.text):
            word = m.group(2)
            if (
                word.lower() in _NOT_NAME
                or _ORG_WORDS.search(word)
                or word.lower() in gz.word_names
            ):
                continue
            if re.match(r"\s+[A-Z]", doc.text[m.end() : m.end() + 2]) or re.search(
                r"\d\s*$", doc.text[max(0, m.start() - 3) : m.start()]
            ):
                continue  # "Walter E. Long Lake", "1508 E. Cesar Chavez": names of places
            if word.lower() in gz.surnames or m.start(2) in doc.proper_starts:
                out.append(
                    self._make(
                        m.start(), m.end(), NameKind.FULL, "initial_surname", 0.75, word.lower()
                    )
                )
        for m in _GREETING_LOWER.finditer(doc.text):
            word = m.group(1)
            if (
                word not in _GREETING_NOT_NAMES
                and word not in gz.word_names
                and word not in _COMMON_LOWER
            ):
                out.append(
                    self._make(m.start(1), m.end(1), NameKind.FIRST, "greeting_name", 0.55, word)
                )
        for m in _LOWER_CUE.finditer(doc.text):
            group = 1 if m.group(1) else 2
            word = m.group(group)
            if (
                word in gz.own_first_names
                and word not in gz.word_names
                and word not in _COMMON_LOWER
            ):
                out.append(
                    self._make(
                        m.start(group),
                        m.end(group),
                        NameKind.FIRST,
                        "lowercase_first_name",
                        0.6,
                        word,
                    )
                )
        out.extend(self._coordinated(doc, out))
        return out

    def _coordinated(self, doc: TextDoc, found: list[Candidate]) -> list[Candidate]:
        """'Kofi and Kwame', 'Ana, Lucas and Sofi': a name's list-mates are names too."""
        taken = [(c.start, c.end) for c in found]
        extra: list[Candidate] = []
        queue = [c for c in found if c.name_kind in (NameKind.FIRST, NameKind.FULL)]
        while queue:
            c = queue.pop()
            for _pos, m in (
                (c.end, _NEXT_IN_LIST.match(doc.text, c.end)),
                (c.start, _PREV_IN_LIST.search(doc.text, max(0, c.start - 40), c.start)),
            ):
                if m is None:
                    continue
                s, e = m.span(1)
                word = _norm(m.group(1))
                if word in _NOT_NAME or _ORG_WORDS.search(word) or word in gazetteer().word_names:
                    continue
                if any(s < te and ts < e for ts, te in taken):
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
        return Candidate(
            start=start,
            end=end,
            category=Category.PERSON,
            recognizer=self.id,
            rule=rule,
            score=score,
            explanation=explanation,
            guidance=guidance,
            severity="medium" if kind is NameKind.FIRST else SEVERITY_BY_CATEGORY[Category.PERSON],
            name_kind=kind,
            entity_key="name:" + key,
            priority=1,
        )

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
        if _ORG_WORDS.search(span_text) or PUBLIC_VENUE_RE.search(span_text):
            return None
        if any(_norm(t.text) in _PUBLIC_TITLES for t in toks[:-1]):
            return None  # "Mayor Watson", "Governor Abbott": public officials
        poss = next((k for k, t in enumerate(toks[:-1]) if re.search(r"['’]s$", t.text)), None)
        if poss is not None:
            rest = doc.text[toks[poss + 1].start : toks[-1].end + 25]
            if _ORG_WORDS.search(rest) or PUBLIC_VENUE_RE.search(rest):
                return None  # "Wendy's Wonderful Kids", "St. Joseph's Parish": organisations
            toks = toks[: poss + 1]  # "Ariana's TikTok": the name is the possessive
        if re.search(
            r"\b(?:St|Saint|San|Santa|Mt|Fort|Ft|Lake|Port)\.?\s*$",
            doc.text[max(0, toks[0].start - 7) : toks[0].start],
        ):
            return None  # "St. Mary's": a hospital, a church or a town
        if _ORG_WORDS.match(doc.text[toks[-1].end : toks[-1].end + 25].lstrip()):
            return None  # "Gardner Betts juvenile center"
        if all(t.text.isupper() and len(t.text) <= 5 for t in toks):
            return None  # acronyms
        reference = False
        title_start = toks[0].start
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
        words = [_norm(t.text) for t in toks]
        # A capitalised sentence opener in front of a name: "Reach Maria Soto".
        # ... unless a plain surname follows an unknown word: "Marisabel Quiñones" stays.
        # (The tagger cannot settle it: it calls "Siblings" and "Adopt" proper nouns too.)
        if (
            len(toks) >= 2
            and not self._name_like(doc, toks[0], words[0])
            and doc.is_sentence_initial(toks[0].start)
            and not (len(toks) == 2 and words[1] in gz.surnames and words[1] not in gz.first_names)
        ):
            toks, words = toks[1:], words[1:]
        start, end = toks[0].start, toks[-1].end
        text_lower = " ".join(words)
        if _is_public_figure(words, figures):
            return None
        in_ent = any(e.start <= start < e.end for e in ents)
        in_other = any(e.start <= start < e.end for e in other_ents)
        before = doc.text[max(0, start - 30) : start]
        after = doc.text[end : end + 30]
        cue = bool(_CUE_BEFORE.search(before))
        cue_after = bool(_CUE_AFTER.match(after))
        initial_pos = doc.is_sentence_initial(start)
        vocative = initial_pos and bool(_VOCATIVE.match(after))

        def proper(toks: list[Token]) -> bool:  # asks the tagger only when it matters
            return all(t.start in doc.proper_starts for t in toks)

        first = words[0]
        known_first = first in gz.first_names and first not in gz.word_names
        word_name = first in gz.word_names
        if len(words) >= 2 and _in_public_role(doc, start, toks[-1].end):
            return None  # "Meet the author: Jason Reynolds", "developed by Dr. Karyn Purvis"
        if reference:
            return self._make(
                title_start, end, NameKind.REFERENCE, "relation_title", 0.85, text_lower
            )
        if len(words) >= 2:
            last = words[-1]
            second_ok = words[1] in gz.surnames or words[1] not in gz.word_names
            if _IN_PLACE_PREP.search(before) and not _possessive(doc, toks[-1]):
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
                and first not in _NOT_NAME
                and not in_other
                and (in_ent or proper(toks))
            ):
                return self._make(start, end, NameKind.FULL, "surname_full_name", 0.75, text_lower)
            if in_ent and (cue or cue_after or not initial_pos):
                return self._make(start, end, NameKind.FULL, "ner_full_name", 0.7, text_lower)
            if not in_other and (cue or cue_after) and len(words) <= 3 and proper(toks):
                return self._make(start, end, NameKind.FULL, "proper_full_name", 0.65, text_lower)
            toks, words = toks[:1], words[:1]
            end = toks[0].end
            after = doc.text[end : end + 30]
            cue_after = bool(_CUE_AFTER.match(after))
            vocative = initial_pos and bool(_VOCATIVE.match(after))
        initial = re.match(r"\s[A-Z]\.(?!\w)", doc.text[end : end + 4])
        if known_first:
            if _PLACE_PREP.search(before) and not (
                cue_after or in_ent or _possessive(doc, toks[-1])
            ):
                return None  # "in Kyle", "on Lamar"; but "Spotlight on Ravi", "at Tyler's"
            if initial:
                return self._make(
                    start, end + initial.end(), NameKind.FULL, "first_name_initial", 0.85, first
                )
            return self._make(start, end, NameKind.FIRST, "first_name", 0.75, first)
        age_after = _AGE_AFTER.match(after) is not None
        evidence = cue or cue_after or vocative or age_after
        if word_name:
            # "Hope", "Will", "Precious": ordinary words unless the context is about a person.
            poss_tail = "'s" if re.search(r"['’]s$", toks[-1].text) else ""
            kin_after = _KIN_AFTER.match(poss_tail + after) is not None
            addressed = vocative and _ADDRESSED.match(after) is not None
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
        if in_other and not evidence:
            return None
        if _PLACE_PREP.search(before) and not cue_after:
            return None  # "in Kyle", "on Lamar": towns and streets named like people
        if (evidence or (in_ent and not initial_pos)) and (in_ent or proper(toks)):
            return self._make(start, end, NameKind.FIRST, "proper_first_name", 0.6, first)
        if age_after and first not in _NOT_NAME and first not in _PRONOUNS and not in_other:
            # "Ta'Nyah (12)", "Makena (our 6 month old)": a capitalised word with an age
            # right after it is a child's name, whatever the tagger makes of it.
            return self._make(start, end, NameKind.FIRST, "name_with_age", 0.6, first)
        return None

    @staticmethod
    def _name_like(doc: TextDoc, tok: Token, word: str) -> bool:
        gz = gazetteer()
        return word in gz.first_names or word in gz.word_names or word in gz.surnames

    @staticmethod
    def _listy(doc: TextDoc, start: int, end: int) -> bool:
        """Common-word names in a list of common words: 'hope, faith and patience'."""
        window = doc.text[max(0, start - 25) : end + 25]
        words = re.findall(r"[A-Za-z]+", window)
        gz = gazetteer()
        lower_words = [w for w in words if w.islower() and w in gz.word_names]
        return len(lower_words) >= 1 or sum(1 for w in words if w.lower() in gz.word_names) >= 3


@lru_cache(maxsize=8)
def _figure_index(figures: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Multi-word figures, and their leading parts of two words or more."""
    multi = frozenset(f for f in figures if " " in f)
    heads = frozenset(
        " ".join(parts[:k]) for f in multi if (parts := f.split()) for k in range(2, len(parts))
    )
    return multi, heads


def _is_public_figure(words: list[str], figures: frozenset[str]) -> bool:
    """'Michelle Obama', 'Simone Biles Owens', or the first two words of a longer name."""
    text = " ".join(words)
    if text in figures:
        return True
    multi, heads = _figure_index(figures)
    if len(words) >= 2 and text in heads:
        return True
    return any(" ".join(words[:k]) in multi for k in range(2, len(words)))


# A sentence that presents someone in a public role: an author at a reading, a donor's
# foundation, the developer of a method, an athlete, a performer. Their names are public.
_PUBLIC_ROLE = re.compile(
    r"\b(?:author|authors|novel|novelist|poet|illustrator|bestsell\w*|book signing|reads from|"
    r"(?:his|her|their|the [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) foundation|developed by|"
    r"created by|founded by|founder of|keynote|guest speaker|speaker series|presented by|"
    r"nba|wnba|nfl|mlb|mls|nhl|olympi\w+|all-star|quarterback|hall of fame|grammy|"
    r"singer|rapper|songwriter|actor|actress|comedian|celebrity|astronaut)\b",
    re.IGNORECASE,
)
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|brother|sister|mom|mother|dad|father|aunt|uncle|cousin|grandma|"
    r"grandpa|grandmother|grandfather|foster (?:son|daughter|child|kid|youth|mom|dad)|"
    r"client|youth|child|kid|student)\s*,?\s*$",
    re.IGNORECASE,
)


def _possessive(doc: TextDoc, tok: Token) -> bool:
    return re.search(r"['’]s$", tok.text) is not None or doc.text.startswith(("'s", "’s"), tok.end)


def _in_public_role(doc: TextDoc, start: int, end: int) -> bool:
    """A name presented in a public role nearby, and not as someone's relative or client."""
    window = doc.text[max(0, start - 100) : end + 60]
    return (
        _PUBLIC_ROLE.search(window) is not None
        and not _KIN_AFTER.match(doc.text[end : end + 30])
        and not _KIN_BEFORE.search(doc.text[max(0, start - 30) : start])
    )


# "on" is left out: "Spotlight on Ravi", "Cheer on Gabriel Ruiz" present people.
_IN_PLACE_PREP = re.compile(r"\b(?:in|at|near|outside|inside|downtown)\s+$", re.IGNORECASE)
_PLACE_PREP = re.compile(
    r"\b(?:in|at|on|near|around|outside|inside|via|downtown)\s+(?:the\s+)?$", re.IGNORECASE
)
_PUBLIC_TITLES = context_words("public_titles")
_COMMON_PLURAL_STEMS = context_words("common_plural_stems")
_COMMON_LOWER = context_words("common_lower")


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

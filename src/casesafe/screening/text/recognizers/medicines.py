"""Medicines by name, from a list derived from a drug dictionary on PyPI.

The health lexicon lists the medicines child-welfare messages name most often.
``data/medicines.txt`` (made by ``scripts/word_lists.py`` from the MIT-licensed
``drug-named-entity-recognition`` package) holds about 10,000 generic and brand names of
medicines with a MedlinePlus page, so "Emverm", "triamcinolone" or "Intuniv" are known
without being listed by hand. A name is reported as HEALTH when its sentence is about
somebody, judged as a lexicon term is (``sensitive.reportable``): strong when the name is
no ordinary English word, weak (it needs a person in its sentence) when it is one
("aspirin"). Names that are also given names, surnames or places are left out, and so are
the substances whose use is a case detail rather than a treatment ("heroin"): the
case-detail lexicon reads those. The lexicons' exclusions ("medication logs") bind this
list too.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ...types import Category
from ..document import TextDoc
from ..gazetteer import gazetteer, word_list
from .base import Candidate, Recognizer, register
from .sensitive import lexicon_exclusions, reportable

MAX_WORDS = 4
# A one-word name needs five letters: shorter ones are mostly codes that also occur as
# handles, slang or initials ("agit", "vals", "rela").
MIN_ONE_WORD = 5
# Used, they are case details (substance use), not treatment.
SUBSTANCES = frozenset(
    [
        "alcohol",
        "amphetamine",
        "amphetamines",
        "cannabis",
        "cocaine",
        "crack",
        "ecstasy",
        "ethanol",
        "fentanyl",
        "heroin",
        "ketamine",
        "lsd",
        "marijuana",
        "mdma",
        "methamphetamine",
        "nicotine",
        "opium",
        "pcp",
        "psilocybin",
        "tobacco",
    ]
)
# Brand names that are ordinary words in English or Spanish ("emend", "cambia"), and
# product-line phrases made of plain words ("ears and nose", "available generically"):
# only the one-word plain-word names of real medicines are kept ("aspirin", "codeine").
NOT_MEDICINES = frozenset({"emend", "cambia", "generics"})


@lru_cache(maxsize=1)
def medicine_names() -> tuple[frozenset[str], frozenset[str]]:
    """(strong names, weak names): lowercase, words separated by single spaces."""
    gz = gazetteer()
    names_or_places = gz.first_names | gz.word_names | gz.surnames | gz.major_places | gz.places
    strong: set[str] = set()
    weak: set[str] = set()
    for name in word_list("medicines.txt"):
        words = name.split()
        plain = all(w in gz.english_words for w in words)
        if (
            name in SUBSTANCES
            or name in NOT_MEDICINES
            or (plain and len(words) > 1)
            or (len(words) == 1 and (len(name) < MIN_ONE_WORD or name in names_or_places))
        ):
            continue
        (weak if plain else strong).add(name)
    return frozenset(strong), frozenset(weak)


@lru_cache(maxsize=1)
def _leading_words() -> frozenset[str]:
    """First words of the names of two words or more: only they start a longer lookup."""
    strong, weak = medicine_names()
    return frozenset(name.split()[0] for name in strong | weak if " " in name)


@register
class MedicineRecognizer(Recognizer):
    id = "medicine_list"
    category = Category.HEALTH
    guidance = "phi.secure-channel-only"
    explanation = (
        "A medicine someone takes is health information; health information needs a secure channel."
    )
    priority = 0  # below the lexicons: their named groups explain a finding better

    def analyze(self, doc: TextDoc) -> Iterable[Candidate]:
        strong, weak = medicine_names()
        leads = _leading_words()
        tokens = doc.tokens
        words = [t.lower for t in tokens]
        excluded: list[tuple[int, int]] | None = None
        i = 0
        while i < len(tokens):
            found = None
            longest = min(MAX_WORDS, len(tokens) - i) if words[i] in leads else 1
            for n in range(longest, 0, -1):
                name = words[i] if n == 1 else " ".join(words[i : i + n])
                if name in strong or name in weak:
                    found = (n, name in strong)
                    break
            if found is None:
                i += 1
                continue
            n, is_strong = found
            start, end = tokens[i].start, tokens[i + n - 1].end
            i += n
            if excluded is None:
                excluded = lexicon_exclusions(doc)
            if any(start < e and s < end for s, e in excluded):
                continue
            score = reportable(doc, start, end, strong=is_strong)
            if score is None:
                continue
            rule = "medicine_strong" if is_strong else "medicine_weak"
            yield self.candidate(start, end, rule, score)

"""Name lists and the nickname table, loaded once.

Two sources: the project's own lists (data/names.yaml: first names from many origins,
surnames, names that are also words, public figures, nicknames) and the US Census name
lists that the ``names`` package installs (5,163 first names, 88,799 surnames). Census
names that are also ordinary English words (data/english_words.txt) are left out, so
a capitalised "Will" or "Foster" is judged as before. Rules for lowercase text ("the
brown family", "mac and cheese") use only the project's lists: too many census names are
lowercase words the dictionary does not know.

Lists derived by scripts/word_lists.py tell the name rules what else a capitalised word can
be: an ordinary English word ("Childcare is provided") or a place ("Texas needs more homes",
"in Groesbeck"); data/public_figures.txt adds public figures, characters and brands named
like people.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Gazetteer:
    first_names: frozenset[str]  # the project's list and the census list
    own_first_names: frozenset[str]  # the project's list only (for lowercase text)
    word_names: frozenset[str]
    surnames: frozenset[str]  # the project's list and the census list
    own_surnames: frozenset[str]  # the project's list only
    public_figures: frozenset[str]
    english_words: frozenset[str]  # ordinary lower-case dictionary words
    major_places: frozenset[str]  # US states, countries, cities of 100,000+ (lowercase)
    places: frozenset[str]  # other US counties and towns (lowercase)
    # every name -> every other form of it (formal and diminutive), lowercase
    variants: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("casesafe.screening.data").joinpath("names.yaml").read_text("utf-8")
    )
    variants: dict[str, set[str]] = {}
    for formal, nicks in (raw.get("nicknames") or {}).items():
        group = {str(formal).lower(), *(str(n).lower() for n in nicks or [])}
        for name in group:
            variants.setdefault(name, set()).update(group - {name})
    own_first = frozenset(raw["first_names"].split())
    own_word_names = frozenset(raw["word_names"].split())
    own_surnames = frozenset(raw["surnames"].split())
    census_first, census_last = census_names()
    english = word_list("english_words.txt")
    name_words = (census_first | census_last) & english
    return Gazetteer(
        first_names=own_first | (census_first - name_words - own_word_names - own_surnames),
        # Census names that are words stay out of both lists: "In", "My" and "Many" are
        # census first names, and the word-name rules treat any word-name nearby as a
        # sign of a list of ordinary words.
        word_names=own_word_names,
        surnames=own_surnames | (census_last - name_words),
        own_surnames=own_surnames,
        own_first_names=own_first,
        public_figures=frozenset(p.strip() for p in raw["public_figures"].split("|") if p.strip())
        | word_list("public_figures.txt"),
        english_words=english,
        major_places=word_list("major_places.txt"),
        places=word_list("places.txt"),
        variants={k: frozenset(v) for k, v in variants.items()},
    )


@lru_cache(maxsize=8)
def public_figures(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The public figures, with the agency's own (from its configuration) when it names
    any: one object per configuration, so the indexes built on it are cached too."""
    known = gazetteer().public_figures
    return known | {p.lower() for p in extra} if extra else known


@lru_cache(maxsize=1)
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) from the ``names`` package, lowercase; empty if absent."""
    try:
        package = resources.files("names")
    except ModuleNotFoundError:
        return frozenset(), frozenset()

    def read(filename: str) -> frozenset[str]:
        text = package.joinpath(filename).read_text("ascii")
        return frozenset(line.split()[0].lower() for line in text.splitlines() if line.strip())

    first = read("dist.male.first") | read("dist.female.first")
    return first, read("dist.all.last")


def word_list(name: str) -> frozenset[str]:
    """One lower-case entry a line; ``#`` starts a comment line."""
    text = resources.files("casesafe.screening.data").joinpath(name)
    lines = text.read_text("utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@cache
def context_words(key: str) -> frozenset[str]:
    """A word list from data/name_context.yaml (stop words for the name rules)."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("casesafe.screening.data").joinpath("name_context.yaml").read_text("utf-8")
    )
    return frozenset(str(raw[key]).split())

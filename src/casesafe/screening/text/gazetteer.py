"""Name lists and the nickname table (data/names.yaml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Gazetteer:
    first_names: frozenset[str]
    word_names: frozenset[str]
    surnames: frozenset[str]
    public_figures: frozenset[str]
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
    return Gazetteer(
        first_names=frozenset(raw["first_names"].split()),
        word_names=frozenset(raw["word_names"].split()),
        surnames=frozenset(raw["surnames"].split()),
        public_figures=frozenset(p.strip() for p in raw["public_figures"].split("|") if p.strip()),
        variants={k: frozenset(v) for k, v in variants.items()},
    )


@cache
def context_words(key: str) -> frozenset[str]:
    """A word list from data/name_context.yaml (stop words for the name rules)."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("casesafe.screening.data").joinpath("name_context.yaml").read_text("utf-8")
    )
    return frozenset(str(raw[key]).split())

"""Guidance tips as data, with a small lookup API the engine and the web app share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ScreeningError


@dataclass(frozen=True, slots=True)
class Tip:
    id: str
    title: str
    body: str
    audience: tuple[str, ...]
    section: str
    citation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "body": self.body,
            "audience": list(self.audience),
            "section": self.section,
            "citation": self.citation,
        }


@lru_cache(maxsize=1)
def _load() -> dict[str, Tip]:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("casesafe.screening.guidance").joinpath("tips.yaml").read_text("utf-8")
    )
    src = raw["source"]
    citation = f"{src['publisher']} ({src['year']}). {src['title']}. {src['url']}"
    tips: dict[str, Tip] = {}
    for item in raw["tips"]:
        tip = Tip(
            id=item["id"],
            title=item["title"],
            body=" ".join(item["body"].split()),
            audience=tuple(item["audience"]),
            section=item["section"],
            citation=f"{citation} — section: {item['section']}",
        )
        if tip.id in tips:
            raise ScreeningError(f"duplicate guidance id {tip.id}")
        tips[tip.id] = tip
    return tips


def get_tip(tip_id: str) -> Tip:
    try:
        return _load()[tip_id]
    except KeyError:
        raise ScreeningError(f"unknown guidance id {tip_id!r}") from None


def all_tips(audience: str | None = None) -> list[Tip]:
    return [t for t in _load().values() if audience is None or audience in t.audience]


def search_tips(query: str, audience: str | None = None) -> list[Tip]:
    """Tips whose words contain every query word, best (title hits) first."""
    words = [w for w in re.findall(r"\w+", query.lower()) if len(w) > 1]
    if not words:
        return []
    scored = []
    for tip in all_tips(audience):
        title, hay = tip.title.lower(), f"{tip.title} {tip.body} {tip.id}".lower()
        if all(w in hay for w in words):
            scored.append((sum(w in title for w in words), tip))
    scored.sort(key=lambda p: -p[0])
    return [t for _, t in scored]

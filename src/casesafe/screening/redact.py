"""Redaction with consistent, role-based pseudonyms: the same person keeps one label."""

from __future__ import annotations

from collections.abc import Sequence

from .types import Category, Finding

_ROLE_LABEL = {
    "child": "CHILD",
    "sibling": "SIBLING",
    "parent": "PARENT",
    "relative": "RELATIVE",
    "foster_parent": "FOSTER PARENT",
    "caseworker": "CASEWORKER",
    "restricted_contact": "PERSON",
    "other": "PERSON",
    "family": "FAMILY",
}
_CATEGORY_LABEL = {
    Category.ADDRESS: "[ADDRESS]",
    Category.PHONE: "[PHONE]",
    Category.EMAIL: "[EMAIL]",
    Category.HANDLE: "[HANDLE]",
    Category.ID: "[ID]",
    Category.DOB: "[DOB]",
    Category.AGE: "[AGE]",
    Category.LOCATION: "[LOCATION]",
    Category.SCHOOL: "[SCHOOL]",
    Category.HEALTH: "[HEALTH INFO]",
    Category.CASE_DETAIL: "[CASE DETAIL]",
}


def pseudonyms(findings: Sequence[Finding]) -> dict[int, str]:
    """Label per finding index; numbering follows first appearance in the text."""
    counters: dict[str, int] = {}
    by_key: dict[str, str] = {}
    labels: dict[int, str] = {}
    for i, f in sorted(enumerate(findings), key=lambda p: p[1].start):
        if f.category is not Category.PERSON:
            labels[i] = _CATEGORY_LABEL[f.category]
            continue
        base = _ROLE_LABEL.get(f.role or "", "PERSON")
        key = f.entity_key or f"anon:{i}"
        if key not in by_key:
            counters[base] = counters.get(base, 0) + 1
            by_key[key] = f"[{base} {counters[base]}]"
        labels[i] = by_key[key]
    return labels


def redact(text: str, findings: Sequence[Finding]) -> str:
    labels = pseudonyms(findings)
    out: list[str] = []
    pos = 0
    for i, f in sorted(enumerate(findings), key=lambda p: p[1].start):
        if f.start < pos:
            continue  # overlaps were resolved upstream; never emit a span twice
        out.append(text[pos : f.start])
        out.append(labels[i])
        pos = f.end
    out.append(text[pos:])
    return "".join(out)

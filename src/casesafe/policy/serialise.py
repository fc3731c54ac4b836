"""Pre-flight facts to and from JSON, so a decision can be stored with what it decided on
and replayed later (``casesafe policy replay``), and so other tools can feed pre-flight.

Dates travel as ISO text; pre-flight reads ISO text itself and blocks on anything else,
so nothing here needs to judge them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from casesafe.policy.errors import PolicyError
from casesafe.policy.facts import (
    AccountRef,
    Actor,
    Boundary,
    Consent,
    Person,
    PreflightFacts,
    ScreeningOutcome,
)


class FactsError(PolicyError):
    """A facts document does not have the shape of :class:`PreflightFacts`."""


# field -> (class of one item, whether the field holds a list of them)
_NESTED: dict[type, dict[str, tuple[type, bool]]] = {
    PreflightFacts: {
        "actor": (Actor, False),
        "account": (AccountRef, False),
        "recipients": (Person, True),
        "consents": (Consent, True),
        "boundaries": (Boundary, True),
        "screening": (ScreeningOutcome, False),
        "subjects": (Person, True),
    },
}


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def facts_to_dict(facts: PreflightFacts) -> dict[str, Any]:
    result = to_jsonable(facts)
    assert isinstance(result, dict)
    return result


def _build(cls: type, raw: Any, where: str) -> Any:
    if not isinstance(raw, Mapping):
        raise FactsError(f"{where} must be an object")
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise FactsError(f"{where}: unknown field(s) {', '.join(unknown)}")
    missing = [
        name
        for name, f in known.items()
        if name not in raw
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise FactsError(f"{where}: missing field(s) {', '.join(missing)}")
    nested = _NESTED.get(cls, {})
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name in nested and value is not None:
            item_cls, many = nested[name]
            if many:
                if not isinstance(value, list):
                    raise FactsError(f"{where}.{name} must be a list")
                value = tuple(
                    _build(item_cls, v, f"{where}.{name}[{i}]") for i, v in enumerate(value)
                )
            else:
                value = _build(item_cls, value, f"{where}.{name}")
        elif isinstance(value, list):
            if not all(isinstance(v, str) for v in value):
                raise FactsError(f"{where}.{name} must be a list of text")
            value = tuple(value)
        elif isinstance(value, dict):
            raise FactsError(f"{where}.{name} must not be an object")
        values[name] = value
    return cls(**values)


def facts_from_dict(data: Mapping[str, Any]) -> PreflightFacts:
    """Facts from their JSON form; raises :class:`FactsError` when the shape is wrong."""
    facts = _build(PreflightFacts, data, "facts")
    assert isinstance(facts, PreflightFacts)
    return facts

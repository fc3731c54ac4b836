"""Small helpers shared by pre-flight and recommendations: dates and plain words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from casesafe.policy.facts import DateLike


class Unreadable(ValueError):
    """A date in the facts that is neither a date nor ISO text."""


def parse_date(value: DateLike) -> dt.date | None:
    """A date from a date or ISO text; None stays None; anything else is unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise Unreadable(repr(value))


def age_on(birth_date: dt.date, today: dt.date) -> int:
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - int(before_birthday)


CATEGORY_WORDS = {
    "PERSON": "names",
    "ADDRESS": "addresses",
    "PHONE": "phone numbers",
    "EMAIL": "email addresses",
    "HANDLE": "social media handles",
    "ID": "ID or case numbers",
    "DOB": "dates of birth",
    "AGE": "ages",
    "LOCATION": "places",
    "SCHOOL": "schools",
    "HEALTH": "health information",
    "CASE_DETAIL": "case details",
}


def words(values: Iterable[str], table: dict[str, str] | None = None) -> list[str]:
    """Codes and vocabulary words as plain words (``case_update`` -> ``case update``)."""
    table = table or {}
    seen = dict.fromkeys(table.get(v, v.replace("_", " ").lower()) for v in values)
    return list(seen)

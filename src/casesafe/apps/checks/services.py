"""Screening a text for a person or for the public page.

The engine is framework-free (`casesafe.screening`); this module adds what only the app
knows: the agency's published contacts (never findings), the case file, and the rule that
a failure of any kind answers `block`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from casesafe.screening import (
    CaseContext,
    CaseFileError,
    ScreeningError,
    ScreeningInputError,
    ScreeningResult,
    screen_text_safe,
)
from casesafe.screening.engine import validate_text
from casesafe.screening.guidance import get_tip
from casesafe.screening.types import ScreeningConfig

MAX_CHARS = ScreeningConfig().max_chars
AUDIENCES = ("public", "private", "secure")


class CheckInputError(ValueError):
    """Input a person can fix: shown as a form or API error, never a traceback."""


def agency_public_contacts(agency: Any) -> Sequence[str]:
    """The agency's own published contacts from its active policy (none without one)."""
    if agency is None:
        return ()
    from casesafe.apps.cases.selectors import active_policy  # the policy lives with cases

    policy = active_policy(agency)
    return tuple(policy.public_contacts.all()) if policy is not None else ()


def case_choices(user: Any) -> list[tuple[int, str]]:
    from casesafe.apps.cases.selectors import case_choices_for_checks

    return case_choices_for_checks(user)


def case_for_check(user: Any, case_pk: int | None, case_file: str | None) -> CaseContext | None:
    """The case context from a case the user may open, or from a pasted case file."""
    if case_pk is not None:
        from casesafe.apps.cases.selectors import case_context, case_get

        case, _ = case_get(user, case_pk)  # AccessDenied / 404 outside the caseload
        return parse_case_file(case_context(user, case))
    return parse_case_file(case_file)


def parse_case_file(raw: str | dict[str, Any] | None) -> CaseContext | None:
    if raw in (None, "", {}):
        return None
    try:
        data = json.loads(raw) if isinstance(raw, str) else raw
        return CaseContext.from_dict(data)
    except json.JSONDecodeError as exc:
        raise CheckInputError(
            f"The case file is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    except CaseFileError as exc:
        raise CheckInputError(f"The case file is not in the expected shape: {exc}") from None


def text_check(
    text: str,
    audience: str = "public",
    case: CaseContext | None = None,
    *,
    agency: Any = None,
    recipient_entitled: bool = False,
) -> ScreeningResult:
    if audience not in AUDIENCES:
        raise CheckInputError(f"Choose an audience: {', '.join(AUDIENCES)}.")
    try:
        validate_text(text, MAX_CHARS)
    except ScreeningInputError as exc:
        raise CheckInputError(str(exc)) from None
    config = ScreeningConfig(recipient_entitled=recipient_entitled)
    return screen_text_safe(
        text, audience, case, config, public_contacts=agency_public_contacts(agency)
    )


@dataclass(frozen=True)
class Segment:
    text: str
    finding: int | None = None  # index into the findings list, for the highlight link
    category: str = ""


def highlight(text: str, result: ScreeningResult) -> list[Segment]:
    """Split the text into plain and flagged runs; overlapping findings keep the first."""
    segments: list[Segment] = []
    cursor = 0
    for index, finding in sorted(
        enumerate(result.findings), key=lambda pair: (pair[1].start, -pair[1].end)
    ):
        if finding.start < cursor or finding.end > len(text):
            continue
        if finding.start > cursor:
            segments.append(Segment(text[cursor : finding.start]))
        segments.append(Segment(text[finding.start : finding.end], index, finding.category.value))
        cursor = finding.end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments


def tips_for(result: ScreeningResult) -> list[Any]:
    seen: dict[str, Any] = {}
    for finding in result.findings:
        if finding.guidance and finding.guidance not in seen:
            try:
                seen[finding.guidance] = get_tip(finding.guidance)
            except ScreeningError:
                continue  # an unknown id must not hide the finding itself
    return list(seen.values())

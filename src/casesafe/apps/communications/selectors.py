"""Reads of messages, approvals and deliveries, always from the acting user."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from casesafe.apps.cases import selectors as case_selectors


def case_for(user: Any, ref: int | str) -> Any:
    """A case the user may open, by id or reference: 404 outside the agency, AccessDenied
    outside the caseload (as everywhere else)."""
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        case, _ = case_selectors.case_get(user, int(ref))
        return case
    if not isinstance(ref, str) or not ref:
        raise Http404("No such case.")
    case, _ = case_selectors.case_by_reference(user, ref)
    return case

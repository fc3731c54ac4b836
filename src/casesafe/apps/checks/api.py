"""POST /api/v1/screen/text — the screening contract over HTTP."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError

from casesafe.apps.checks import services
from casesafe.apps.core.audit import access_event

router = Router(tags=["screening"])


class ScreenTextIn(Schema):
    text: str
    audience: Literal["public", "private", "secure"] = "public"
    case: dict[str, Any] | None = None


class FindingOut(Schema):
    start: int
    end: int
    category: str
    severity: str
    recognizer: str
    explanation: str
    guidance: str
    role: str | None = None


class ReasonOut(Schema):
    code: str
    decision: str
    message: str


class NoteOut(Schema):
    code: str
    message: str


class ScreenTextOut(Schema):
    decision: Literal["block", "warn", "allow"]
    audience: str
    findings: list[FindingOut]
    reasons: list[ReasonOut]
    redacted_text: str
    quality: list[NoteOut]


@router.post(
    "/text",
    response=ScreenTextOut,
    summary="Screen a text for identifying, health and case details",
)
def screen_text(request: HttpRequest, payload: ScreenTextIn) -> dict[str, Any]:
    """Block / warn / allow for the audience, every finding explained, and a redacted text.

    Screening that fails for any reason answers `block`; it never allows by default.
    """
    try:
        case = services.parse_case_file(payload.case)
        result = services.text_check(
            payload.text, payload.audience, case, agency=request.auth.agency
        )  # type: ignore[attr-defined]
    except services.CheckInputError as exc:
        raise HttpError(400, str(exc)) from None
    access_event(
        request, "screen_text", "success", f"decision:{result.decision.value}", actor=request.auth
    )  # type: ignore[attr-defined]
    return result.to_dict()

"""POST /api/v1/screen/text — the screening contract over HTTP."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import File, Form, Router, Schema, UploadedFile
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


class ScreenImageOut(Schema):
    decision: Literal["block", "warn", "allow"]
    audience: str
    findings: list[dict[str, Any]]
    reasons: list[dict[str, Any]]
    original_sha256: str
    clean_sha256: str
    clean_mime: str
    clean_image_base64: str
    face_count: int


@router.post("/image", response=ScreenImageOut, summary="Screen a photo and get a clean copy back")
def screen_image(
    request: HttpRequest,
    photo: UploadedFile = File(...),  # noqa: B008 - ninja's declaration style
    audience: Literal["public", "private", "secure"] = Form("public"),  # noqa: B008
    consented_faces: int | None = Form(None),  # noqa: B008
    blur_faces: str = Form("none"),  # noqa: B008
    redact: bool = Form(False),  # noqa: B008
) -> dict[str, Any]:
    """Metadata, text in the picture, faces against consent. Only the clean copy
    (`clean_image_base64`, metadata stripped, faces and text removed as asked) may be used.
    Nothing is stored."""
    import base64

    from casesafe.apps.checks.photos import photo_check
    from casesafe.apps.checks.views import MAX_PHOTO_BYTES

    if photo.size and photo.size > MAX_PHOTO_BYTES:
        raise HttpError(400, f"The photo is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB.")
    user = request.auth  # type: ignore[attr-defined]
    try:
        check = photo_check(
            photo.read(),
            audience=audience,
            case=None,
            agency=user.agency,
            consented_faces=consented_faces,
            blur_faces=blur_faces,
            redact=redact,
        )
    except services.CheckInputError as exc:
        raise HttpError(400, str(exc)) from None
    access_event(
        request, "screen_image", "success", f"decision:{check.result.decision.value}", actor=user
    )
    out = check.result.to_dict()
    out["clean_image_base64"] = base64.b64encode(check.result.clean_bytes).decode()
    out["face_count"] = check.result.face_count
    return out

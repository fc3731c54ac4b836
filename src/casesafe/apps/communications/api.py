"""POST /api/v1/preflight, /api/v1/messages and /api/v1/messages/photos: the same services
as the pages."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import File, Form, Router, Schema, Status, UploadedFile
from ninja.errors import HttpError

from casesafe.apps.communications import photos as photo_services
from casesafe.apps.communications import selectors, services
from casesafe.apps.communications.preflight import PreflightInputError, preflight_for
from casesafe.apps.core.audit import access_event

router = Router(tags=["pre-flight and messages"])


class PreflightIn(Schema):
    case: int | str  # the case's id, or its reference
    platform: str
    purpose: str
    audience: Literal["public", "private", "secure"]
    recipients: list[int | str] = []  # person ids of the case, or their full names
    text: str
    account: str | None = None


class ReasonOut(Schema):
    code: str
    outcome: str
    message: str
    guidance: str
    person_id: str | None = None


class PreflightOut(Schema):
    outcome: Literal["allow", "warn", "needs_approval", "block"]
    message: str
    reasons: list[ReasonOut]
    policy_id: str | None
    policy_version: str | None
    policy_hash: str | None
    platform: str | None
    purpose: str
    audience: str
    decided_on: str | None
    screening: dict[str, Any] | None


def _case(request: HttpRequest, ref: int | str) -> Any:
    return selectors.case_for(request.auth, ref)  # type: ignore[attr-defined]


@router.post(
    "/preflight",
    response=PreflightOut,
    url_name="preflight",
    summary="May this go out, here, to them, now?",
)
def preflight(request: HttpRequest, payload: PreflightIn) -> dict[str, Any]:
    """One decision (allow, warn, needs_approval, block) with every reason coded and
    explained, stamped with the policy version. Anything that cannot be checked blocks."""
    user = request.auth  # type: ignore[attr-defined]
    case = _case(request, payload.case)
    try:
        result = preflight_for(
            user,
            case,
            platform=payload.platform,
            purpose=payload.purpose,
            audience=payload.audience,
            recipients=payload.recipients,
            text=payload.text,
            account=payload.account,
        )
    except PreflightInputError as exc:
        raise HttpError(400, str(exc)) from None
    access_event(
        request,
        "preflight",
        "success",
        f"case:{case.pk}",
        actor=user,
        decision=result.outcome,
        codes=list(result.decision.codes),
    )
    return result.to_dict()


class MessageIn(Schema):
    case: int | str | None = None  # None only for an agency's public post
    platform: str
    purpose: str
    audience: Literal["public", "private", "secure"]
    recipients: list[int | str] = []
    text: str
    account: str | None = None
    acknowledgement: str = ""  # required when pre-flight warns: why it is still right
    photos: list[int] = []  # ids from POST /messages/photos: your own, not yet sent


class MessageOut(Schema):
    id: int
    status: str
    case: int | None
    platform: str
    purpose: str
    audience: str
    preflight: dict[str, Any]


class RefusedOut(Schema):
    detail: str
    preflight: PreflightOut | None


@router.post(
    "/messages",
    response={201: MessageOut, 409: RefusedOut, 422: RefusedOut},
    url_name="messages-create",
    summary="Send a message (or submit a public post for approval)",
)
def message_create(request: HttpRequest, payload: MessageIn) -> Any:
    """Pre-flight runs again at send time. `block` is refused (409) with the decision; a
    `warn` without an acknowledgement is refused (422); `needs_approval` creates the post
    and waits for a supervisor; otherwise the message is queued for delivery."""
    user = request.auth  # type: ignore[attr-defined]
    case = _case(request, payload.case) if payload.case not in (None, "") else None
    drafts = selectors.draft_photos(user, payload.photos)
    if len(drafts) != len(set(payload.photos)):
        raise HttpError(400, "Some photo ids are not photos of yours waiting to be sent.")
    try:
        drafts = photo_services.photos_current(
            user,
            case,
            drafts,
            platform=payload.platform,
            audience=payload.audience,
            recipients=payload.recipients,
        )
        message = services.message_send(
            user,
            case,
            platform=payload.platform,
            purpose=payload.purpose,
            audience=payload.audience,
            recipients=payload.recipients,
            text=payload.text,
            account=payload.account,
            acknowledgement=payload.acknowledgement,
            photos=drafts,
        )
    except PreflightInputError as exc:
        raise HttpError(400, str(exc)) from None
    except services.SendRefused as exc:
        status = 422 if isinstance(exc, services.AcknowledgementRequired) else 409
        access_event(request, "message_send", "failure", f"case:{case.pk if case else '-'}")
        body = exc.result.to_dict() if exc.result is not None else None
        return Status(status, {"detail": str(exc), "preflight": body})
    access_event(request, "message_send", "success", f"message:{message.pk}", status=message.status)
    return Status(
        201,
        {
            "id": message.pk,
            "status": message.status,
            "case": message.case_id,
            "platform": message.platform,
            "purpose": message.purpose,
            "audience": message.audience,
            "preflight": message.decision,
        },
    )


class PhotoOut(Schema):
    id: int
    decision: str
    reasons: list[str]
    findings: list[dict[str, Any]]  # category, source, removed, box: no words, no places
    mime: str
    size: int
    clean_sha256: str
    original_sha256: str


@router.post(
    "/messages/photos",
    response={201: PhotoOut},
    url_name="messages-photo-attach",
    summary="Screen a photo for a message you are about to send and keep its clean copy",
)
def photo_attach(
    request: HttpRequest,
    photo: UploadedFile = File(...),  # noqa: B008 - ninja's declaration style
    platform: str = Form(...),  # noqa: B008
    audience: Literal["public", "private", "secure"] = Form(...),  # noqa: B008
    case: str = Form(""),  # noqa: B008
    recipients: str = Form(""),  # noqa: B008 - comma-separated people of the case
    blur_faces: bool = Form(False),  # noqa: B008
    alt_text: str = Form(""),  # noqa: B008
) -> Any:
    """The same screening as compose: metadata, text in the picture and faces against the
    case's photo consents. Only the clean copy is kept, as your draft for a day; pass its
    `id` in `photos` of `POST /messages`. The original is never stored (its SHA-256 is)."""
    user = request.auth  # type: ignore[attr-defined]
    the_case = _case(request, case) if case else None
    data = photo.read(photo_services.MAX_BYTES + 1)
    try:
        row, _ = photo_services.photo_attach(
            user,
            the_case,
            data=data,
            platform=platform,
            audience=audience,
            recipients=[r.strip() for r in recipients.split(",") if r.strip()],
            blur_faces=blur_faces,
            alt_text=alt_text,
        )
    except (photo_services.PhotoInputError, PreflightInputError) as exc:
        access_event(request, "photo_attach", "failure", f"case:{the_case.pk if the_case else '-'}")
        raise HttpError(400, str(exc)) from None
    access_event(request, "photo_attach", "success", f"photo:{row.pk}")
    return Status(
        201,
        {
            "id": row.pk,
            "decision": row.decision,
            "reasons": [r["code"] for r in row.reasons],
            "findings": row.findings,
            "mime": row.mime,
            "size": row.size,
            "clean_sha256": row.clean_sha256,
            "original_sha256": row.original_sha256,
        },
    )

"""POST /api/v1/preflight and POST /api/v1/messages: the same services as the pages."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError

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
    try:
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

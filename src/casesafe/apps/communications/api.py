"""POST /api/v1/preflight and POST /api/v1/messages: the same services as the pages."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError

from casesafe.apps.communications import selectors
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

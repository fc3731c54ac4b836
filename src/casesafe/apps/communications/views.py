"""Compose with a live pre-flight, messages and their deliveries, approvals of posts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages as flash
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from casesafe.apps.accounts.access import role_required
from casesafe.apps.cases import selectors as case_selectors
from casesafe.apps.checks.services import highlight
from casesafe.apps.communications import selectors, services
from casesafe.apps.communications.forms import (
    ComposeForm,
    ConfirmPostForm,
    DecideForm,
    ResubmitForm,
)
from casesafe.apps.communications.models import Approval, Delivery, Message
from casesafe.apps.communications.preflight import (
    PreflightInputError,
    PreflightResult,
    preflight_for,
)
from casesafe.apps.core.audit import access_event
from casesafe.policy import RELATED_TIPS
from casesafe.policy.reasons import REASONS, Code
from casesafe.screening.guidance import get_tip

OUTCOME_WORDS = {
    "allow": ("success", "Clear to send"),
    "warn": ("warning", "Warning: you may send once you say why it is still right"),
    "needs_approval": ("info", "Needs a supervisor's approval"),
    "block": ("error", "Blocked: this cannot go out"),
}


# --------------------------------------------------------------------------- helpers


def _tip(guidance: str) -> Any:
    try:
        return get_tip(RELATED_TIPS.get(guidance, guidance))
    except Exception:  # noqa: BLE001 - a missing tip must not hide the reason
        return None


def _decision_context(result: PreflightResult | None, text: str) -> dict[str, Any]:
    if result is None:
        return {}
    style, title = OUTCOME_WORDS[result.outcome]
    reasons = [
        {"code": r.code, "message": r.message, "outcome": r.outcome.value, "tip": _tip(r.guidance)}
        for r in result.decision.reasons
    ]
    screening = result.screening
    return {
        "result": result,
        "outcome_style": style,
        "outcome_title": title,
        "reasons": reasons,
        "segments": highlight(text, screening) if screening is not None and text else [],
        "findings": screening.findings if screening is not None else (),
        "redacted": screening.redacted_text if screening is not None else "",
    }


def _stored_reasons(decision: dict[str, Any]) -> list[dict[str, str]]:
    out = []
    for r in decision.get("reasons", []):
        try:
            summary = REASONS[Code(r["code"])].summary
        except (KeyError, ValueError):
            summary = ""
        out.append({"code": r.get("code", ""), "outcome": r.get("outcome", ""), "summary": summary})
    return out


def _compose_form(request: HttpRequest, data: Any = None) -> tuple[ComposeForm, Any, list[Any]]:
    user = request.user
    raw_case = (data or request.GET).get("case") or ""
    case = None
    if str(raw_case).isdigit():
        case, _ = case_selectors.case_get(user, int(raw_case))
    people = (
        [
            (p.pk, f"{p.name} ({p.role_label})")
            for p in case_selectors.case_people(case)
            if p.role != "caseworker"
        ]
        if case is not None
        else []
    )
    accounts = selectors.approved_accounts(user.agency)  # type: ignore[union-attr]
    offered = [
        (a["slug"], f"{a['name']}: {a['account'].display_name or a['account'].handle}")
        for a in accounts
        if a["account"] is not None
    ]
    form = ComposeForm(
        data,
        case_choices=case_selectors.case_choices_for_checks(user),
        people=people,
        platforms=offered,
        initial={"case": case.pk if case else None},
    )
    return form, case, [a for a in accounts if a["account"] is None]


def _run_preflight(request: HttpRequest, form: ComposeForm, case: Any) -> PreflightResult:
    d = form.cleaned_data
    result = preflight_for(
        request.user,
        case,
        platform=d["platform"],
        purpose=d["purpose"],
        audience=d["audience"],
        recipients=[str(p) for p in d["recipients"]],
        text=d["text"],
    )
    # Ids and the outcome only: never the text.
    access_event(
        request,
        "preflight",
        "success",
        f"case:{case.pk}" if case else "agency-post",
        decision=result.outcome,
    )
    return result


# --------------------------------------------------------------------------- compose


@role_required()
@require_http_methods(["GET", "POST"])
def compose(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        form, case, not_offered = _compose_form(request)
        return render(
            request,
            "communications/compose.html",
            {"form": form, "case": case, "not_offered": not_offered},
        )
    form, case, not_offered = _compose_form(request, request.POST)
    action = request.POST.get("action", "send")
    context: dict[str, Any] = {"form": form, "case": case, "not_offered": not_offered}
    if action == "choose" or not form.is_valid():
        if action == "choose":
            form = _compose_form(request, {"case": request.POST.get("case", "")})[0]
            context["form"] = form
        return render(request, "communications/compose.html", context)
    try:
        if action == "redact":
            result = _run_preflight(request, form, case)
            if result.screening is not None and result.screening.redacted_text:
                data = request.POST.copy()
                data["text"] = result.screening.redacted_text
                form = _compose_form(request, data)[0]
                form.is_valid()
                result = _run_preflight(request, form, case)
            context.update(form=form, **_decision_context(result, form.cleaned_data["text"]))
            return render(request, "communications/compose.html", context)
        d = form.cleaned_data
        message = services.message_send(
            request.user,
            case,
            platform=d["platform"],
            purpose=d["purpose"],
            audience=d["audience"],
            recipients=[str(p) for p in d["recipients"]],
            text=d["text"],
            acknowledgement=d["acknowledgement"],
        )
    except PreflightInputError as exc:
        context["error"] = str(exc)
        return render(request, "communications/compose.html", context)
    except services.SendRefused as exc:
        context["error"] = str(exc)
        if isinstance(exc, services.AcknowledgementRequired):
            form.add_error("acknowledgement", str(exc))
        context.update(_decision_context(exc.result, form.cleaned_data["text"]))
        return render(request, "communications/compose.html", context, status=422)
    access_event(request, "message_send", "success", f"message:{message.pk}", status=message.status)
    if message.status == Message.Status.PENDING_APPROVAL:
        flash.success(request, "Sent to a supervisor for approval.")
    else:
        flash.success(request, "Sent. Delivery is under way; its outcome shows below.")
    return redirect("communications:message", pk=message.pk)


@role_required()
@require_POST
def compose_preflight(request: HttpRequest) -> HttpResponse:
    """The pre-flight panel alone, for HTMX to refresh while the person types."""
    try:
        form, case, _ = _compose_form(request, request.POST)
    except PreflightInputError as exc:
        return render(request, "communications/_preflight.html", {"error": str(exc)})
    if not form.is_valid():
        return render(request, "communications/_preflight.html", {"incomplete": True})
    try:
        result = _run_preflight(request, form, case)
    except PreflightInputError as exc:
        return render(request, "communications/_preflight.html", {"error": str(exc)})
    return render(
        request,
        "communications/_preflight.html",
        _decision_context(result, form.cleaned_data["text"]),
    )


# --------------------------------------------------------------------------- messages


@role_required()
@require_http_methods(["GET"])
def message_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "communications/message_list.html",
        {
            "messages_list": selectors.messages_for_user(request.user),
            "approvals": selectors.approvals_waiting(request.user),
        },
    )


def _detail_context(request: HttpRequest, message: Message) -> dict[str, Any]:
    user = request.user
    awaiting = message.deliveries.filter(status=Delivery.Status.AWAITING_CONFIRMATION).exists()
    can_confirm = (message.author_id == user.pk or user.role == "communications") and (
        awaiting or (message.is_public and message.status == Message.Status.APPROVED)
    )
    return {
        "message": message,
        "deliveries": list(message.deliveries.all()),
        "approvals": list(message.approvals.select_related("requested_by", "decided_by")),
        "open_approval": message.approvals.filter(state=Approval.State.OPEN).first(),
        "stored_reasons": _stored_reasons(message.decision),
        "confirm_form": ConfirmPostForm(initial={"when": timezone.now().strftime("%Y-%m-%dT%H:%M")})
        if can_confirm
        else None,
        "can_retry": message.status == Message.Status.FAILED and message.author_id == user.pk,
        "resubmit_form": ResubmitForm(initial={"text": message.text})
        if message.status == Message.Status.SENT_BACK and message.author_id == user.pk
        else None,
        "can_open_case": message.case_id is not None
        and case_selectors.case_access_kind(user, message.case) is not None,
    }


@role_required()
@require_http_methods(["GET"])
def message_detail(request: HttpRequest, pk: int) -> HttpResponse:
    message = selectors.message_get(request.user, pk)
    access_event(request, "view", "success", f"message:{message.pk}")
    return render(request, "communications/message_detail.html", _detail_context(request, message))


def _detail_with_error(
    request: HttpRequest, message: Message, error: str, **extra: Any
) -> HttpResponse:
    context = _detail_context(request, message)
    context.update(error=error, **extra)
    return render(request, "communications/message_detail.html", context, status=422)


@role_required()
@require_POST
def message_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    message = selectors.message_get(request.user, pk)
    form = ConfirmPostForm(request.POST)
    if not form.is_valid():
        return _detail_with_error(
            request, message, "Say where and when it was posted.", confirm_form=form
        )
    when = form.cleaned_data["when"]
    if timezone.is_naive(when):
        when = timezone.make_aware(when, dt.UTC)
    try:
        services.post_confirm(request.user, message, where=form.cleaned_data["where"], when=when)
    except services.WorkflowError as exc:
        return _detail_with_error(request, message, str(exc))
    access_event(request, "post_confirm", "success", f"message:{message.pk}")
    flash.success(request, "Recorded where and when it went out.")
    return redirect("communications:message", pk=message.pk)


@role_required()
@require_POST
def message_retry(request: HttpRequest, pk: int) -> HttpResponse:
    message = selectors.message_get(request.user, pk)
    delivery = message.deliveries.filter(status=Delivery.Status.FAILED).first()
    if delivery is None:
        return _detail_with_error(request, message, "There is no failed delivery to retry.")
    try:
        services.delivery_retry(request.user, delivery)
    except services.WorkflowError as exc:
        return _detail_with_error(request, message, str(exc))
    flash.success(request, "Trying again.")
    return redirect("communications:message", pk=message.pk)


@role_required()
@require_POST
def message_resubmit(request: HttpRequest, pk: int) -> HttpResponse:
    message = selectors.message_get(request.user, pk)
    form = ResubmitForm(request.POST)
    if not form.is_valid():
        return _detail_with_error(request, message, "Write the changed post.", resubmit_form=form)
    try:
        services.message_resubmit(request.user, message, text=form.cleaned_data["text"])
    except services.WorkflowError as exc:
        return _detail_with_error(request, message, str(exc), resubmit_form=form)
    flash.success(request, "Sent to a supervisor again.")
    return redirect("communications:message", pk=message.pk)


# --------------------------------------------------------------------------- approvals


@role_required()
@require_http_methods(["GET", "POST"])
def approval_detail(request: HttpRequest, pk: int) -> HttpResponse:
    approval = selectors.approval_get(request.user, pk)
    message = approval.message
    can_decide = approval.state == Approval.State.OPEN and services.can_approve(
        request.user, message
    )
    form = DecideForm(request.POST or None)
    error = ""
    if request.method == "POST":
        if not can_decide:
            raise services.AccessDenied("You may not decide on this post.")
        if form.is_valid():
            approve = request.POST.get("action") == "approve"
            try:
                services.approval_decide(
                    request.user, approval, approve=approve, comment=form.cleaned_data["comment"]
                )
            except services.WorkflowError as exc:
                error = str(exc)
            else:
                access_event(
                    request, "approval", "success", f"message:{message.pk}", approve=approve
                )
                flash.success(request, "Approved." if approve else "Sent back to the author.")
                return redirect("communications:messages")
    # The approver sees the same pre-flight the author saw, run again now.
    result = services.message_preflight(request.user, message, approval="pending")
    context = {
        "approval": approval,
        "message": message,
        "form": form,
        "can_decide": can_decide,
        "error": error,
        **_decision_context(result, message.text),
    }
    return render(request, "communications/approval.html", context, status=422 if error else 200)

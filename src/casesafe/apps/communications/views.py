"""Compose with a live pre-flight and photos, messages and their deliveries, approvals of
posts, and the photos' clean copies (access-checked like the message)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages as flash
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from casesafe.apps.accounts.access import role_required
from casesafe.apps.cases import selectors as case_selectors
from casesafe.apps.checks.photos import annotated_preview
from casesafe.apps.checks.services import highlight
from casesafe.apps.communications import photos as photo_services
from casesafe.apps.communications import selectors, services
from casesafe.apps.communications.forms import (
    ComposeForm,
    ConfirmPostForm,
    DecideForm,
    PhotoUploadForm,
    ResubmitForm,
)
from casesafe.apps.communications.models import Approval, Delivery, Message, MessagePhoto
from casesafe.apps.communications.preflight import (
    PreflightInputError,
    PreflightResult,
    preflight_for,
)
from casesafe.apps.core.audit import access_event
from casesafe.policy import RELATED_TIPS
from casesafe.policy.reasons import REASONS, Code
from casesafe.screening.guidance import get_tip
from casesafe.screening.image import MAX_BYTES

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
        "quality": screening.quality if screening is not None else (),
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


def _run_preflight(
    request: HttpRequest, form: ComposeForm, case: Any, photos: list[MessagePhoto]
) -> PreflightResult:
    d = form.cleaned_data
    recipients = [str(p) for p in d["recipients"]]
    photos = photo_services.photos_current(
        request.user,
        case,
        photos,
        platform=d["platform"],
        audience=d["audience"],
        recipients=recipients,
    )
    result = preflight_for(
        request.user,
        case,
        platform=d["platform"],
        purpose=d["purpose"],
        audience=d["audience"],
        recipients=recipients,
        text=d["text"],
        photos=photo_services.photo_facts(photos),
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


# --------------------------------------------------------------------------- photos

FINDING_WORDS = {
    "metadata": "Hidden photo data (location, device, time or tags)",
    "ocr": "Text in the picture",
    "face": "A face",
}


def _draft_photos(request: HttpRequest, data: QueryDict) -> list[MessagePhoto]:
    """The author's drafts named in the form, with the alt text typed for each (not saved)."""
    photos = selectors.draft_photos(request.user, data.getlist("photo_ids"))
    for photo in photos:
        alt = data.get(f"alt_{photo.pk}")
        if alt is not None:
            photo.alt_text = alt.strip()[:500]
    return photos


def photo_items(
    photos: list[MessagePhoto], explained: dict[int, list[str]] | None = None
) -> list[dict[str, Any]]:
    """Each photo with its clean copy and numbered boxes drawn on it, and its findings.
    Explanations are shown only right after the upload (they are not stored: the GPS one
    names a town)."""
    items = []
    for number, photo in enumerate(photos, start=1):
        words = (explained or {}).get(photo.pk, [])
        findings = [
            {
                "category": f["category"],
                "removed": f["removed"],
                "source": f["source"],
                "text": words[i] if i < len(words) else FINDING_WORDS.get(f["source"], ""),
            }
            for i, f in enumerate(photo.findings)
        ]
        try:
            preview = annotated_preview(
                photo.clean_bytes(),
                [(f["category"], f["box"]) for f in photo.findings],
                photo.width,
                max_side=900,
            )
        except Exception:  # noqa: BLE001 - a preview that cannot be drawn hides nothing
            preview = ""
        style, title = PHOTO_WORDS[photo.decision]
        items.append(
            {
                "number": number,
                "photo": photo,
                "preview": preview,
                "findings": findings,
                "style": style,
                "title": title,
                "reasons": [r for r in photo.reasons if r["decision"] != "allow"],
            }
        )
    return items


PHOTO_WORDS = {
    "allow": ("success", "Clean copy ready"),
    "warn": ("warning", "Warning"),
    "block": ("error", "Blocked"),
}


def _add_photo(
    request: HttpRequest,
    form: ComposeForm,
    upload: PhotoUploadForm,
    case: Any,
    photos: list[MessagePhoto],
    explained: dict[int, list[str]],
) -> bool:
    file = request.FILES.get("photo")
    if file is None:
        upload.add_error("photo", "Choose a photo to add.")
        return False
    if file.size is not None and file.size > MAX_BYTES:
        upload.add_error(
            "photo",
            f"The photo is larger than {MAX_BYTES // (1024 * 1024)} MB. Nothing was kept.",
        )
        return False
    d = form.cleaned_data
    try:
        photo, result = photo_services.photo_attach(
            request.user,
            case,
            data=file.read(),
            platform=d["platform"],
            audience=d["audience"],
            recipients=[str(p) for p in d["recipients"]],
            blur_faces=bool(upload.cleaned_data.get("photo_blur")),
            alt_text=upload.cleaned_data.get("photo_alt") or "",
            already=len(photos),
        )
    except photo_services.PhotoInputError as exc:
        upload.add_error("photo", str(exc))
        access_event(request, "screen_image", "failure", "compose")
        return False
    photos.append(photo)
    explained[photo.pk] = [f.explanation for f in result.findings]
    # Ids and the decision only: never the photo or what it shows.
    access_event(request, "screen_image", "success", f"photo:{photo.pk}", decision=photo.decision)
    return True


# --------------------------------------------------------------------------- compose


def _render_compose(
    request: HttpRequest,
    context: dict[str, Any],
    photos: list[MessagePhoto],
    explained: dict[int, list[str]] | None = None,
    status: int = 200,
) -> HttpResponse:
    context.setdefault("photo_form", PhotoUploadForm())
    context["photos"] = photo_items(photos, explained)
    context["max_photos"] = photo_services.MAX_PHOTOS
    context["room_for_photos"] = len(photos) < photo_services.MAX_PHOTOS
    return render(request, "communications/compose.html", context, status=status)


@role_required()
@require_http_methods(["GET", "POST"])
def compose(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        form, case, not_offered = _compose_form(request)
        return _render_compose(
            request, {"form": form, "case": case, "not_offered": not_offered}, []
        )
    form, case, not_offered = _compose_form(request, request.POST)
    action = request.POST.get("action", "send")
    photos = _draft_photos(request, request.POST)
    for photo in photos:
        photo_services.photo_set_alt(request.user, photo, photo.alt_text)
    removed = request.POST.get("remove_photo", "")
    if removed:
        action = "remove_photo"
    elif request.FILES.get("photo") and action == "send":
        action = "add_photo"  # see the photo's findings before anything is sent
    if action in ("add_photo", "remove_photo"):
        form.fields["text"].required = False  # a photo may come before the words
    upload = (
        PhotoUploadForm(request.POST, request.FILES) if action == "add_photo" else PhotoUploadForm()
    )
    context: dict[str, Any] = {"form": form, "case": case, "not_offered": not_offered}
    explained: dict[int, list[str]] = {}
    if action == "remove_photo":
        for photo in [p for p in photos if str(p.pk) == removed]:
            photo_services.photo_remove(request.user, photo)
            photos.remove(photo)
        return _render_compose(request, context, photos)
    if action == "choose" or not form.is_valid():
        if action == "choose":
            form = _compose_form(request, {"case": request.POST.get("case", "")})[0]
            context["form"] = form
            photos = []
        return _render_compose(request, context, photos)
    try:
        if action == "add_photo":
            if not upload.is_valid() or not _add_photo(
                request, form, upload, case, photos, explained
            ):
                context["photo_form"] = upload
                return _render_compose(request, context, photos, status=422)
            if form.cleaned_data["text"]:
                result = _run_preflight(request, form, case, photos)
                context.update(_decision_context(result, form.cleaned_data["text"]))
            return _render_compose(request, context, photos, explained)
        if action == "redact":
            result = _run_preflight(request, form, case, photos)
            if result.screening is not None and result.screening.redacted_text:
                data = request.POST.copy()
                data["text"] = result.screening.redacted_text
                form = _compose_form(request, data)[0]
                form.is_valid()
                result = _run_preflight(request, form, case, photos)
            context.update(form=form, **_decision_context(result, form.cleaned_data["text"]))
            return _render_compose(request, context, photos)
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
            photos=photos,
        )
    except PreflightInputError as exc:
        context["error"] = str(exc)
        return _render_compose(request, context, photos)
    except services.SendRefused as exc:
        context["error"] = str(exc)
        if isinstance(exc, services.AcknowledgementRequired):
            form.add_error("acknowledgement", str(exc))
        context.update(_decision_context(exc.result, form.cleaned_data["text"]))
        return _render_compose(request, context, photos, status=422)
    except services.WorkflowError as exc:
        context["error"] = str(exc)
        return _render_compose(request, context, photos, status=422)
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
        result = _run_preflight(request, form, case, _draft_photos(request, request.POST))
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
        "message_photos": list(message.photos.all()),
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
        "message_photos": list(message.photos.all()),
        **_decision_context(result, message.text),
    }
    return render(request, "communications/approval.html", context, status=422 if error else 200)


# --------------------------------------------------------------------------- photo files


@role_required()
@require_http_methods(["GET"])
def photo_file(request: HttpRequest, pk: int) -> HttpResponse:
    """A photo's clean copy (the only copy there is), for whoever may see its message."""
    photo = selectors.photo_get(request.user, pk)
    download = request.GET.get("download") == "1"
    if download:
        access_event(request, "photo_download", "success", f"photo:{photo.pk}")
    response = HttpResponse(photo.clean_bytes(), content_type=photo.mime)
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{photo.filename}"'
    response["Cache-Control"] = "no-store"
    return response

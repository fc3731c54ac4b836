"""The "Check a message" page for staff and the public "check before you post" page."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from casesafe.apps.accounts.access import role_required
from casesafe.apps.checks import services
from casesafe.apps.checks.forms import CheckMessageForm, PublicCheckForm
from casesafe.apps.core.audit import access_event

DECISION_WORDS = {
    "block": ("error", "Blocked: this would expose the child or family", "Don't post this yet"),
    "warn": ("warning", "Warning: check before it goes out", "Think twice before posting"),
    "allow": ("success", "No identifying details found", "Looks OK to post"),
}


def _context(text: str, result: Any, public: bool = False) -> dict[str, Any]:
    style, staff_title, public_title = DECISION_WORDS[result.decision.value]
    return {
        "result": result,
        "decision_style": style,
        "decision_title": public_title if public else staff_title,
        "segments": services.highlight(text, result),
        "tips": services.tips_for(result),
    }


@role_required()
@require_http_methods(["GET", "POST"])
def check_message(request: HttpRequest) -> HttpResponse:
    form = CheckMessageForm(request.POST or None, case_choices=services.case_choices(request.user))
    context: dict[str, Any] = {"form": form}
    if request.method == "POST":
        context.update(_run(request, form))
    return render(request, "checks/check_message.html", context)


@role_required()
@require_http_methods(["POST"])
def check_message_result(request: HttpRequest) -> HttpResponse:
    """The result panel alone, for HTMX to refresh while the person types."""
    form = CheckMessageForm(request.POST, case_choices=services.case_choices(request.user))
    return render(request, "checks/_result.html", _run(request, form))


def _run(request: HttpRequest, form: CheckMessageForm) -> dict[str, Any]:
    if not form.is_valid():
        return {"form": form, "form_invalid": True}
    try:
        case = services.case_for_check(
            request.user, form.cleaned_data["case"], form.cleaned_data["case_file"]
        )
        text = form.cleaned_data["text"]
        result = services.text_check(
            text, form.cleaned_data["audience"], case, agency=request.user.agency
        )  # type: ignore[union-attr]
    except services.CheckInputError as exc:
        return {"form": form, "input_error": str(exc)}
    # The access log records that a check ran and its outcome — never the text.
    access_event(request, "screen_text", "success", f"decision:{result.decision.value}")
    return {"form": form, **_context(text, result)}


@role_required()
@require_http_methods(["GET", "POST"])
def check_photo(request: HttpRequest) -> HttpResponse:
    """Upload a photo, see what it gives away, download a clean copy. Nothing is stored."""
    from casesafe.apps.checks.forms import CheckPhotoForm
    from casesafe.apps.checks.photos import photo_check

    form = CheckPhotoForm(
        request.POST or None,
        request.FILES or None,
        case_choices=services.case_choices(request.user),
    )
    context: dict[str, Any] = {"form": form}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["photo"]
        try:
            if upload.size > MAX_PHOTO_BYTES:
                raise services.CheckInputError(
                    f"The photo is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB."
                )
            case = services.case_for_check(request.user, form.cleaned_data["case"], None)
            check = photo_check(
                upload.read(),
                audience=form.cleaned_data["audience"],
                case=case,
                agency=request.user.agency,  # type: ignore[union-attr]
                consented_faces=form.cleaned_data["consented_faces"],
                blur_faces=form.cleaned_data["blur_faces"],
                redact=form.cleaned_data["redact"],
            )
        except services.CheckInputError as exc:
            context["input_error"] = str(exc)
        else:
            access_event(
                request, "screen_image", "success", f"decision:{check.result.decision.value}"
            )
            style, title, _ = DECISION_WORDS[check.result.decision.value]
            context.update(
                {
                    "check": check,
                    "result": check.result,
                    "decision_style": style,
                    "decision_title": title,
                }
            )
    return render(request, "checks/check_photo.html", context)


MAX_PHOTO_BYTES = 25 * 1024 * 1024  # the engine's own limit (screening.image.MAX_BYTES)
PUBLIC_LIMIT = 30  # checks per address per 10 minutes
PUBLIC_WINDOW = 600


def _over_limit(request: HttpRequest) -> bool:
    ip = request.META.get("REMOTE_ADDR", "")
    # Only a keyed digest of the address is held, for ten minutes, to count requests.
    key = "public-check:" + hashlib.sha256(f"{settings.SECRET_KEY}|{ip}".encode()).hexdigest()[:32]
    count = cache.get_or_set(key, 0, PUBLIC_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, PUBLIC_WINDOW)
        count = 1
    return bool(count > PUBLIC_LIMIT)


@never_cache
@require_http_methods(["GET", "POST"])
def public_check(request: HttpRequest) -> HttpResponse:
    """For youth and caregivers: no sign-in, nothing stored, nothing logged."""
    form = PublicCheckForm(request.POST or None)
    context: dict[str, Any] = {"form": form}
    if request.method == "POST":
        if _over_limit(request):
            return render(
                request, "checks/public_check.html", {**context, "too_many": True}, status=429
            )
        if form.is_valid():
            text = form.cleaned_data["text"]
            try:
                result = services.text_check(text, "public")
            except services.CheckInputError as exc:
                context["input_error"] = str(exc)
            else:
                context.update(_context(text, result, public=True))
    return render(request, "checks/public_check.html", context)

"""Sign-in, two-step verification, enrolment, the person's own account page."""

from __future__ import annotations

import io

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token

from casesafe.apps.accounts import services
from casesafe.apps.accounts.forms import ApiTokenForm, OtpForm
from casesafe.apps.core.audit import access_event


class SignInView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):  # type: ignore[no-untyped-def]
        context = super().get_context_data(**kwargs)
        context["expired"] = self.request.GET.get("expired") == "1"
        return context


class SignOutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or "/"
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/"


@login_required
def mfa_verify(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not user.has_mfa:  # type: ignore[union-attr]
        return redirect("accounts:mfa-enrol")
    form = OtpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["token"].strip().replace(" ", ""))
        if device is not None:
            otp_login(request, device)
            access_event(request, "mfa_verify", "success", f"user:{user.pk}")
            return redirect(_next_url(request))
        access_event(request, "mfa_verify", "failure", f"user:{user.pk}")
        form.add_error(
            "token", "That code did not work. Codes can be used only once; wait for the next one."
        )
    return render(request, "accounts/mfa_verify.html", {"form": form, "next": _next_url(request)})


def _qr_svg(uri: str) -> str:
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg") :]  # drop the XML declaration so it can sit inline


@login_required
def mfa_enrol(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.has_mfa and not user.is_verified():  # type: ignore[union-attr]
        # Replacing a second factor needs the current one first.
        return redirect("accounts:mfa-verify")
    form = OtpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = services.mfa_enrol_confirm(user, form.cleaned_data["token"])  # type: ignore[arg-type]
        except services.AccountError as exc:
            form.add_error("token", str(exc))
        else:
            otp_login(request, enrolment.device)
            from django.contrib.auth import update_session_auth_hash

            update_session_auth_hash(request, user)  # keep this session, end the others
            access_event(request, "mfa_enrol", "success", f"user:{user.pk}")
            return render(
                request, "accounts/recovery_codes.html", {"codes": enrolment.recovery_codes}
            )
    device = services.mfa_enrol_start(user)  # type: ignore[arg-type]
    return render(
        request,
        "accounts/mfa_enrol.html",
        {"form": form, "qr_svg": _qr_svg(device.config_url), "secret": _b32(device.bin_key)},
    )


def _b32(key: bytes) -> str:
    import base64

    return base64.b32encode(key).decode().rstrip("=")


@login_required
def account(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm()
    new_token = None
    if request.method == "POST":
        form = ApiTokenForm(request.POST)
        if form.is_valid():
            try:
                token, new_token = services.api_token_create(
                    request.user, form.cleaned_data["name"]
                )  # type: ignore[arg-type]
            except services.AccountError as exc:
                form.add_error("name", str(exc))
            else:
                access_event(request, "api_token_create", "success", f"token:{token.pk}")
                form = ApiTokenForm()
    tokens = request.user.api_tokens.all()  # type: ignore[union-attr]
    return render(
        request, "accounts/account.html", {"form": form, "tokens": tokens, "new_token": new_token}
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        token = services.api_token_revoke(request.user, token_id)  # type: ignore[arg-type]
    except services.AccountError:
        messages.error(request, "That token does not exist or is not yours.")
    else:
        access_event(request, "api_token_revoke", "success", f"token:{token.pk}")
        messages.success(
            request, f"Token “{token.name}” is revoked. Anything using it will stop working."
        )
    return redirect("accounts:account")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = "/accounts/"

    def form_valid(self, form):  # type: ignore[no-untyped-def]
        response = super().form_valid(form)
        user = form.user
        user.rotate_security_stamp()
        from django.contrib.auth import update_session_auth_hash

        update_session_auth_hash(self.request, user)
        access_event(self.request, "password_change", "success", f"user:{user.pk}")
        messages.success(
            self.request, "Your password is changed. Every other session of yours was signed out."
        )
        return response


class PasswordResetView(auth_views.PasswordResetView):
    """Reset by e-mail. The link works once and for at most an hour (PASSWORD_RESET_TIMEOUT);
    the page says the same thing whether or not the address is known."""

    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = "/accounts/password/reset/sent/"


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = "/accounts/password/reset/done/"

    def form_valid(self, form):  # type: ignore[no-untyped-def]
        response = super().form_valid(form)
        form.user.rotate_security_stamp()  # a reset ends every session of the person
        access_event(
            self.request, "password_reset", "success", f"user:{form.user.pk}", actor=form.user
        )
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"

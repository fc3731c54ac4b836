"""Writes for people, second factors and API tokens (HackSoft style: `<entity>_<action>`)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from casesafe.apps.accounts.models import ApiToken, User

RECOVERY_CODE_COUNT = 10
TOKEN_PREFIX = "cs_"  # noqa: S105 - a public marker, not a secret


class AccountError(Exception):
    """A refused change, with a message fit to show the person."""


@transaction.atomic
def user_create(
    *, agency: Any, username: str, password: str, role: str, unit: Any = None, **fields: Any
) -> User:
    user = User(agency=agency, username=username, role=role, unit=unit, **fields)
    validate_password(password, user)
    user.set_password(password)
    user.save()
    return user


@transaction.atomic
def user_deactivate(user: User) -> None:
    user.is_active = False
    user.save(update_fields=["is_active"])
    user.rotate_security_stamp()


def _totp_device(user: User, *, confirmed: bool) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).order_by("-pk").first()


@transaction.atomic
def mfa_enrol_start(user: User) -> TOTPDevice:
    """An unconfirmed authenticator-app device; it counts only once a code confirms it."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


@dataclass(frozen=True)
class Enrolment:
    device: TOTPDevice
    recovery_codes: list[str]


@transaction.atomic
def mfa_enrol_confirm(user: User, token: str) -> Enrolment:
    device = _totp_device(user, confirmed=False)
    if device is None:
        raise AccountError("Start the set-up again: no authenticator is waiting for confirmation.")
    if not device.verify_token(token.strip().replace(" ", "")):
        raise AccountError(
            "That code did not match. Check the time on your phone and try the newest code."
        )
    TOTPDevice.objects.filter(user=user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save()
    codes = mfa_recovery_codes_reset(user)
    # A change of second factor ends every other session of this person.
    user.rotate_security_stamp()
    return Enrolment(device=device, recovery_codes=codes)


@transaction.atomic
def mfa_recovery_codes_reset(user: User) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def _hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@transaction.atomic
def api_token_create(user: User, name: str) -> tuple[ApiToken, str]:
    """Returns the token and its secret; the secret is shown once and never stored."""
    name = name.strip()
    if not name or len(name) > 100:
        raise AccountError(
            "Give the token a name of 1 to 100 characters, e.g. the script that will use it."
        )
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=raw[:10], token_hash=_hash_token(raw)
    )
    return token, raw


@transaction.atomic
def api_token_revoke(user: User, token_id: int) -> ApiToken:
    token = ApiToken.objects.select_for_update().filter(user=user, pk=token_id).first()
    if token is None:
        raise AccountError("No such token.")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def api_token_authenticate(raw: str) -> User | None:
    if not raw or not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=_hash_token(raw), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user

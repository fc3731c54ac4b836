"""People, their roles and their personal API tokens."""

from __future__ import annotations

import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone


class Role(models.TextChoices):
    CASEWORKER = "caseworker", "Caseworker"
    SUPERVISOR = "supervisor", "Supervisor"
    COMMUNICATIONS = "communications", "Communications / recruitment"
    ADMINISTRATOR = "administrator", "Agency administrator"


MFA_REQUIRED_ROLES = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})


def new_security_stamp() -> str:
    return secrets.token_hex(16)


class User(AbstractUser):
    agency = models.ForeignKey(
        "agencies.Agency", on_delete=models.PROTECT, null=True, related_name="users"
    )
    unit = models.ForeignKey(
        "agencies.Unit", on_delete=models.SET_NULL, null=True, blank=True, related_name="members"
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.CASEWORKER)
    # Part of the session hash: rotating it ends every session of this user at once
    # (sign-out, password or MFA change, deactivation).
    security_stamp = models.CharField(max_length=32, default=new_security_stamp, editable=False)

    class Meta:
        ordering = ["username"]

    @property
    def mfa_required(self) -> bool:
        return self.role in MFA_REQUIRED_ROLES or self.is_superuser

    @property
    def has_mfa(self) -> bool:
        from django_otp import devices_for_user

        return any(True for _ in devices_for_user(self, confirmed=True))

    def get_session_auth_hash(self) -> str:
        from django.utils.crypto import salted_hmac

        return salted_hmac(
            "casesafe.session",
            f"{self.password}|{self.security_stamp}|{self.is_active}",
            algorithm="sha256",
        ).hexdigest()

    def rotate_security_stamp(self) -> None:
        self.security_stamp = new_security_stamp()
        self.save(update_fields=["security_stamp"])


class ApiToken(models.Model):
    """A personal API token: shown once, stored as a SHA-256 hash, revocable."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12, db_index=True)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

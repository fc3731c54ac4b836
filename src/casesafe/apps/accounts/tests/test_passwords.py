"""security.md 2: argon2, length rules tied to MFA, no composition rules, common list."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from casesafe.apps.accounts.models import User


@pytest.mark.parametrize(
    ("role", "password", "ok"),
    [
        (
            "caseworker",
            "a" * 3 + "lowercasephrase",
            True,
        ),  # 18 chars, lowercase only: no composition rule
        ("caseworker", "fourteenchars!", False),  # 14 < 15 without MFA
        ("caseworker", "justfifteenchar", True),
        ("supervisor", "eightchr", True),  # MFA is mandatory for supervisors
        ("supervisor", "sevench", False),
        ("caseworker", "x" * 64, True),
        ("caseworker", "x" * 65, False),
    ],
)
def test_length_rules(db, role, password, ok):
    user = User(username="someone", role=role)
    if ok:
        validate_password(password, user)
    else:
        with pytest.raises(ValidationError):
            validate_password(password, user)


def test_common_passwords_are_refused(db):
    with pytest.raises(ValidationError, match="too common"):
        validate_password("1q2w3e4r5t6y7u8i9o0p", User(username="someone", role="caseworker"))


def test_passwords_are_stored_with_argon2(people):
    assert people["alice"].password.startswith("argon2$argon2id$")


def test_caseworker_with_mfa_may_use_eight_characters(people):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    alice = people["alice"]
    with pytest.raises(ValidationError):
        validate_password("eightchr", alice)
    TOTPDevice.objects.create(user=alice, name="phone", confirmed=True)
    validate_password("eightchr", alice)

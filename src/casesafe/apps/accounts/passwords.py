"""Password rules of security.md 2: length, not composition.

At least 8 characters for someone who signs in with a second factor, 15 for someone who
does not; up to 64; Django's common-password list is checked by its own validator.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.hashers import Argon2PasswordHasher
from django.core.exceptions import ValidationError

MIN_WITH_MFA = 8
MIN_WITHOUT_MFA = 15
MAX_LENGTH = 64


def minimum_length_for(user: Any) -> int:
    if user is None:
        return MIN_WITHOUT_MFA
    with_mfa = getattr(user, "mfa_required", False) or (
        user.pk is not None and getattr(user, "has_mfa", False)
    )
    return MIN_WITH_MFA if with_mfa else MIN_WITHOUT_MFA


class LengthForMfaValidator:
    def validate(self, password: str, user: Any = None) -> None:
        minimum = minimum_length_for(user)
        if len(password) < minimum:
            raise ValidationError(
                f"Use at least {minimum} characters"
                + (
                    " (8 are enough once two-step sign-in is on)."
                    if minimum == MIN_WITHOUT_MFA
                    else "."
                ),
                code="password_too_short",
            )
        if len(password) > MAX_LENGTH:
            raise ValidationError(f"Use at most {MAX_LENGTH} characters.", code="password_too_long")

    def get_help_text(self) -> str:
        return (
            f"Between {MIN_WITH_MFA} and {MAX_LENGTH} characters with two-step sign-in, "
            f"at least {MIN_WITHOUT_MFA} without. A long phrase you can remember works well; "
            "no need for symbols or digits."
        )


class FastArgon2PasswordHasher(Argon2PasswordHasher):
    """Tests only: the same algorithm and encoding with a low cost."""

    time_cost = 1
    memory_cost = 64
    parallelism = 1

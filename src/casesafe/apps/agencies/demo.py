"""The demo agency: the same every time `make run` starts.

"Demo County Children's Services" with two units and five people, and "Other County"
with one caseworker to prove that nothing crosses between agencies. Passwords are made
once and kept in var/demo-credentials.json (mode 0600); running again reuses them.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from casesafe.apps.accounts.models import Role, User
from casesafe.apps.agencies.models import Agency, Unit

DEMO_AGENCY = ("demo-county", "Demo County Children's Services")
OTHER_AGENCY = ("other-county", "Other County")

# username, first, last, role, unit name, agency
DEMO_PEOPLE = [
    ("caseworker", "Casey", "Worker", Role.CASEWORKER, "Family Services Unit A", DEMO_AGENCY),
    ("caseworker2", "Jordan", "Rivera", Role.CASEWORKER, "Family Services Unit B", DEMO_AGENCY),
    ("supervisor", "Sam", "Supervisor", Role.SUPERVISOR, "Family Services Unit A", DEMO_AGENCY),
    ("comms", "Robin", "Communications", Role.COMMUNICATIONS, None, DEMO_AGENCY),
    ("admin", "Alex", "Administrator", Role.ADMINISTRATOR, None, DEMO_AGENCY),
    ("other", "Olive", "Other", Role.CASEWORKER, "Other County Intake", OTHER_AGENCY),
]
DEMO_UNITS = {
    DEMO_AGENCY: ["Family Services Unit A", "Family Services Unit B"],
    OTHER_AGENCY: ["Other County Intake"],
}


def _password() -> str:
    # Four random words' worth of entropy without a word list: 20 url-safe characters.
    return secrets.token_urlsafe(15)


def credentials_path() -> Path:
    return Path(
        os.environ.get("CASESAFE_DEMO_CREDENTIALS", settings.VAR_DIR / "demo-credentials.json")
    )


def _load(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return {
        u["username"]: u for u in data.get("users", []) if isinstance(u, dict) and "username" in u
    }


@transaction.atomic
def demo_agency_setup(path: Path | None = None) -> dict[str, Any]:
    """Create or refresh the demo agencies and people; returns what was written to `path`."""
    if not settings.CASESAFE_DEMO:
        raise RuntimeError(
            "The demo agency is only available when CASESAFE_DEMO is on (never in production)."
        )
    path = path or credentials_path()
    known = _load(path)
    agencies: dict[tuple[str, str], Agency] = {}
    units: dict[str, Unit] = {}
    for key, unit_names in DEMO_UNITS.items():
        agency, _ = Agency.objects.get_or_create(slug=key[0], defaults={"name": key[1]})
        agencies[key] = agency
        for name in unit_names:
            units[name], _ = Unit.objects.get_or_create(agency=agency, name=name)
    users_out = []
    for username, first, last, role, unit_name, agency_key in DEMO_PEOPLE:
        user = User.objects.filter(username=username).first()
        entry = known.get(username, {})
        password = entry.get("password")
        if user is None:
            user = User(username=username)
        user.first_name, user.last_name, user.role = first, last, role
        user.agency = agencies[agency_key]
        user.unit = units.get(unit_name) if unit_name else None
        user.email = f"{username}@{agency_key[0]}.example.org"
        user.is_active = True
        user.is_staff = role == Role.ADMINISTRATOR
        if not password or not user.pk or not user.check_password(password):
            password = _password()
            user.set_password(password)
        user.save()
        record: dict[str, Any] = {
            "username": username,
            "password": password,
            "role": role.value,
            "agency": agency_key[1],
        }
        if user.mfa_required:
            record["totp_secret"] = _demo_totp(user, entry.get("totp_secret"))
        users_out.append(record)
    supervisor = User.objects.get(username="supervisor")
    units["Family Services Unit A"].supervisors.add(supervisor)
    units["Family Services Unit B"].supervisors.add(supervisor)
    data = {"agency": DEMO_AGENCY[1], "login_url": "/accounts/login/", "users": users_out}
    _write_private(path, json.dumps(data, indent=2) + "\n")
    from casesafe.apps.agencies import demo_hooks

    demo_hooks.run_all(agencies[DEMO_AGENCY], agencies[OTHER_AGENCY])
    return data


def _demo_totp(user: User, known_secret: str | None) -> str:
    import base64

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if (
        device is not None
        and known_secret
        and base64.b32encode(device.bin_key).decode().rstrip("=") == known_secret
    ):
        return known_secret
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name="Demo authenticator", confirmed=True)
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)

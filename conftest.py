"""Shared fixtures: the people of every access test.

Alice may (caseworker in unit A of agency One), Bob is in the same agency without the
right (unit B), Charlie is in another agency (healthchecks' hc/test.py habit). Sam
supervises unit A, Ada administers agency One. Django is imported lazily so that the
framework-free suites can run with `-p no:django`.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from casesafe.apps.core.testing import PASSWORD


@pytest.fixture(autouse=True, scope="session")
def _flush_may_clear_the_record() -> Any:
    """The record's tables refuse DELETE and TRUNCATE (append-only triggers). Django's
    flush between transactional tests is the one caller allowed through."""
    try:
        from django.conf import settings

        configured = settings.configured
    except ImportError:
        configured = False
    if not configured:
        yield
        return
    from django.core.management.commands import flush

    original = flush.Command.handle

    def handle(self: Any, *args: Any, **options: Any) -> Any:
        from casesafe.apps.records.guard import rewrite_allowed

        with rewrite_allowed(options.get("database", "default")):
            return original(self, *args, **options)

    flush.Command.handle = handle  # type: ignore[method-assign]
    yield
    flush.Command.handle = original  # type: ignore[method-assign]


@pytest.fixture
def agencies(db: Any) -> dict[str, Any]:
    from casesafe.apps.agencies.models import Agency, Unit

    one = Agency.objects.create(slug="one", name="Agency One")
    two = Agency.objects.create(slug="two", name="Agency Two")
    return {
        "one": one,
        "two": two,
        "unit_a": Unit.objects.create(agency=one, name="Unit A"),
        "unit_b": Unit.objects.create(agency=one, name="Unit B"),
        "unit_x": Unit.objects.create(agency=two, name="Unit X"),
    }


def _make(username: str, role: str, agency: Any, unit: Any) -> Any:
    from casesafe.apps.accounts.models import User

    user = User(username=username, role=role, agency=agency, unit=unit, first_name=username.title())
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def people(agencies: dict[str, Any]) -> dict[str, Any]:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    a = agencies
    crew = {
        "alice": _make("alice", "caseworker", a["one"], a["unit_a"]),
        "bob": _make("bob", "caseworker", a["one"], a["unit_b"]),
        "charlie": _make("charlie", "caseworker", a["two"], a["unit_x"]),
        "sam": _make("sam", "supervisor", a["one"], a["unit_a"]),
        "ada": _make("ada", "administrator", a["one"], None),
        "cora": _make("cora", "communications", a["one"], None),
        "zed": _make("zed", "administrator", a["two"], None),
    }
    a["unit_a"].supervisors.add(crew["sam"])
    for name in ("sam", "ada", "zed"):
        TOTPDevice.objects.create(user=crew[name], name="test", confirmed=True)
    return crew


@pytest.fixture
def signed_in(client: Any) -> Any:
    """`signed_in(user)` returns a test client with a full sign-in (MFA done where needed)."""
    from django.test import Client

    def sign_in(user: Any) -> Any:
        c = Client()
        c.force_login(user)
        if user.mfa_required or user.has_mfa:
            from django_otp.plugins.otp_totp.models import TOTPDevice

            device = TOTPDevice.objects.get(user=user, confirmed=True)
            session = c.session
            session["otp_device_id"] = device.persistent_id
            session.save()
        return c

    return sign_in


@pytest.fixture(scope="session")
def browser() -> Any:
    """Debian's Chromium driven by Playwright (no browser download)."""
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CASESAFE_CHROMIUM", "/usr/bin/chromium")
    if not os.path.exists(executable):
        pytest.fail(
            f"Chromium not found at {executable}: run `make test` (it installs it) or apt-get install chromium"
        )
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Any:
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()

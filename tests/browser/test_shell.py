"""The foundation as a person uses it: sign in, look around, sign out — in Chromium, with axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from casesafe.apps.core.testing import PASSWORD, axe_serious, totp_now

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(page, live_server, username):
    page.goto(f"{live_server.url}/")
    assert page.url.endswith("/accounts/login/?next=/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_caseworker_signs_in_navigates_and_signs_out(page, live_server, people):
    page.goto(f"{live_server.url}/accounts/login/")
    assert axe_serious(page) == []
    _sign_in(page, live_server, "alice")
    page.wait_for_url(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Welcome, Alice")).to_be_visible()
    expect(page.get_by_role("heading", name="My cases")).to_be_visible()
    assert axe_serious(page) == []

    page.get_by_role("link", name="My account (alice)").click()
    page.wait_for_url(f"{live_server.url}/accounts/")
    expect(page.get_by_role("heading", name="Personal API tokens")).to_be_visible()
    page.get_by_label("What will use this token?").fill("my script")
    page.get_by_role("button", name="Create token").click()
    assert page.get_by_test_id("new-token").inner_text().startswith("cs_")
    assert axe_serious(page) == []

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{live_server.url}/accounts/login/")
    page.goto(f"{live_server.url}/")
    assert "/accounts/login/" in page.url


def test_supervisor_needs_the_second_step(page, live_server, people):
    _sign_in(page, live_server, "sam")
    page.wait_for_url("**/accounts/mfa/verify/?next=*")
    assert axe_serious(page) == []
    page.get_by_label("Six-digit code").fill(totp_now(people["sam"]))
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Waiting for your approval")).to_be_visible()


def test_wrong_password_shows_an_accessible_error(page, live_server, people):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("definitely not it")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert axe_serious(page) == []

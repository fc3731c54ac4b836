"""Screening pages as people use them: staff live check and the public self-check."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from casesafe.apps.core.testing import PASSWORD, axe_serious

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_check_a_message_updates_while_typing(page, live_server, people):
    page.goto(f"{live_server.url}/accounts/login/?next=/check-message/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/check-message/")
    box = page.get_by_label("Your message or post")
    box.press_sequentially("Join us at the Central Public Library on Saturday!", delay=5)
    decision = page.get_by_test_id("decision")
    decision.wait_for()
    assert decision.get_attribute("data-decision") == "allow"
    box.fill("")
    box.press_sequentially("Meet Darnell Hughes, 12, from Westbrook Middle School", delay=5)
    page.wait_for_selector('[data-testid=decision][data-decision="block"]')
    assert "Darnell" not in page.get_by_test_id("redacted").inner_text()
    assert page.locator("mark.casesafe-finding").count() >= 3
    expect(page.get_by_role("region", name="Tip: Keep names out of public posts")).to_be_visible()
    assert axe_serious(page) == []


def test_public_self_check_without_sign_in(page, live_server, db):
    from django.core.cache import cache

    cache.clear()  # the rate limit counts per address, and every test comes from 127.0.0.1
    page.goto(f"{live_server.url}/check")
    assert axe_serious(page) == []
    page.get_by_label("What do you want to post?").fill(
        "Ugh, my caseworker at 555-201-3344 says court is Tuesday"
    )
    page.get_by_role("button", name="Check my post").click()
    decision = page.get_by_test_id("decision")
    assert decision.get_attribute("data-decision") == "block"
    expect(page.get_by_role("heading", name="Don't post this yet")).to_be_visible()
    assert axe_serious(page) == []

"""Issue 5 acceptance, as the caseworker does it: open DEMO-1, see the court order and the
missing Messenger consent at a glance, record a consent with a signed form, revoke it,
and find both in the case record — in Chromium, with axe on every page."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from casesafe.apps.core.testing import axe_serious, totp_now

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def demo(tmp_path):
    from casesafe.apps.agencies.demo import demo_agency_setup

    path = tmp_path / "creds.json"
    demo_agency_setup(path)
    return {u["username"]: u["password"] for u in json.loads(path.read_text())["users"]}


def test_caseworker_works_demo_1(page, live_server, demo):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("caseworker")
    page.get_by_label("Password").fill(demo["caseworker"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/")

    page.get_by_role("link", name="DEMO-1").first.click()
    page.wait_for_url("**/cases/*/")
    expect(page.get_by_role("heading", name="Case DEMO-1")).to_be_visible()
    boundary = page.get_by_test_id("boundary")
    expect(boundary).to_be_visible()
    text = " ".join(boundary.inner_text().split())
    assert "Ricardo Gonzalez (father) may not contact Tyler Gonzalez (child) on any channel" in text
    assert "until 2027-06-30" in text and "Court order" in text
    grid = page.get_by_test_id("contact-grid")
    maria = grid.get_by_role("row").filter(has_text="Maria Gonzalez")
    refused = " ".join(maria.get_by_role("cell").nth(1).inner_text().split())
    assert "Facebook Messenger (scheduling): Maria Gonzalez has not consented" in refused
    allowed = maria.get_by_role("cell").nth(0).inner_text()
    assert "Agency email" in allowed and "Doxy.me" in allowed
    assert axe_serious(page) == []

    # From the case, "Write a message" opens compose with the case chosen.
    page.get_by_role("link", name="Write a message in case DEMO-1").click()
    page.wait_for_url("**/messages/compose/?case=*")
    expect(page.get_by_label("Maria Gonzalez (Mother)")).to_be_visible()
    page.go_back()
    page.wait_for_url("**/cases/*/")

    page.get_by_role("link", name="Record a consent").click()
    page.wait_for_url("**/consents/add/")
    assert axe_serious(page) == []
    page.get_by_label("Consent for").select_option(label="Maria Gonzalez (Mother)")
    # USWDS draws its own radios and checkboxes: people click the label.
    page.get_by_text("The person themselves", exact=True).click()
    page.get_by_label("Given by", exact=True).select_option(label="Maria Gonzalez (Mother)")
    page.get_by_role("group", name="Channels").get_by_text("SMS text message", exact=True).click()
    page.get_by_role("group", name="Purposes").get_by_text("Scheduling", exact=True).click()
    assert page.get_by_label("The person themselves").is_checked()
    page.get_by_label("Date signed").fill("2026-02-10")
    page.locator("input[type=file][name=evidence]").set_input_files(
        {"name": "signed-form.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/cases/*/")
    expect(page.get_by_text("Consent recorded.")).to_be_visible()
    consents = page.get_by_test_id("consents")
    row = (
        consents.get_by_role("row")
        .filter(has_text="SMS text message")
        .filter(has_text="2026-02-10")
    )
    expect(row.get_by_text("In force")).to_be_visible()
    assert row.get_by_role("link", name="Download").count() == 1

    row.get_by_role("link", name="Revoke").click()
    page.wait_for_url("**/revoke/")
    assert axe_serious(page) == []
    page.get_by_label("Revoked on").fill("2026-03-01")
    page.get_by_label("Reason").fill("Maria asked us to use email only.")
    page.get_by_role("button", name="Revoke consent").click()
    page.wait_for_url("**/cases/*/")
    row = (
        consents.get_by_role("row")
        .filter(has_text="SMS text message")
        .filter(has_text="2026-02-10")
    )
    expect(row.get_by_text("Revoked")).to_be_visible()
    assert "email only" in row.inner_text()
    assert axe_serious(page) == []

    page.get_by_role("link", name="Case record").click()
    page.wait_for_url("**/record/")
    body = page.locator("main").inner_text()
    assert "consent.recorded" in body and "consent.revoked" in body
    assert axe_serious(page) == []


def test_caseworker2_needs_a_reason(page, live_server, demo):
    from casesafe.apps.cases.models import Case

    case = Case.objects.get(reference="DEMO-1")
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("caseworker2")
    page.get_by_label("Password").fill(demo["caseworker2"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/")
    response = page.goto(f"{live_server.url}/cases/{case.pk}/")
    assert response.status == 403
    assert "Tyler" not in page.content()
    page.get_by_role("link", name="Open with a reason").click()
    assert axe_serious(page) == []
    page.get_by_label("Why do you need this case now?").fill(
        "Covering for Casey during an emergency placement tonight."
    )
    page.get_by_role("button", name="Open the case").click()
    page.wait_for_url(f"{live_server.url}/cases/{case.pk}/")
    expect(page.get_by_role("heading", name="Case DEMO-1")).to_be_visible()
    expect(page.get_by_text("You opened this case outside your caseload")).to_be_visible()

    # The supervisor of the unit sees it on the dashboard and reviews it.
    page.context.clear_cookies()
    _sign_in_with_code(page, live_server, "supervisor", demo["supervisor"])
    panel = page.get_by_role("region", name="Cases opened outside a caseload")
    panel.get_by_role("link", name="DEMO-1 opened by caseworker2").click()
    expect(
        page.get_by_text("Covering for Casey during an emergency placement tonight.")
    ).to_be_visible()
    assert axe_serious(page) == []
    page.get_by_role("button", name="Mark as reviewed").click()
    page.wait_for_url(f"{live_server.url}/")
    expect(page.get_by_text("Marked as reviewed.")).to_be_visible()


def _sign_in_with_code(page, live_server, username, password):
    from casesafe.apps.accounts.models import User

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/accounts/mfa/verify/**")
    page.get_by_label("Six-digit code").fill(totp_now(User.objects.get(username=username)))
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(f"{live_server.url}/")


def test_administrator_policy_page_refuses_a_broken_policy(page, live_server, demo):
    _sign_in_with_code(page, live_server, "admin", demo["admin"])
    page.get_by_role("link", name="Policy", exact=True).click()
    page.wait_for_url("**/cases/policy/")
    assert axe_serious(page) == []
    text = page.get_by_label("Policy (YAML)").input_value()
    broken = text.replace("purposes: [scheduling]", "purposes: [gossip]", 1)
    page.get_by_label("Policy (YAML)").fill(broken)
    page.get_by_role("button", name="Check and save").click()
    errors = page.get_by_test_id("policy-errors")
    expect(errors).to_be_visible()
    assert "gossip" in errors.inner_text() and "Line " in errors.inner_text()
    assert "The policy in force stays as it was." in errors.inner_text()
    assert axe_serious(page) == []

    page.get_by_role("link", name="Choose a tool").click()
    page.get_by_label("Purpose").select_option("virtual_visit")
    page.get_by_label("Audience").select_option("secure")
    page.get_by_role("button", name="Show channels").click()
    expect(page.get_by_role("heading", name="Doxy.me").first).to_be_visible()
    assert axe_serious(page) == []

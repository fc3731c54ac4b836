"""/api/v1/cases: alice may, bob (same agency, other unit) may not, charlie (other agency)
never learns the case exists."""

from __future__ import annotations

import pytest
from django.test import Client

from casesafe.apps.accounts.services import api_token_create
from casesafe.apps.cases.models import Consent, ConsentRevocation
from casesafe.screening.types import CaseContext


@pytest.fixture
def api(case_world):
    def client_for(name: str) -> Client:
        _, raw = api_token_create(case_world[name], "test")
        return Client(HTTP_AUTHORIZATION=f"Bearer {raw}")

    return client_for


def test_list(case_world, api):
    assert [c["reference"] for c in api("alice").get("/api/v1/cases").json()] == ["C-1"]
    assert api("bob").get("/api/v1/cases").json() == []
    assert api("charlie").get("/api/v1/cases").json() == []
    assert api("charlie").get("/api/v1/cases?scope=agency").json() == []
    listed = api("ada").get("/api/v1/cases?scope=agency").json()
    assert listed[0]["reference"] == "C-1" and listed[0]["can_open"] is False


def test_detail(case_world, api):
    url = f"/api/v1/cases/{case_world['case'].pk}"
    data = api("alice").get(url).json()
    assert {p["name"] for p in data["people"]} == {
        "Tyler Gonzalez",
        "Maria Gonzalez",
        "Ricardo Gonzalez",
    }
    assert data["boundaries"][0]["kind"] == "no_contact"
    assert data["consents"][0]["channels"] == ["agency-email"]
    assert api("bob").get(url).status_code == 403
    assert api("charlie").get(url).status_code == 404


def test_context(case_world, api):
    url = f"/api/v1/cases/{case_world['case'].pk}/context"
    ctx = CaseContext.from_dict(api("alice").get(url).json())
    assert ctx.case_id == "C-1" and "Lincoln Elementary" in ctx.places
    assert api("bob").get(url).status_code == 403
    assert api("charlie").get(url).status_code == 404


def test_consent_record_and_revoke(case_world, api):
    w = case_world
    url = f"/api/v1/cases/{w['case'].pk}/consents"
    body = {
        "person_id": w["mother"].pk,
        "given_by_id": w["mother"].pk,
        "given_by_role": "self",
        "channels": ["sms"],
        "purposes": ["scheduling"],
        "obtained_on": "2026-02-03",
    }
    count = Consent.objects.count()
    assert api("bob").post(url, body, content_type="application/json").status_code == 403
    assert api("charlie").post(url, body, content_type="application/json").status_code == 404
    assert Consent.objects.count() == count
    bad = api("alice").post(url, {**body, "channels": ["myspace"]}, content_type="application/json")
    assert bad.status_code == 400
    created = api("alice").post(url, body, content_type="application/json")
    assert created.status_code == 201, created.content
    cid = created.json()["id"]
    revoke = f"{url}/{cid}/revoke"
    reason = {"revoked_on": "2026-02-04", "reason": "asked to stop"}
    assert api("bob").post(revoke, reason, content_type="application/json").status_code == 403
    assert api("charlie").post(revoke, reason, content_type="application/json").status_code == 404
    assert not ConsentRevocation.objects.filter(consent_id=cid).exists()
    done = api("alice").post(revoke, reason, content_type="application/json")
    assert done.status_code == 200 and done.json()["state"] == "revoked"
    again = api("alice").post(revoke, reason, content_type="application/json")
    assert again.status_code == 400

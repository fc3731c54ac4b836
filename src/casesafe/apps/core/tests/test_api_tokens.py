"""Personal API tokens: shown once, stored hashed, revocable, same authorisation as the web."""

from __future__ import annotations

import hashlib

from django.test import Client

from casesafe.apps.accounts.models import ApiToken


def test_token_is_shown_once_and_stored_hashed(people, signed_in):
    c = signed_in(people["alice"])
    page = c.post("/accounts/", {"name": "nightly export"})
    raw = page.context["new_token"]
    assert raw.startswith("cs_") and raw.encode() in page.content
    stored = ApiToken.objects.get(user=people["alice"])
    assert stored.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in stored.token_hash and raw not in stored.prefix + stored.name
    assert raw.encode() not in c.get("/accounts/").content  # not shown again


def test_token_authenticates_api_until_revoked(people, signed_in):
    c = signed_in(people["alice"])
    raw = c.post("/accounts/", {"name": "script"}).context["new_token"]
    api = Client()
    response = api.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200
    assert response.json() == {
        "username": "alice",
        "role": "caseworker",
        "agency": "one",
        "unit": "Unit A",
    }
    token = ApiToken.objects.get(user=people["alice"])
    c.post(f"/accounts/tokens/{token.pk}/revoke/")
    assert api.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_bad_and_missing_tokens_are_refused(people):
    api = Client()
    assert api.get("/api/v1/me").status_code == 401
    assert api.get("/api/v1/me", HTTP_AUTHORIZATION="Bearer cs_made_up").status_code == 401


def test_deactivated_users_token_stops_working(people, signed_in):
    from casesafe.apps.accounts.services import api_token_create, user_deactivate

    _, raw = api_token_create(people["alice"], "script")
    user_deactivate(people["alice"])
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


def test_session_api_needs_csrf_for_writes(people):
    c = Client(enforce_csrf_checks=True)
    c.force_login(people["alice"])
    assert c.get("/api/v1/me").status_code == 200
    refused = c.post("/api/v1/screen/text", {"text": "hi"}, content_type="application/json")
    assert refused.status_code == 403
    c.get("/check-message/")  # sets the CSRF cookie
    token = c.cookies["csrftoken"].value
    allowed = c.post(
        "/api/v1/screen/text",
        {"text": "hi"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
    assert allowed.status_code == 200


def test_supervisor_session_without_mfa_cannot_use_api(people):
    c = Client()
    c.force_login(people["sam"])  # password done, second step not
    assert c.get("/api/v1/me").status_code == 401

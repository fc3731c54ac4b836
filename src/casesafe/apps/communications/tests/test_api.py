"""POST /api/v1/preflight (and /api/v1/messages) with DEMO-1."""

from __future__ import annotations

from casesafe.apps.communications.tests.test_preflight import PSYCH, VISIT


def _post(client, path, data):
    return client.post(path, data, content_type="application/json")


def test_api_preflight_answers_like_the_cli(demo, signed_in):
    client = signed_in(demo["worker"])
    r = _post(
        client,
        "/api/v1/preflight",
        {
            "case": "DEMO-1",
            "platform": "agency-email",
            "purpose": "scheduling",
            "audience": "private",
            "recipients": ["Maria Gonzalez"],
            "text": VISIT,
        },
    )
    assert r.status_code == 200, r.content
    assert r.json()["outcome"] == "allow" and r.json()["policy_version"] == "2026.1"
    maria = demo["people"]["maria"].pk
    r = _post(
        client,
        "/api/v1/preflight",
        {
            "case": demo["case"].pk,
            "platform": "agency-email",
            "purpose": "case_update",
            "audience": "private",
            "recipients": [maria],
            "text": PSYCH,
        },
    )
    data = r.json()
    assert data["outcome"] == "block"
    assert "PHI_NOT_ALLOWED_ON_CHANNEL" in {x["code"] for x in data["reasons"]}
    assert data["screening"]["decision"] in ("warn", "block")


def test_api_preflight_refuses_outside_the_caseload(demo, signed_in):
    client = signed_in(demo["users"]["caseworker2"])
    r = _post(
        client,
        "/api/v1/preflight",
        {
            "case": "DEMO-1",
            "platform": "agency-email",
            "purpose": "scheduling",
            "audience": "private",
            "recipients": ["Maria Gonzalez"],
            "text": VISIT,
        },
    )
    assert r.status_code == 403
    other = signed_in(demo["users"]["other"])
    r = _post(
        other,
        "/api/v1/preflight",
        {
            "case": "DEMO-1",
            "platform": "agency-email",
            "purpose": "scheduling",
            "audience": "private",
            "recipients": [],
            "text": VISIT,
        },
    )
    assert r.status_code == 404


def test_api_preflight_unknown_recipient_is_400(demo, signed_in):
    client = signed_in(demo["worker"])
    r = _post(
        client,
        "/api/v1/preflight",
        {
            "case": "DEMO-1",
            "platform": "sms",
            "purpose": "scheduling",
            "audience": "private",
            "recipients": ["Nobody"],
            "text": VISIT,
        },
    )
    assert r.status_code == 400


def test_api_messages_sends_refuses_and_submits(demo, signed_in, settings):
    from casesafe.apps.communications.models import Message
    from casesafe.apps.communications.testing import SmtpSink

    maria = demo["people"]["maria"]
    maria.emails = ["maria.g@example.net"]
    maria.save()
    client = signed_in(demo["worker"])
    base = {
        "case": "DEMO-1",
        "platform": "agency-email",
        "purpose": "scheduling",
        "audience": "private",
        "recipients": ["Maria Gonzalez"],
        "text": VISIT,
    }
    with SmtpSink() as sink:
        for key, value in sink.settings().items():
            setattr(settings, key, value)
        r = _post(client, "/api/v1/messages", base)
        assert r.status_code == 201, r.content
        assert r.json()["preflight"]["outcome"] == "allow"
    r = _post(client, "/api/v1/messages", {**base, "purpose": "case_update", "text": PSYCH})
    assert r.status_code == 409
    assert r.json()["preflight"]["outcome"] == "block"
    r = _post(
        client,
        "/api/v1/messages",
        {**base, "purpose": "case_update", "text": "Your court hearing moved to Friday at 9am."},
    )
    assert r.status_code == 422
    comms = signed_in(demo["users"]["comms"])
    r = _post(
        comms,
        "/api/v1/messages",
        {
            "platform": "facebook-page",
            "purpose": "recruitment",
            "audience": "public",
            "text": "Could you open your home to a child? Come to our information night on Tuesday.",
        },
    )
    assert r.status_code == 201 and r.json()["status"] == "pending_approval"
    assert Message.objects.count() == 2

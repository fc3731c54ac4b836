"""The web side of screening: the staff page, the public page, the API."""

from __future__ import annotations

import json
import logging

import pytest
from django.test import Client

MESSAGE = "Meet Darnell Hughes, 12, from Westbrook Middle School"


def test_staff_page_blocks_and_explains(people, signed_in):
    c = signed_in(people["alice"])
    page = c.post("/check-message/", {"text": MESSAGE, "audience": "public"})
    html = page.content.decode()
    assert page.status_code == 200
    assert 'data-decision="block"' in html
    assert "<mark" in html and "Darnell Hughes" in html
    assert "Keep names out of public posts" in html  # the tip behind the finding
    assert "Darnell Hughes" not in page.context["result"].redacted_text


def test_partial_result_for_live_updates(people, signed_in):
    c = signed_in(people["alice"])
    part = c.post(
        "/check-message/result/",
        {"text": "Join us at the Central Public Library on Saturday!", "audience": "public"},
    )
    html = part.content.decode()
    assert part.status_code == 200 and "<html" not in html
    assert 'data-decision="allow"' in html


def test_case_file_finds_nicknames(people, signed_in):
    case = {
        "case_id": "X-1",
        "people": [
            {
                "name": "Tyler Gonzalez",
                "aliases": ["T-Man"],
                "role": "child",
                "school": "Lincoln Elementary",
            }
        ],
    }
    c = signed_in(people["alice"])
    result = c.post(
        "/check-message/",
        {"text": "T-Man did great today", "audience": "public", "case_file": json.dumps(case)},
    ).context["result"]
    assert any(f.role == "child" for f in result.findings)


def test_malformed_case_file_is_a_clear_error(people, signed_in):
    c = signed_in(people["alice"])
    page = c.post(
        "/check-message/", {"text": "hello", "audience": "public", "case_file": "{not json"}
    )
    assert page.status_code == 200
    assert "not valid JSON" in page.content.decode()


def test_public_page_needs_no_sign_in_and_stores_nothing(db, caplog):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    c = Client()
    with caplog.at_level(logging.DEBUG), CaptureQueriesContext(connection) as queries:
        page = c.post("/check", {"text": "I'm Jaylen, 15, at Roosevelt High in Dayton"})
    writes = [
        q["sql"] for q in queries if q["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")
    ]
    assert writes == []
    assert page.status_code == 200
    # A lone first name with an age and a school: warn, per the contract's table.
    assert 'data-decision="warn"' in page.content.decode()
    assert "Jaylen" not in caplog.text and "Roosevelt" not in caplog.text


def test_public_page_is_rate_limited(db, settings):
    from django.core.cache import cache

    cache.clear()
    c = Client()
    try:
        statuses = [c.post("/check", {"text": "hello"}).status_code for _ in range(32)]
    finally:
        cache.clear()  # the counter is per address; other tests come from the same one
    assert statuses[:30] == [200] * 30 and statuses[-1] == 429


def test_api_follows_the_contract(people, signed_in):
    from casesafe.apps.accounts.services import api_token_create

    _, raw = api_token_create(people["alice"], "t")
    response = Client().post(
        "/api/v1/screen/text",
        {"text": MESSAGE, "audience": "public"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    body = response.json()
    assert response.status_code == 200 and body["decision"] == "block"
    assert {"PERSON", "AGE", "SCHOOL"} <= {f["category"] for f in body["findings"]}
    for finding in body["findings"]:
        assert MESSAGE[finding["start"] : finding["end"]]
    assert "Darnell" not in body["redacted_text"]


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"text": ""}, "empty"),
        ({"text": "x" * 20_001}, "20000"),
        ({"text": "hi", "case": {"people": "nobody"}}, "case file"),
        ({"text": "hi", "audience": "everyone"}, None),
    ],
)
def test_api_bad_input_is_a_clear_400(people, signed_in, payload, message):
    c = signed_in(people["alice"])
    response = c.post("/api/v1/screen/text", payload, content_type="application/json")
    assert response.status_code in (400, 422)
    if message:
        assert message in response.json()["detail"].lower() or message in response.json()["detail"]


def test_screening_failure_blocks_on_the_page(people, signed_in, monkeypatch):
    from casesafe.screening import engine

    def boom(*args, **kwargs):
        raise RuntimeError("model missing")

    monkeypatch.setattr(engine.Screener, "screen", boom)
    c = signed_in(people["alice"])
    page = c.post("/check-message/", {"text": "See you Thursday", "audience": "public"})
    assert 'data-decision="block"' in page.content.decode()


def test_choosing_a_case_finds_its_nicknames_and_stays_in_the_caseload(people, signed_in):
    from casesafe.apps.cases.models import Case, CasePerson

    case = Case.objects.create(
        agency=people["alice"].agency, reference="K-9", unit=people["alice"].unit
    )
    case.assigned_workers.add(people["alice"])
    CasePerson.objects.create(case=case, role="child", name="Tyler Gonzalez", aliases=["T-Man"])
    alice = signed_in(people["alice"])
    result = alice.post(
        "/check-message/", {"text": "T-Man did great today", "audience": "public", "case": case.pk}
    ).context["result"]
    assert any(f.role == "child" for f in result.findings)
    # Bob may not screen against a case outside his caseload: the case is not offered and
    # posting its id is refused.
    bob = signed_in(people["bob"])
    page = bob.post(
        "/check-message/", {"text": "T-Man did great today", "audience": "public", "case": case.pk}
    )
    assert page.status_code == 200 and "result" not in page.context

"""The compose page, its live pre-flight panel, messages and approvals in the browser's
terms (Django's test client)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from casesafe.apps.communications.models import Message
from casesafe.apps.communications.tests.test_preflight import PSYCH, VISIT
from casesafe.apps.communications.tests.test_send import CLEAN_POST


def _form(demo: dict[str, Any], **kw: Any) -> dict[str, Any]:
    data = {
        "case": demo["case"].pk,
        "recipients": [demo["people"]["maria"].pk],
        "platform": "agency-email",
        "purpose": "scheduling",
        "audience": "private",
        "text": VISIT,
        "acknowledgement": "",
    }
    data.update(kw)
    return data


def test_compose_offers_only_approved_accounts_with_reasons(demo, signed_in):
    client = signed_in(demo["worker"])
    page = client.get(f"/messages/compose/?case={demo['case'].pk}")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'value="agency-email"' in html and 'value="doxy-me"' in html
    assert 'value="whatsapp"' not in html  # not approved: listed with the reason instead
    assert "the agency&#x27;s policy does not approve it" in html
    assert "Maria Gonzalez (Mother)" in html


def test_preflight_panel_answers_as_you_type(demo, signed_in):
    client = signed_in(demo["worker"])
    ok = client.post("/messages/compose/preflight/", _form(demo))
    assert 'data-outcome="allow"' in ok.content.decode()
    bad = client.post(
        "/messages/compose/preflight/", _form(demo, purpose="case_update", text=PSYCH)
    )
    html = bad.content.decode()
    assert 'data-outcome="block"' in html and "PHI_NOT_ALLOWED_ON_CHANNEL" in html
    assert "<mark" in html  # findings highlighted
    empty = client.post("/messages/compose/preflight/", _form(demo, text=""))
    assert 'data-outcome=""' in empty.content.decode()


def test_redacted_version_in_one_click(demo, signed_in):
    client = signed_in(demo["worker"])
    page = client.post(
        "/messages/compose/", {**_form(demo, purpose="case_update", text=PSYCH), "action": "redact"}
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert "Adderall" not in html.split('name="text"')[1].split("</textarea>")[0]


def test_send_from_the_page_and_refusal(demo, signed_in):
    maria = demo["people"]["maria"]
    maria.emails = ["maria.g@example.net"]
    maria.save()
    client = signed_in(demo["worker"])
    refused = client.post(
        "/messages/compose/", {**_form(demo, purpose="case_update", text=PSYCH), "action": "send"}
    )
    assert refused.status_code == 422 and not Message.objects.exists()
    sent = client.post("/messages/compose/", {**_form(demo), "action": "send"})
    message = Message.objects.get()
    assert sent.status_code == 302 and sent["Location"] == f"/messages/{message.pk}/"
    detail = client.get(sent["Location"]).content.decode()
    assert f"/records/cases/{demo['case'].pk}/record/" in detail
    assert client.get("/messages/").status_code == 200


def test_approval_pages(demo, signed_in):
    comms = signed_in(demo["users"]["comms"])
    r = comms.post(
        "/messages/compose/",
        {
            "case": "",
            "platform": "facebook-page",
            "purpose": "recruitment",
            "audience": "public",
            "text": CLEAN_POST,
            "action": "send",
        },
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    post = Message.objects.get()
    approval = post.approvals.get()
    assert comms.get(f"/messages/approvals/{approval.pk}/").status_code == 200
    assert (
        comms.post(f"/messages/approvals/{approval.pk}/", {"action": "approve"}).status_code == 403
    )
    sup = signed_in(demo["users"]["supervisor"])
    page = sup.get(f"/messages/approvals/{approval.pk}/").content.decode()
    assert 'data-outcome="needs_approval"' in page and "APPROVAL_REQUIRED" in page
    assert sup.get("/").status_code == 200  # the dashboard panel lists it
    r = sup.post(f"/messages/approvals/{approval.pk}/", {"action": "approve", "comment": ""})
    assert r.status_code == 302
    now = timezone.now().strftime("%Y-%m-%dT%H:%M")
    r = comms.post(
        f"/messages/{post.pk}/confirm/",
        {"where": "https://www.facebook.com/DemoCountyFamilies/posts/1", "when": now},
    )
    assert r.status_code == 302
    post.refresh_from_db()
    assert post.status == Message.Status.POSTED

"""The signed outbound webhook: HMAC signature, the same idempotency key on every retry,
backoff after a server error, no retry after a refusal."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import threading
from typing import Any

import pytest
from django.utils import timezone

from casesafe.apps.communications import services
from casesafe.apps.communications.channels import webhook_signature
from casesafe.apps.communications.models import Delivery

SECRET = "gateway-shared-secret"


class _Gateway:
    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.requests: list[dict[str, Any]] = []
        gateway = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                gateway.requests.append({"headers": self.headers, "body": body})
                status = gateway.statuses.pop(0) if gateway.statuses else 200
                self.send_response(status)
                self.send_header("X-Request-Id", f"gw-{len(gateway.requests)}")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/casesafe"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def gateway(settings: Any) -> Any:
    gw = _Gateway([])
    settings.CASESAFE_WEBHOOKS = {"sms": {"url": gw.url, "secret": SECRET}}
    yield gw
    gw.close()


def _send_sms(demo: dict[str, Any]) -> Any:
    return services.message_send(
        demo["worker"],
        demo["case"],
        platform="sms",
        purpose="scheduling",
        audience="private",
        recipients=[demo["people"]["linda"].pk],
        text="Pick-up moved to 3pm on Friday.",
    )


def test_webhook_is_signed_retried_with_the_same_key_and_delivered_once(
    demo, gateway, django_capture_on_commit_callbacks
):
    gateway.statuses[:] = [503]
    with django_capture_on_commit_callbacks(execute=True):
        message = _send_sms(demo)
    delivery = message.deliveries.get()
    assert delivery.channel == "webhook" and delivery.status == Delivery.Status.RETRYING
    assert delivery.next_attempt_at > timezone.now()
    assert services.deliveries_resume() == ["not_due"]  # backoff respected
    later = timezone.now() + dt.timedelta(hours=1)
    assert services.deliveries_resume(now=later) == ["delivered"]
    assert services.deliveries_resume(now=later) == []
    first, second = gateway.requests
    for request in (first, second):
        headers = request["headers"]
        assert headers["Idempotency-Key"] == delivery.idempotency_key
        expected = webhook_signature(
            SECRET.encode(), headers["X-CaseSafe-Timestamp"], request["body"]
        )
        assert headers["X-CaseSafe-Signature"] == expected
    body = json.loads(second["body"])
    assert body["text"] == "Pick-up moved to 3pm on Friday."
    assert body["platform"] == "sms" and body["account_id"] == "dccs-text-line"
    message.refresh_from_db()
    assert message.status == "sent"


def test_webhook_refusal_is_not_retried(demo, gateway, django_capture_on_commit_callbacks):
    gateway.statuses[:] = [400]
    with django_capture_on_commit_callbacks(execute=True):
        message = _send_sms(demo)
    delivery = message.deliveries.get()
    assert delivery.status == Delivery.Status.FAILED and delivery.last_error == "webhook: HTTP 400"
    assert len(gateway.requests) == 1

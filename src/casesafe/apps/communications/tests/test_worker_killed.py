"""A real worker process, SIGKILLed while it waits on the SMTP server, and the sweep that
delivers the message afterwards exactly once.

The worker is a separate process, so it needs a database both processes can see: this
runs on PostgreSQL (`DATABASE_URL`); on SQLite the tests use an in-memory database and
the in-process simulations in test_send.py cover the same paths.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys

import pytest
from django.db import connection
from django.utils import timezone

from casesafe.apps.communications import services
from casesafe.apps.communications.models import Delivery
from casesafe.apps.communications.testing import SmtpSink

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="needs a database shared between processes (PostgreSQL)",
    ),
]

WORKER = """
import os, sys
from pathlib import Path
os.environ["DJANGO_SETTINGS_MODULE"] = "casesafe.web.settings.test"
os.environ["DATABASE_URL"] = sys.argv[1]
import casesafe.web.settings.test as t
t.CASESAFE_FIELD_KEY_FILE = Path(sys.argv[2])
t.CASESAFE_SIGNING_KEY_FILE = Path(sys.argv[3])
t.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
t.EMAIL_HOST, t.EMAIL_PORT, t.EMAIL_TIMEOUT = "127.0.0.1", int(sys.argv[4]), 60
import django
django.setup()
from casesafe.apps.communications.services import delivery_run
print(delivery_run(int(sys.argv[5])))
"""


def _db_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def test_sigkilled_worker_then_the_sweep_delivers_once(demo, settings, monkeypatch):
    from casesafe.apps.communications.tests.test_preflight import VISIT

    maria = demo["people"]["maria"]
    maria.emails = ["maria.g@example.net"]
    maria.save()
    monkeypatch.setattr(services, "_enqueue", lambda *a, **k: None)  # the child is the worker
    message = services.message_send(
        demo["worker"],
        demo["case"],
        platform="agency-email",
        purpose="scheduling",
        audience="private",
        recipients=[maria.pk],
        text=VISIT,
    )
    delivery = message.deliveries.get()
    with SmtpSink(hold_rcpt=True) as sink:
        for key, value in sink.settings().items():
            setattr(settings, key, value)
        worker = subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [
                sys.executable,
                "-c",
                WORKER,
                _db_url(),
                str(settings.CASESAFE_FIELD_KEY_FILE),
                str(settings.CASESAFE_SIGNING_KEY_FILE),
                str(sink.port),
                str(delivery.pk),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            assert sink.state.stalled.wait(60), (
                worker.stderr.read().decode()[-2000:]
                if worker.poll() is not None
                else "worker never reached the server"
            )
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait(10)
        delivery.refresh_from_db()
        assert delivery.status == Delivery.Status.SENDING and delivery.attempts == 1
        assert sink.messages == []
        sink.state.release.set()
        # Within the lease nobody touches it; after it, the sweep delivers it once.
        assert services.deliveries_resume() == ["busy"]
        later = timezone.now() + services.LEASE + dt.timedelta(seconds=1)
        assert services.deliveries_resume(now=later) == ["delivered"]
        assert services.deliveries_resume(now=later) == []
        assert [m.message.get_payload().strip() for m in sink.messages] == [VISIT]
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.DELIVERED and delivery.attempts == 2

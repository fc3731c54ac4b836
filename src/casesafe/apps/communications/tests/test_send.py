"""Sending: a fresh pre-flight at send time, approvals, channels, delivery exactly once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from casesafe.apps.communications import selectors, services
from casesafe.apps.communications.models import Approval, Delivery, Message
from casesafe.apps.communications.testing import SmtpSink
from casesafe.apps.communications.tests.test_preflight import PSYCH, VISIT

MARIA_EMAIL = "maria.g@example.net"
CLEAN_POST = (
    "Could you open your home to a child? Join our foster parent information night at the "
    "library on Tuesday."
)


@pytest.fixture
def sink(settings: Any) -> Any:
    with SmtpSink() as s:
        for key, value in s.settings().items():
            setattr(settings, key, value)
        yield s


@pytest.fixture
def maria(demo: dict[str, Any]) -> Any:
    person = demo["people"]["maria"]
    person.emails = [MARIA_EMAIL]
    person.save()
    return person


def _kinds(case: Any) -> list[str]:
    from casesafe.apps.records.models import LogEntry

    return list(
        LogEntry.objects.filter(log="case", case_ref=case.reference)
        .order_by("seq")
        .values_list("kind", flat=True)
    )


def _record(case: Any, kind: str) -> dict[str, Any]:
    from casesafe.apps.records.selectors import case_record

    user = case.assigned_workers.first()
    return next(e.content for e in case_record(user, case, kind=kind))


def _send(demo: dict[str, Any], **kw: Any) -> Message:
    args = {
        "platform": "agency-email",
        "purpose": "scheduling",
        "audience": "private",
        "recipients": ["Maria Gonzalez"],
        "text": VISIT,
    }
    args.update(kw)
    return services.message_send(demo["worker"], demo["case"], **args)


def test_email_arrives_at_the_smtp_server_and_is_recorded(
    demo, maria, sink, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = _send(demo)
    message.refresh_from_db()
    assert message.status == Message.Status.SENT
    [got] = sink.messages
    assert got.recipients == [MARIA_EMAIL]
    assert VISIT in got.message.get_payload()
    delivery = message.deliveries.get()
    assert delivery.idempotency_key in got.message["Message-ID"]
    assert "Gonzalez" not in got.message["Subject"]
    assert _kinds(demo["case"])[-2:] == ["message_sent", "message_delivered"]
    sent = _record(demo["case"], "message_sent")
    assert sent["text"] == VISIT and sent["preflight"]["outcome"] == "allow"
    assert sent["preflight"]["policy_version"] == "2026.1"
    assert sent["recipients"] == [maria.pk]
    # No wording of reasons (they name people) in the stored decision.
    assert all(set(r) <= {"code", "outcome", "person_id"} for r in sent["preflight"]["reasons"])


def test_a_block_is_refused_at_send_time(demo, maria, sink):
    with pytest.raises(services.SendRefused) as info:
        _send(demo, purpose="case_update", text=PSYCH)
    assert "PHI_NOT_ALLOWED_ON_CHANNEL" in info.value.result.decision.codes
    assert not Message.objects.exists() and sink.messages == []


def test_a_warning_needs_a_reason_which_is_recorded(
    demo, maria, sink, django_capture_on_commit_callbacks
):
    text = "Your court hearing moved to Friday at 9am."
    with pytest.raises(services.AcknowledgementRequired):
        _send(demo, purpose="case_update", text=text)
    with django_capture_on_commit_callbacks(execute=True):
        message = _send(
            demo,
            purpose="case_update",
            text=text,
            acknowledgement="She asked for the date by email",
        )
    assert message.acknowledged and message.acknowledgement == "She asked for the date by email"
    sent = _record(demo["case"], "message_sent")
    assert sent["acknowledgement"] == "She asked for the date by email"
    assert sent["preflight"]["outcome"] == "warn"
    assert len(sink.messages) == 1


def test_no_email_address_on_file_is_refused(demo):
    with pytest.raises(services.SendRefused, match="No email address"):
        _send(demo)


def test_manual_channel_waits_for_the_worker_to_confirm(demo, django_capture_on_commit_callbacks):
    linda = demo["people"]["linda"]
    with django_capture_on_commit_callbacks(execute=True):
        message = _send(demo, platform="sms", recipients=[linda.pk])
    delivery = message.deliveries.get()
    assert delivery.channel == "manual"
    assert delivery.status == Delivery.Status.AWAITING_CONFIRMATION
    when = timezone.now() - dt.timedelta(minutes=3)
    services.post_confirm(demo["worker"], message, where="agency texting service", when=when)
    message.refresh_from_db()
    assert message.status == Message.Status.SENT and message.posted_at == when
    assert _kinds(demo["case"])[-1] == "message_posted"


def test_public_post_approval_flow(demo):
    comms, supervisor = demo["users"]["comms"], demo["users"]["supervisor"]
    post = services.message_send(
        comms,
        None,
        platform="facebook-page",
        purpose="recruitment",
        audience="public",
        text=CLEAN_POST,
    )
    assert post.status == Message.Status.PENDING_APPROVAL and post.case is None
    approval = post.approvals.get()
    # Nobody else may open a second approval for the same post.
    with pytest.raises(IntegrityError), transaction.atomic():
        Approval.objects.create(message=post, requested_by=comms)
    # Not before approval.
    with pytest.raises(services.WorkflowError):
        services.post_confirm(comms, post, where="https://facebook.com/x", when=timezone.now())
    # The author cannot approve; a caseworker cannot approve.
    with pytest.raises(services.AccessDenied):
        services.approval_decide(comms, approval, approve=True)
    with pytest.raises(services.AccessDenied):
        services.approval_decide(demo["worker"], approval, approve=True)
    assert [a.pk for a in selectors.approvals_waiting(supervisor)] == [approval.pk]
    # Sending back needs a comment.
    with pytest.raises(services.WorkflowError):
        services.approval_decide(supervisor, approval, approve=False)
    services.approval_decide(supervisor, approval, approve=False, comment="Add the date.")
    post.refresh_from_db()
    assert post.status == Message.Status.SENT_BACK
    services.message_resubmit(comms, post, text=CLEAN_POST + " Tuesday 14 April, 6pm.")
    second = post.approvals.get(state="open")
    services.approval_decide(supervisor, second, approve=True)
    with pytest.raises(services.WorkflowError):
        services.approval_decide(supervisor, second, approve=True)
    post.refresh_from_db()
    assert post.status == Message.Status.APPROVED
    services.post_confirm(
        comms,
        post,
        where="https://www.facebook.com/DemoCountyFamilies/posts/1",
        when=timezone.now(),
    )
    post.refresh_from_db()
    assert post.status == Message.Status.POSTED


def test_self_approval_is_refused_even_for_a_supervisor(demo):
    supervisor = demo["users"]["supervisor"]
    post = services.message_send(
        supervisor,
        None,
        platform="facebook-page",
        purpose="recruitment",
        audience="public",
        text=CLEAN_POST,
    )
    with pytest.raises(services.AccessDenied):
        services.approval_decide(supervisor, post.approvals.get(), approve=True)


def test_worker_killed_mid_send_delivers_exactly_once(
    demo, maria, sink, monkeypatch, django_capture_on_commit_callbacks
):
    from casesafe.apps.communications import channels

    real = channels.EmailChannel.deliver

    def die(self: Any, out: Any) -> str:
        raise SystemExit("worker killed")  # the process dies before the mail is handed over

    monkeypatch.setattr(channels.EmailChannel, "deliver", die)
    with django_capture_on_commit_callbacks(execute=True):
        message = _send(demo)  # the immediate backend swallows the task's death
    delivery = message.deliveries.get()
    assert delivery.status == Delivery.Status.SENDING and sink.messages == []
    monkeypatch.setattr(channels.EmailChannel, "deliver", real)
    # A live lease is respected: another worker does not send it meanwhile.
    assert services.deliveries_resume() == ["busy"]
    later = timezone.now() + services.LEASE + dt.timedelta(seconds=1)
    assert services.deliveries_resume(now=later) == ["delivered"]
    # Running again (a duplicate task, a restarted worker) never sends twice.
    assert services.delivery_run(delivery.pk) == "delivered"
    assert services.deliveries_resume(now=later) == []
    assert len(sink.messages) == 1
    assert _kinds(demo["case"]).count("message_delivered") == 1


def test_worker_killed_in_the_middle_of_the_smtp_conversation(
    demo, maria, sink, monkeypatch, django_capture_on_commit_callbacks
):
    """The worker dies half-way through DATA: the server accepts nothing, the row stays
    "sending", and after the lease the sweep delivers it once."""
    import smtplib

    from casesafe.apps.communications import channels

    real = channels.EmailChannel.deliver

    def die_mid_data(self: Any, out: Any) -> str:
        smtp = smtplib.SMTP("127.0.0.1", sink.port, timeout=5)
        smtp.ehlo()
        smtp.mail("casework@democounty.example.gov")
        smtp.rcpt(out.to[0])
        smtp.putcmd("data")
        smtp.getreply()
        smtp.send(b"Subject: half\r\n\r\n" + out.text[:10].encode())
        smtp.sock.close()  # the process is killed here: no final dot, no QUIT
        raise SystemExit("worker killed")

    monkeypatch.setattr(channels.EmailChannel, "deliver", die_mid_data)
    with django_capture_on_commit_callbacks(execute=True):
        message = _send(demo)
    assert message.deliveries.get().status == Delivery.Status.SENDING
    monkeypatch.setattr(channels.EmailChannel, "deliver", real)
    later = timezone.now() + services.LEASE + dt.timedelta(seconds=1)
    assert services.deliveries_resume(now=later) == ["delivered"]
    assert services.deliveries_resume(now=later) == []
    assert [m.message.get_payload().strip() for m in sink.messages] == [VISIT]


def test_failed_delivery_is_retried_then_shown_to_the_worker(
    demo, maria, settings, django_capture_on_commit_callbacks
):
    with SmtpSink() as closed:
        pass  # a port where nothing listens any more
    for key, value in closed.settings().items():
        setattr(settings, key, value)
    with django_capture_on_commit_callbacks(execute=True):
        message = _send(demo)
    delivery = message.deliveries.get()
    assert delivery.status == Delivery.Status.RETRYING and delivery.attempts == 1
    now = timezone.now()
    for _ in range(services.MAX_ATTEMPTS):
        now += dt.timedelta(hours=1)
        services.deliveries_resume(now=now)
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.FAILED
    assert delivery.attempts == services.MAX_ATTEMPTS
    assert "ConnectionRefusedError" in delivery.last_error
    assert list(selectors.messages_failed(demo["worker"])) == [message]
    assert _kinds(demo["case"])[-1] == "message_delivery_failed"
    with SmtpSink() as sink:
        for key, value in sink.settings().items():
            setattr(settings, key, value)
        with django_capture_on_commit_callbacks(execute=True):
            services.delivery_retry(demo["worker"], delivery)
        assert len(sink.messages) == 1

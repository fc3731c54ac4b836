"""Writes: send a message, ask for and give approval, confirm a manual post, deliver.

Each action is check → change → record: pre-flight runs again at the moment of sending
(the answer on the compose page may be minutes old), the change and its record entry
commit together, and delivery happens afterwards in the task worker. Record payloads
carry ids, codes, decisions and the cleared text (sealed by the record), never the
reasons' wording (it names people).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from casesafe.apps.accounts.access import AccessDenied, has_role, is_member, supervised_unit_ids
from casesafe.apps.cases import selectors as case_selectors
from casesafe.apps.communications.channels import (
    ChannelError,
    Outbound,
    OutboundPhoto,
    channel_for_platform,
    get_channel,
)
from casesafe.apps.communications.models import Approval, Delivery, Message, MessagePhoto
from casesafe.apps.communications.photos import (
    MAX_PHOTOS,
    photo_facts,
    photo_record,
    photos_current,
)
from casesafe.apps.communications.preflight import PreflightResult, preflight_for
from casesafe.apps.records.services import record_append

logger = logging.getLogger("casesafe.communications")

MAX_ATTEMPTS = 5
BACKOFF_SECONDS = (30, 120, 600, 1800)  # after attempt 1, 2, 3, 4
LEASE = dt.timedelta(minutes=5)  # a "sending" row older than this was left by a dead worker


class WorkflowError(Exception):
    """An action that is not possible now (a domain error, shown to the person)."""


class SendRefused(WorkflowError):
    def __init__(self, message: str, result: PreflightResult | None = None) -> None:
        super().__init__(message)
        self.result = result


class AcknowledgementRequired(SendRefused):
    pass


# --------------------------------------------------------------------------- helpers


def _record(
    message: Message,
    actor: Any,
    kind: str,
    payload: dict[str, Any],
    *,
    with_photos: bool = False,
) -> None:
    record_append(
        agency=message.agency,
        kind=kind,
        subject=f"message:{message.pk}",
        payload={"message_id": message.pk, **payload},
        actor=actor,
        case_ref=message.case.reference if message.case_id else None,
        attachments=_photo_attachments(message) if with_photos else None,
    )


_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
}


def _photo_attachments(message: Message) -> dict[str, bytes]:
    """The clean copies, kept with the record so a court export carries what was sent.

    The record stores each file once per agency by its SHA-256 (the same clean copy sent
    twice is one file), sealed like the record's content, and lists it by digest.
    """
    return {
        f"photo-{p.position + 1}{_EXTENSIONS.get(p.mime, '')}": p.clean_bytes()
        for p in message.photos.order_by("position")
    }


def _message_payload(message: Message, result: PreflightResult | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "platform": message.platform,
        "account_id": message.account_id,
        "purpose": message.purpose,
        "audience": message.audience,
        "recipients": list(message.recipients),
        "text": message.text,
    }
    photos = list(message.photos.all())
    if photos:
        data["photos"] = [photo_record(p) for p in photos]
    if result is not None:
        data["preflight"] = result.snapshot()
    if message.acknowledged:
        data["acknowledgement"] = message.acknowledgement or ""
    return data


def _email_addresses(case: Any, person_ids: Sequence[int]) -> dict[int, str]:
    people = {p.pk: p for p in case_selectors.case_people(case)} if case is not None else {}
    found = {}
    for pid in person_ids:
        person = people.get(pid)
        if person is not None and person.emails:
            found[pid] = person.emails[0]
    return found


def _enqueue(delivery: Delivery, run_after: dt.datetime | None = None) -> None:
    from django_tasks import default_task_backend

    from casesafe.apps.communications.tasks import deliver

    task = deliver
    if run_after is not None:
        if not default_task_backend.supports_defer:
            return  # the periodic sweep (resume_deliveries) picks it up when due
        task = deliver.using(run_after=run_after)
    pk = delivery.pk
    transaction.on_commit(lambda: task.enqueue(pk))


# --------------------------------------------------------------------------- send


def message_send(
    user: Any,
    case: Any,
    *,
    platform: str,
    purpose: str,
    audience: str,
    recipients: Sequence[int | str] = (),
    text: str,
    account: str | None = None,
    acknowledgement: str = "",
    photos: Sequence[MessagePhoto] = (),
) -> Message:
    """Send (or, for what needs a supervisor, submit for approval) after a fresh pre-flight.

    Refuses a block; a warning needs `acknowledgement` (why it is still right to send),
    which is kept with the message and in the record. `photos` are the author's drafts
    (`photos.photo_attach`): their clean copies go with the message, and each one's
    decision is part of the pre-flight.
    """
    text = (text or "").strip()
    photos = list(photos)
    if len(photos) > MAX_PHOTOS:
        raise WorkflowError(f"A message can carry at most {MAX_PHOTOS} photos.")
    if any(p.author_id != user.pk or p.message_id is not None for p in photos):
        raise AccessDenied("Only your own photos not yet sent can be attached.")
    photos = photos_current(
        user, case, photos, platform=platform, audience=audience, recipients=recipients
    )
    result = preflight_for(
        user,
        case,
        platform=platform,
        purpose=purpose,
        audience=audience,
        recipients=recipients,
        text=text,
        account=account,
        photos=photo_facts(photos),
    )
    outcome = result.outcome
    if outcome == "block":
        raise SendRefused("Pre-flight blocked this; nothing was sent.", result)
    ack = (acknowledgement or "").strip()
    if outcome == "warn" and not ack:
        raise AcknowledgementRequired(
            "Say why it is right to send this despite the warnings.", result
        )
    assert result.facts is not None and result.facts.account is not None
    people = [int(p.person_id) for p in result.facts.recipients]
    channel_id = channel_for_platform(platform)
    missing = channel_id == "email" and len(_email_addresses(case, people)) != len(people)
    if missing and outcome != "needs_approval":
        raise SendRefused(
            "No email address is on file for a recipient. Add it to the case first.", result
        )
    agency = case.agency if case is not None else user.agency
    with transaction.atomic():
        message = Message.objects.create(
            agency=agency,
            case=case,
            author=user,
            recipients=people,
            platform=platform,
            account_id=result.facts.account.account_id,
            purpose=purpose,
            audience=audience,
            text=text,
            decision=result.snapshot(),
            acknowledged=outcome == "warn",
            acknowledgement=ack if outcome == "warn" else None,
        )
        for position, photo in enumerate(photos):
            claimed = MessagePhoto.objects.filter(
                pk=photo.pk, author=user, message__isnull=True
            ).update(message=message, position=position)
            if claimed != 1:  # sent with another message meanwhile (two tabs)
                raise WorkflowError("A photo was already sent with another message.")
        if outcome == "needs_approval":
            message.status = Message.Status.PENDING_APPROVAL
            message.save(update_fields=["status"])
            Approval.objects.create(message=message, requested_by=user)
            _record(
                message,
                user,
                "approval_requested",
                _message_payload(message, result),
                with_photos=True,
            )
            return message
        message.status = Message.Status.QUEUED
        message.save(update_fields=["status"])
        _record(message, user, "message_sent", _message_payload(message, result), with_photos=True)
        delivery = Delivery.objects.create(
            message=message, channel=channel_id, idempotency_key=f"cs-{uuid.uuid4().hex}"
        )
        _enqueue(delivery)
    return message


# --------------------------------------------------------------------------- approval


def can_approve(user: Any, message: Message) -> bool:
    if not has_role(user, "supervisor") or message.agency_id != user.agency_id:
        return False
    if message.author_id == user.pk:
        return False  # nobody approves their own post
    if message.case_id is None:
        return True
    return message.case.unit_id in supervised_unit_ids(user)


def approval_decide(user: Any, approval: Approval, *, approve: bool, comment: str = "") -> Approval:
    """Approve, or send back with a comment; the approver's own fresh pre-flight must not
    block (they see the same answer as the author)."""
    message = approval.message
    if not can_approve(user, message):
        raise AccessDenied("Only a supervisor other than the author may decide on this post.")
    comment = (comment or "").strip()
    if not approve and not comment:
        raise WorkflowError("Say what needs to change before sending it back.")
    result = None
    if approve:
        result = message_preflight(user, message, approval="approved")
        if result.outcome == "block":
            raise SendRefused("Pre-flight blocks this post now; send it back instead.", result)
    with transaction.atomic():
        locked = Approval.objects.select_for_update().get(pk=approval.pk)
        if locked.state != Approval.State.OPEN:
            raise WorkflowError("This approval has already been decided.")
        locked.state = Approval.State.APPROVED if approve else Approval.State.SENT_BACK
        locked.decided_by = user
        locked.decided_at = timezone.now()
        locked.comment = comment or None
        locked.save()
        message.status = Message.Status.APPROVED if approve else Message.Status.SENT_BACK
        message.updated_at = timezone.now()
        message.save(update_fields=["status", "updated_at"])
        payload: dict[str, Any] = {"approval_id": locked.pk, "decision": locked.state}
        if result is not None:
            payload["preflight"] = result.snapshot()
        if comment:
            payload["comment"] = comment
        _record(message, user, f"approval_{locked.state}", payload)
    return locked


def message_resubmit(user: Any, message: Message, *, text: str) -> Message:
    """After a send-back, the author changes the text and asks again (a new approval)."""
    if message.author_id != user.pk:
        raise AccessDenied("Only the author may change and resubmit this post.")
    if message.status != Message.Status.SENT_BACK:
        raise WorkflowError("Only a post that was sent back can be resubmitted.")
    message.text = (text or "").strip()
    result = message_preflight(user, message, approval="pending")
    if result.outcome == "block":
        raise SendRefused("Pre-flight blocked this; fix the problems first.", result)
    with transaction.atomic():
        message.status = Message.Status.PENDING_APPROVAL
        message.decision = result.snapshot()
        message.updated_at = timezone.now()
        message.save()
        try:
            with transaction.atomic():
                Approval.objects.create(message=message, requested_by=user)
        except IntegrityError:
            raise WorkflowError("This post is already waiting for approval.") from None
        _record(
            message, user, "approval_requested", _message_payload(message, result), with_photos=True
        )
    return message


def message_preflight(user: Any, message: Message, *, approval: str = "none") -> PreflightResult:
    """Pre-flight of a stored message, as `user` sees it now."""
    return preflight_for(
        user,
        message.case,
        platform=message.platform,
        purpose=message.purpose,
        audience=message.audience,
        recipients=[str(p) for p in message.recipients],
        text=message.text,
        account=message.account_id or None,
        approval=approval,
        photos=photo_facts(list(message.photos.all())),
    )


# --------------------------------------------------------------------------- manual posting


def post_confirm(user: Any, message: Message, *, where: str, when: dt.datetime) -> Message:
    """The worker posted the cleared text by hand: where (a link) and when are recorded.

    A public post must be approved, and pre-flight must still allow it now."""
    if not is_member(user) or message.agency_id != user.agency_id:
        raise AccessDenied("This message belongs to another agency.")
    if message.author_id != user.pk and not has_role(user, "communications"):
        raise AccessDenied("Only the author or the communications team may confirm this.")
    where = (where or "").strip()
    if not where:
        raise WorkflowError("Say where it was posted (a link or the page name).")
    if when > timezone.now() + dt.timedelta(minutes=5):
        raise WorkflowError("The time it was posted cannot be in the future.")
    manual = message.deliveries.filter(status=Delivery.Status.AWAITING_CONFIRMATION).first()
    if message.is_public:
        if message.status != Message.Status.APPROVED:
            raise WorkflowError("A public post can be published only once it is approved.")
        result = message_preflight(user, message, approval="approved")
        if result.outcome == "block":
            raise SendRefused("Pre-flight blocks this post now; do not publish it.", result)
    elif manual is None:
        raise WorkflowError("This message is not waiting to be posted by hand.")
    else:
        result = None
    with transaction.atomic():
        message.status = Message.Status.POSTED if message.is_public else Message.Status.SENT
        message.posted_where = where[:500]
        message.posted_at = when
        message.updated_at = timezone.now()
        message.save()
        if manual is not None:
            manual.status = Delivery.Status.DELIVERED
            manual.delivered_at = when
            manual.save(update_fields=["status", "delivered_at"])
        payload: dict[str, Any] = {"where": where, "when": when.isoformat()}
        if result is not None:
            payload["preflight"] = result.snapshot()
            payload["text"] = message.text
        photos = [photo_record(p) for p in message.photos.all()]
        if photos:
            payload["photos"] = photos
        _record(message, user, "post_published" if message.is_public else "message_posted", payload)
    return message


# --------------------------------------------------------------------------- delivery


def _outbound(delivery: Delivery) -> Outbound:
    message = delivery.message
    policy = case_selectors.active_policy(message.agency)
    rule = policy.rule_for(message.platform) if policy is not None else None
    account = rule.account(message.account_id) if rule is not None else None
    to: tuple[str, ...] = ()
    if delivery.channel == "email":
        to = tuple(_email_addresses(message.case, message.recipients).values())
    return Outbound(
        idempotency_key=delivery.idempotency_key,
        message_id=message.pk,
        agency=message.agency.slug,
        agency_name=message.agency.name,
        platform=message.platform,
        account_id=message.account_id,
        account_handle=account.handle if account is not None else "",
        purpose=message.purpose,
        audience=message.audience,
        text=message.text,
        to=to,
        photos=tuple(
            OutboundPhoto(
                filename=p.filename,
                mime=p.mime,
                data=p.clean_bytes(),
                sha256=p.clean_sha256,
                alt_text=p.alt_text or "",
            )
            for p in message.photos.all()
        ),
    )


def delivery_run(delivery_id: int, *, now: dt.datetime | None = None) -> str:
    """Deliver once. Safe to run any number of times for the same row: it claims the row
    under a lock, and a row already delivered (or held by a live worker) is left alone."""
    now = now or timezone.now()
    with transaction.atomic():
        d = (
            # Lock the delivery row only (the case join is outer: PostgreSQL refuses it).
            Delivery.objects.select_for_update(of=("self",))
            .select_related("message", "message__agency", "message__case")
            .filter(pk=delivery_id)
            .first()
        )
        if d is None:
            return "missing"
        final = (
            Delivery.Status.DELIVERED,
            Delivery.Status.FAILED,
            Delivery.Status.AWAITING_CONFIRMATION,
        )
        if d.status in final:
            return str(d.status)
        if d.status == Delivery.Status.SENDING and d.claimed_at and now - d.claimed_at < LEASE:
            return "busy"
        if d.status == Delivery.Status.RETRYING and d.next_attempt_at and d.next_attempt_at > now:
            return "not_due"
        d.status = Delivery.Status.SENDING
        d.attempts += 1
        d.claimed_at = now
        d.save(update_fields=["status", "attempts", "claimed_at"])
    channel = get_channel(d.channel)
    try:
        reference = channel.deliver(_outbound(d))
    except ChannelError as exc:
        return _delivery_failed(d, str(exc), exc.permanent, now)
    except Exception as exc:  # noqa: BLE001 - an adapter bug is a failed attempt, not a crash
        logger.exception("delivery %s: channel %s raised", d.pk, d.channel)
        return _delivery_failed(d, f"{d.channel}: {type(exc).__name__}", False, now)
    with transaction.atomic():
        d.status = (
            Delivery.Status.AWAITING_CONFIRMATION if channel.manual else Delivery.Status.DELIVERED
        )
        d.delivered_at = None if channel.manual else timezone.now()
        d.last_error = ""
        d.save(update_fields=["status", "delivered_at", "last_error"])
        if not channel.manual:
            Message.objects.filter(pk=d.message_id).update(
                status=Message.Status.SENT, updated_at=timezone.now()
            )
            _record(
                d.message,
                "system",
                "message_delivered",
                {
                    "delivery_id": d.pk,
                    "channel": d.channel,
                    "attempt": d.attempts,
                    "reference": reference,
                },
            )
    return str(d.status)


def _delivery_failed(d: Delivery, error: str, permanent: bool, now: dt.datetime) -> str:
    give_up = permanent or d.attempts >= MAX_ATTEMPTS
    with transaction.atomic():
        d.last_error = error[:300]
        if give_up:
            d.status = Delivery.Status.FAILED
            d.next_attempt_at = None
            Message.objects.filter(pk=d.message_id).update(
                status=Message.Status.FAILED, updated_at=timezone.now()
            )
            _record(
                d.message,
                "system",
                "message_delivery_failed",
                {"delivery_id": d.pk, "channel": d.channel, "attempts": d.attempts, "error": error},
            )
        else:
            wait = BACKOFF_SECONDS[min(d.attempts, len(BACKOFF_SECONDS)) - 1]
            d.status = Delivery.Status.RETRYING
            d.next_attempt_at = now + dt.timedelta(seconds=wait)
            _enqueue(d, run_after=d.next_attempt_at)
        d.save(update_fields=["status", "last_error", "next_attempt_at"])
    logger.warning("delivery %s attempt %s failed: %s", d.pk, d.attempts, error)
    return str(d.status)


def delivery_retry(user: Any, delivery: Delivery) -> Delivery:
    """The worker asks for another go at a failed delivery (e.g. after fixing the address)."""
    message = delivery.message
    if message.author_id != user.pk or message.agency_id != user.agency_id:
        raise AccessDenied("Only the author may retry this delivery.")
    if delivery.status != Delivery.Status.FAILED:
        raise WorkflowError("Only a failed delivery can be retried.")
    with transaction.atomic():
        delivery.status = Delivery.Status.QUEUED
        delivery.attempts = 0
        delivery.next_attempt_at = None
        delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
        message.status = Message.Status.QUEUED
        message.save(update_fields=["status"])
        _enqueue(delivery)
    return delivery


def deliveries_resume(now: dt.datetime | None = None) -> list[str]:
    """Run every delivery that is due: queued, waiting to retry, or left "sending" by a
    worker that died (its lease has run out). The periodic job calls this every minute."""
    now = now or timezone.now()
    due = Delivery.objects.filter(
        status__in=(
            Delivery.Status.QUEUED,
            Delivery.Status.RETRYING,
            Delivery.Status.SENDING,
        )
    ).values_list("pk", flat=True)
    return [delivery_run(pk, now=now) for pk in list(due)]

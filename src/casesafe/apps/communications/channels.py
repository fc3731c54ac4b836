"""Delivery channels behind one interface, in an explicit registry keyed by a stable id.

A channel takes one `Outbound` (the cleared text, the clean copies of its photos, the
addresses and the idempotency key) and either hands it over (returning the far side's reference) or raises `ChannelError`.
Channels never see the case, the pre-flight or the database: that is the service's job.

- ``email``: SMTP through Django's mail backend (TLS settings in production settings).
  The idempotency key is the Message-ID, so a receiving system can drop a duplicate.
  Photos go as attachments.
- ``manual``: "copy and post manually": nothing is sent; the worker posts the text (and
  downloads the photos' clean copies from the message page) and confirms where and when
  (`post_confirm`).
- ``webhook``: a signed POST to the agency's own messaging gateway (see `WebhookChannel`);
  photos travel inside the signed body, base64.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Protocol

from django.conf import settings

# channel id -> dotted path of the class (healthchecks' TRANSPORTS habit)
CHANNELS: dict[str, str] = {
    "email": "casesafe.apps.communications.channels.EmailChannel",
    "manual": "casesafe.apps.communications.channels.ManualChannel",
    "webhook": "casesafe.apps.communications.channels.WebhookChannel",
}
# Platforms CaseSafe sends itself; everything else is posted by hand unless the agency
# connects a gateway for it (settings.CASESAFE_WEBHOOKS).
PLATFORM_CHANNELS: dict[str, str] = {"agency-email": "email"}


class ChannelError(Exception):
    """A delivery that did not happen; `permanent` ones are not retried."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class OutboundPhoto:
    """The clean copy of an attached photo (never the upload)."""

    filename: str
    mime: str
    data: bytes
    sha256: str  # of `data`
    alt_text: str = ""


@dataclass(frozen=True)
class Outbound:
    idempotency_key: str
    message_id: int
    agency: str  # agency slug
    agency_name: str
    platform: str
    account_id: str
    account_handle: str
    purpose: str
    audience: str
    text: str
    to: tuple[str, ...] = ()  # addresses on this channel (email addresses)
    photos: tuple[OutboundPhoto, ...] = ()


class Channel(Protocol):
    manual: bool

    def deliver(self, out: Outbound) -> str: ...


def channel_for_platform(platform: str) -> str:
    if platform in PLATFORM_CHANNELS:
        return PLATFORM_CHANNELS[platform]
    if platform in getattr(settings, "CASESAFE_WEBHOOKS", {}):
        return "webhook"
    return "manual"


def get_channel(channel_id: str) -> Channel:
    module_name, cls = CHANNELS[channel_id].rsplit(".", 1)
    return getattr(importlib.import_module(module_name), cls)()  # type: ignore[no-any-return]


class EmailChannel:
    manual = False

    def deliver(self, out: Outbound) -> str:
        from django.core.mail import EmailMessage, get_connection

        if not out.to:
            raise ChannelError("no email address on file", permanent=True)
        sender = getattr(settings, "CASESAFE_EMAIL_FROM", "") or out.account_handle
        domain = sender.rsplit("@", 1)[-1] if "@" in sender else "casesafe.invalid"
        message_id = f"<{out.idempotency_key}@{domain}>"
        # The subject names the agency only: mail subjects are seen on lock screens.
        email = EmailMessage(
            subject=f"A message from {out.agency_name}",
            body=out.text,
            from_email=sender,
            to=list(out.to),
            headers={"Message-ID": message_id, "X-CaseSafe-Idempotency-Key": out.idempotency_key},
            connection=get_connection(fail_silently=False),
        )
        for photo in out.photos:
            email.attach(photo.filename, photo.data, photo.mime)
        try:
            email.send(fail_silently=False)
        except OSError as exc:  # smtplib errors are OSErrors; refused, reset, timed out
            permanent = type(exc).__name__ in ("SMTPRecipientsRefused", "SMTPSenderRefused")
            raise ChannelError(f"email: {type(exc).__name__}", permanent=permanent) from None
        return message_id


class ManualChannel:
    manual = True

    def deliver(self, out: Outbound) -> str:
        return ""  # the worker posts it and confirms; nothing leaves CaseSafe here


def webhook_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    """``sha256=`` + HMAC-SHA256 over ``timestamp.body`` (the Stripe/Slack habit, so a
    replayed body with a new timestamp does not verify)."""
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={mac}"


class WebhookChannel:
    """POST JSON to the agency's gateway for this platform.

    settings.CASESAFE_WEBHOOKS = {"sms": {"url": "https://gw.example/casesafe", "secret": "..."}}

    Body: ``{"idempotency_key", "message_id", "agency", "platform", "account_id",
    "purpose", "audience", "text", "photos"}``; each photo is ``{"filename", "mime",
    "size", "sha256", "alt_text", "data_base64"}`` (the clean copy, inside the signed
    body, so the signature covers the pictures too). Headers: ``Idempotency-Key`` (the same key on every
    retry: the gateway must send each key once), ``X-CaseSafe-Timestamp`` (Unix seconds)
    and ``X-CaseSafe-Signature`` (`webhook_signature`). A 2xx is delivered; 4xx other
    than 408/429 is permanent; anything else is retried with backoff.
    """

    manual = False
    timeout = 10

    def deliver(self, out: Outbound) -> str:
        config: dict[str, Any] = getattr(settings, "CASESAFE_WEBHOOKS", {}).get(out.platform, {})
        url, secret = config.get("url"), config.get("secret", "")
        if not url or not secret:
            raise ChannelError("webhook: no gateway configured for this platform", permanent=True)
        body = json.dumps(
            {
                "idempotency_key": out.idempotency_key,
                "message_id": out.message_id,
                "agency": out.agency,
                "platform": out.platform,
                "account_id": out.account_id,
                "purpose": out.purpose,
                "audience": out.audience,
                "text": out.text,
                "photos": [
                    {
                        "filename": p.filename,
                        "mime": p.mime,
                        "size": len(p.data),
                        "sha256": p.sha256,
                        "alt_text": p.alt_text,
                        "data_base64": base64.b64encode(p.data).decode("ascii"),
                    }
                    for p in out.photos
                ],
            },
            sort_keys=True,
        ).encode()
        ts = str(int(time.time()))
        request = urllib.request.Request(  # noqa: S310 - the agency's configured https URL
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Idempotency-Key": out.idempotency_key,
                "X-CaseSafe-Timestamp": ts,
                "X-CaseSafe-Signature": webhook_signature(secret.encode(), ts, body),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                return str(response.headers.get("X-Request-Id", "") or response.status)
        except urllib.error.HTTPError as exc:
            permanent = 400 <= exc.code < 500 and exc.code not in (408, 429)
            raise ChannelError(f"webhook: HTTP {exc.code}", permanent=permanent) from None
        except OSError as exc:
            raise ChannelError(f"webhook: {type(exc).__name__}") from None

"""Messages and posts, their approvals and their deliveries.

A `Message` holds the text that was cleared to go out (sealed: AES-GCM under the field
key) and the pre-flight decision it was cleared with. Its `Delivery` rows carry a unique
idempotency key, so a delivery job that runs twice (a worker killed mid-send and
restarted) finds the row already delivered and never sends again. An `Approval` is open
at most once per message (a conditional unique constraint in the database).

A `MessagePhoto` is the clean copy of an attached photo (sealed like the text), never the
upload: the original's SHA-256 is all that is kept of it. While the message is still
being written the photo belongs to its author alone (`message` is null: a draft).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from casesafe.apps.core.fields import EncryptedTextField


class Message(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PENDING_APPROVAL = "pending_approval", "Waiting for approval"
        APPROVED = "approved", "Approved, not yet published"
        SENT_BACK = "sent_back", "Sent back for changes"
        QUEUED = "queued", "Queued for delivery"
        SENT = "sent", "Sent"
        FAILED = "failed", "Delivery failed"
        POSTED = "posted", "Published"

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    # A public post of the agency (recruitment, events) may belong to no case.
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, related_name="messages", null=True, blank=True
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recipients = models.JSONField(default=list)  # CasePerson ids
    platform = models.CharField(max_length=60)
    account_id = models.CharField(max_length=100, blank=True)
    purpose = models.CharField(max_length=40)
    audience = models.CharField(max_length=10)
    text = EncryptedTextField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    decision = models.JSONField(default=dict)  # the pre-flight decision it was cleared with
    acknowledged = models.BooleanField(default=False)
    acknowledgement = EncryptedTextField(null=True, blank=True)  # why a warning was accepted
    posted_where = models.CharField(max_length=500, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["agency", "status"])]

    def __str__(self) -> str:
        return f"message {self.pk} ({self.status})"

    @property
    def is_public(self) -> bool:
        return self.audience == "public"


class Approval(models.Model):
    class State(models.TextChoices):
        OPEN = "open", "Waiting"
        APPROVED = "approved", "Approved"
        SENT_BACK = "sent_back", "Sent back"

    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="approvals")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    comment = EncryptedTextField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["message"], condition=Q(state="open"), name="one_open_approval_per_message"
            ),
            models.CheckConstraint(
                condition=Q(decided_by__isnull=True) | ~Q(decided_by=models.F("requested_by")),
                name="approval_not_by_requester",
            ),
        ]


class Delivery(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        RETRYING = "retrying", "Waiting to retry"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"
        AWAITING_CONFIRMATION = "awaiting_confirmation", "Waiting for the worker to post it"

    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="deliveries")
    channel = models.CharField(max_length=30)  # a key of channels.CHANNELS
    idempotency_key = models.CharField(max_length=80, unique=True)
    status = models.CharField(max_length=25, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)  # a class name and code, no text
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]


def photo_aad(agency_id: int, clean_sha256: str) -> str:
    """Associated data of a sealed clean copy: the bytes open only for this agency and
    this digest (a copied ciphertext does not decrypt elsewhere)."""
    return f"communications.photo:{agency_id}:{clean_sha256}"


class MessagePhoto(models.Model):
    """The clean copy of a photo attached to a message, and what screening said of it.

    Only the clean copy is stored (`sealed`: AES-GCM under the field key, as
    `records.Attachment`); of the upload only `original_sha256`. `findings` is a summary
    without words: category, source, whether it was removed and the box (in the clean
    copy's pixels), so the page can draw them again; `reasons` the engine's codes.
    """

    class Decision(models.TextChoices):
        ALLOW = "allow", "No identifying details left"
        WARN = "warn", "Warning"
        BLOCK = "block", "Blocked"

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # Null while the message is being written (a draft only its author can see).
    message = models.ForeignKey(
        Message, on_delete=models.PROTECT, related_name="photos", null=True, blank=True
    )
    position = models.PositiveSmallIntegerField(default=0)
    sealed = models.TextField()  # encrypt_bytes(clean copy, photo_aad(...))
    mime = models.CharField(max_length=30)
    size = models.PositiveIntegerField()
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    clean_sha256 = models.CharField(max_length=64)
    original_sha256 = models.CharField(max_length=64)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    reasons = models.JSONField(default=list)  # [{"code", "decision"}]
    findings = models.JSONField(default=list)  # [{"category", "source", "removed", "box"}]
    face_count = models.PositiveSmallIntegerField(default=0)
    blur_faces = models.BooleanField(default=False)
    alt_text = EncryptedTextField(blank=True, default="")
    # What it was screened for (audience, case, consented faces, entitlement): a change
    # before sending means it is screened again.
    screened_for = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position", "pk"]
        indexes = [models.Index(fields=["author", "message"])]

    def __str__(self) -> str:
        return f"photo {self.pk} ({self.decision})"

    @property
    def extension(self) -> str:
        return "png" if self.mime == "image/png" else "jpg"

    @property
    def filename(self) -> str:
        return f"photo-{self.position + 1}.{self.extension}"

    def clean_bytes(self) -> bytes:
        from casesafe.apps.core.fields import decrypt_bytes

        return decrypt_bytes(self.sealed, photo_aad(self.agency_id, self.clean_sha256))

    def seal(self, data: bytes) -> None:
        """Set the clean copy (and its digest, size): the only bytes this row holds."""
        import hashlib

        from casesafe.apps.core.fields import encrypt_bytes

        self.clean_sha256 = hashlib.sha256(data).hexdigest()
        self.size = len(data)
        self.sealed = encrypt_bytes(data, photo_aad(self.agency_id, self.clean_sha256))

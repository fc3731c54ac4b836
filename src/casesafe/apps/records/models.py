"""Storage of the tamper-evident logs (the hashing and proofs live in `casesafe.ledger`).

Rows are append-only: database triggers (migration 0002) refuse DELETE, and refuse any
UPDATE except of `sealed` (the encrypted content), which retention sets to NULL and key
rotation re-encrypts. Changing `sealed` to anything else is caught by verification,
because the leaf commits to a salted hash of the content.
"""

from __future__ import annotations

from django.db import models


class LogName(models.TextChoices):
    CASE = "case", "Case record"
    ACCESS = "access", "Access log"


class LogHead(models.Model):
    """One row per agency log: the lock appends take, and the size they reached."""

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT)
    log = models.CharField(max_length=10, choices=LogName.choices)
    size = models.BigIntegerField(default=0)
    last_leaf = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agency", "log"], name="one_head_per_log")]


class LogEntry(models.Model):
    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT)
    log = models.CharField(max_length=10, choices=LogName.choices)
    seq = models.BigIntegerField()
    kind = models.CharField(max_length=64)
    subject = models.CharField(max_length=200)
    case_ref = models.CharField(max_length=100, blank=True, default="")
    actor = models.CharField(max_length=100)
    at = models.DateTimeField()
    header = models.TextField(
        help_text="canonical JSON of the entry header: exactly what the leaf hash covers"
    )
    leaf_hash = models.CharField(max_length=64)
    sealed = models.TextField(
        null=True, help_text="AES-GCM sealed content and salt; NULL once purged"
    )

    class Meta:
        ordering = ["agency", "log", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "log", "seq"], name="one_entry_per_seq")
        ]
        indexes = [models.Index(fields=["agency", "log", "case_ref", "seq"], name="entry_case_idx")]

    @property
    def purged(self) -> bool:
        return self.sealed is None


class LogNode(models.Model):
    """Complete interior nodes of the Merkle tree, so proofs take O(log n) reads."""

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT)
    log = models.CharField(max_length=10, choices=LogName.choices)
    level = models.PositiveSmallIntegerField()
    index = models.BigIntegerField()
    hash = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "log", "level", "index"], name="one_node")
        ]


class Checkpoint(models.Model):
    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT)
    log = models.CharField(max_length=10, choices=LogName.choices)
    size = models.BigIntegerField()
    root = models.CharField(max_length=64)
    note = models.TextField(help_text="the signed note (C2SP tlog-checkpoint)")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["agency", "log", "size", "pk"]
        get_latest_by = "pk"


class SigningKey(models.Model):
    """Public halves of the record-signing keys, active and retired (private keys stay in files)."""

    name = models.CharField(max_length=100)
    vkey = models.CharField(max_length=200, unique=True)
    fingerprint = models.CharField(max_length=100)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["active"], condition=models.Q(active=True), name="one_active_signing_key"
            )
        ]


class Attachment(models.Model):
    """An original file kept with the record (sealed), addressed by its SHA-256."""

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT)
    sha256 = models.CharField(max_length=64)
    size = models.BigIntegerField()
    sealed = models.TextField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "sha256"], name="one_attachment_per_digest")
        ]

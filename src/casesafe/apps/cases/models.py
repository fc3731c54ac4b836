"""Cases, the people in them, relationships, contact boundaries, consents, break-the-glass
openings and the agency's policy versions.

Identifiers (names, aliases, dates of birth, addresses, phones, emails, handles, schools,
places, notes) are sealed with the field key (`casesafe.apps.core.fields`); the person's
name also has a blind index for exact lookups.

Boundaries, consents and their revocations are history: a row, once written, is never
changed in meaning. A boundary change ends the old row (`superseded_at`) and writes a new
one; a revocation is a row of its own. `save()` refuses any other update so no code path
can overwrite them silently.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from casesafe.apps.core.fields import BlindIndexField, EncryptedJSONField, EncryptedTextField


class HistoryOverwriteError(Exception):
    """Raised when code tries to change a history row in place."""


class AppendOnly(models.Model):
    # Fields that may be set once after creation (closing a row); everything else is fixed.
    CLOSING_FIELDS: frozenset[str] = frozenset()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not self._state.adding:
            update_fields = kwargs.get("update_fields")
            if not update_fields or not set(update_fields) <= self.CLOSING_FIELDS:
                raise HistoryOverwriteError(
                    f"{type(self).__name__} rows are history: write a new row instead"
                )
            current = type(self)._base_manager.filter(pk=self.pk).values(*update_fields).first()
            if current and any(current[f] not in (None, "") for f in update_fields):
                raise HistoryOverwriteError(f"{type(self).__name__} row is already closed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise HistoryOverwriteError(f"{type(self).__name__} rows are history and are never deleted")


class Case(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="cases")
    reference = models.CharField(max_length=64)
    unit = models.ForeignKey(
        "agencies.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="cases"
    )
    assigned_workers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="assigned_cases"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["reference"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "reference"], name="case_ref_unique_in_agency"
            )
        ]

    def __str__(self) -> str:
        return self.reference


class PersonRole(models.TextChoices):
    CHILD = "child", "Child"
    SIBLING = "sibling", "Sibling"
    PARENT = "parent", "Parent"
    RELATIVE = "relative", "Relative"
    FOSTER_PARENT = "foster_parent", "Foster parent"
    CASEWORKER = "caseworker", "Caseworker"
    RESTRICTED_CONTACT = "restricted_contact", "Restricted contact"
    OTHER = "other", "Other"


class CasePerson(models.Model):
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="people")
    role = models.CharField(max_length=20, choices=PersonRole.choices)
    relationship_label = models.CharField(max_length=60, blank=True)  # "mother", "sister"
    name = EncryptedTextField()
    name_index = BlindIndexField(source="name", purpose="person-name")
    aliases = EncryptedJSONField(default=list)
    birth_date = EncryptedTextField(null=True, blank=True)  # ISO date, sealed
    preferred_language = models.CharField(max_length=40, blank=True)
    placement = EncryptedTextField(null=True, blank=True)
    addresses = EncryptedJSONField(default=list)
    phones = EncryptedJSONField(default=list)
    emails = EncryptedJSONField(default=list)
    handles = EncryptedJSONField(default=list)
    schools = EncryptedJSONField(default=list)
    places = EncryptedJSONField(default=list)
    notes = EncryptedTextField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["case_id", "pk"]

    def __str__(self) -> str:
        return f"person {self.pk} ({self.role})"

    @property
    def role_label(self) -> str:
        return self.relationship_label or self.get_role_display()


class Relationship(models.Model):
    class Kind(models.TextChoices):
        PARENT_OF = "parent_of", "parent of"
        SIBLING_OF = "sibling_of", "sibling of"
        RELATIVE_OF = "relative_of", "relative of"
        PLACED_WITH = "placed_with", "placed with"
        CARES_FOR = "cares_for", "cares for"
        OTHER = "other", "other"

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="relationships")
    from_person = models.ForeignKey(CasePerson, on_delete=models.PROTECT, related_name="+")
    to_person = models.ForeignKey(CasePerson, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    note = EncryptedTextField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # A relationship that ends (a placement that moved, a guardianship that closed) is
    # kept and marked, never deleted: the case history shows it was there.
    ended_on = models.DateField(null=True, blank=True)
    end_reason = EncryptedTextField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


class ContactBoundary(AppendOnly):
    class Kind(models.TextChoices):
        NO_CONTACT = "no_contact", "No contact"
        SUPERVISED_ONLY = "supervised_only", "Supervised contact only"

    class Source(models.TextChoices):
        COURT_ORDER = "court_order", "Court order"
        CASE_PLAN = "case_plan", "Case plan"

    CLOSING_FIELDS = frozenset({"superseded_at", "superseded_by", "end_reason"})

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="boundaries")
    from_person = models.ForeignKey(CasePerson, on_delete=models.PROTECT, related_name="+")
    to_person = models.ForeignKey(CasePerson, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    channels = models.JSONField(default=list)  # ["*"] for every channel, else catalogue slugs
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=20, choices=Source.choices)
    note = EncryptedTextField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Closing: when this row stopped being the current one, and what replaced it (if any).
    superseded_at = models.DateTimeField(null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    end_reason = EncryptedTextField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]

    @property
    def is_current(self) -> bool:
        return self.superseded_at is None

    @property
    def all_channels(self) -> bool:
        return not self.channels or "*" in self.channels


class Consent(AppendOnly):
    class GiverRole(models.TextChoices):
        SELF = "self", "The person themselves"
        PARENT = "parent", "Parent"
        GUARDIAN = "guardian", "Guardian"
        AGENCY = "agency", "The agency as guardian"

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="consents")
    person = models.ForeignKey(CasePerson, on_delete=models.PROTECT, related_name="consents")
    # Null when the agency consents as guardian.
    given_by = models.ForeignKey(
        CasePerson, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    given_by_role = models.CharField(max_length=10, choices=GiverRole.choices)
    channels = models.JSONField(default=list)
    purposes = models.JSONField(default=list)
    content_kinds = models.JSONField(default=list)
    obtained_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    obtained_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)
    note = EncryptedTextField(null=True, blank=True)
    # The signed form: a random file name in the default storage, its bytes sealed.
    evidence_path = models.CharField(max_length=200, blank=True)
    evidence_content_type = models.CharField(max_length=40, blank=True)
    evidence_size = models.PositiveIntegerField(null=True, blank=True)
    evidence_sha256 = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]

    @property
    def revocation_or_none(self) -> ConsentRevocation | None:
        try:
            return self.revocation
        except ConsentRevocation.DoesNotExist:
            return None

    def state_on(self, day: Any) -> str:
        revocation = self.revocation_or_none
        if revocation is not None and revocation.revoked_on <= day:
            return "revoked"
        if self.expires_on is not None and self.expires_on < day:
            return "expired"
        if self.obtained_on > day:
            return "not_yet"
        return "active"


class ConsentRevocation(AppendOnly):
    """Revoking is a new fact about a consent, never an edit of it."""

    consent = models.OneToOneField(Consent, on_delete=models.PROTECT, related_name="revocation")
    revoked_on = models.DateField()
    reason = EncryptedTextField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)


class BreakGlass(AppendOnly):
    """An opening of a case outside one's caseload: reason, window, supervisor review."""

    CLOSING_FIELDS = frozenset({"reviewed_by", "reviewed_at"})

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="break_glass")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = EncryptedTextField()
    opened_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at"]
        indexes = [models.Index(fields=["user", "case", "expires_at"])]


class PolicyVersion(models.Model):
    agency = models.ForeignKey(
        "agencies.Agency", on_delete=models.PROTECT, related_name="policy_versions"
    )
    policy_id = models.CharField(max_length=100)
    version = models.CharField(max_length=100)
    content_hash = models.CharField(max_length=80)
    yaml_text = models.TextField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)
    active = models.BooleanField(default=False)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency"], condition=Q(active=True), name="one_active_policy_per_agency"
            )
        ]

    def __str__(self) -> str:
        return f"{self.policy_id} {self.version}"

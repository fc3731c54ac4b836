"""Agencies and their units.

A statewide install hosts several agencies; every piece of case data hangs off exactly
one agency and no query may cross from one to another (see `casesafe.apps.accounts.access`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Agency(models.Model):
    slug = models.SlugField(unique=True, max_length=64)
    name = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "agencies"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Unit(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="units")
    name = models.CharField(max_length=200)
    supervisors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="supervised_units"
    )

    class Meta:
        ordering = ["agency__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "name"], name="unit_name_unique_in_agency")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.agency.slug})"

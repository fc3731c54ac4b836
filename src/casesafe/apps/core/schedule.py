"""Periodic jobs, enqueued by the worker's clock thread.

django.tasks has no scheduler; a small registry here is enough for hourly checkpoints and
nightly retention. The last enqueue time lives in the database, so a worker restart
neither skips a run nor runs one twice.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

logger = logging.getLogger("casesafe.schedule")


@dataclass(frozen=True)
class Periodic:
    name: str
    task_path: str  # dotted path of a django.tasks task
    every: timedelta


SCHEDULE: list[Periodic] = []


def register_periodic(job: Periodic) -> None:
    if all(existing.name != job.name for existing in SCHEDULE):
        SCHEDULE.append(job)


def enqueue_due(now: timezone.datetime | None = None) -> list[str]:
    from casesafe.apps.core.models import ScheduledRun

    now = now or timezone.now()
    enqueued = []
    for job in SCHEDULE:
        with transaction.atomic():
            run = ScheduledRun.objects.select_for_update().filter(name=job.name).first()
            if run is not None and now - run.last_enqueued_at < job.every:
                continue
            module_name, attr = job.task_path.rsplit(".", 1)
            getattr(importlib.import_module(module_name), attr).enqueue()
            ScheduledRun.objects.update_or_create(name=job.name, defaults={"last_enqueued_at": now})
            enqueued.append(job.name)
            logger.info("enqueued periodic job %s", job.name)
    return enqueued

from django.db import models


class WorkerHeartbeat(models.Model):
    """Written by the task worker so /healthz can tell whether background work runs."""

    worker = models.CharField(max_length=100, unique=True)
    seen_at = models.DateTimeField()


class ScheduledRun(models.Model):
    """When each periodic job was last enqueued, so a restarted worker neither skips nor repeats."""

    name = models.CharField(max_length=200, unique=True)
    last_enqueued_at = models.DateTimeField()

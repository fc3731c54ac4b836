"""The task worker: django-tasks-db's worker plus a heartbeat and the periodic schedule."""

from __future__ import annotations

import logging
import socket
import threading
from typing import Any

from django.db import close_old_connections, connection
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from casesafe.apps.core import schedule

logger = logging.getLogger("casesafe.worker")
CLOCK_SECONDS = 30


def _clock(worker_id: str, stop: threading.Event) -> None:
    from casesafe.apps.core.models import WorkerHeartbeat

    while not stop.is_set():
        try:
            close_old_connections()
            WorkerHeartbeat.objects.update_or_create(
                worker=worker_id, defaults={"seen_at": timezone.now()}
            )
            schedule.enqueue_due()
        except Exception:  # noqa: BLE001 - the clock must outlive a transient DB error
            logger.exception("worker clock tick failed; will retry")
        finally:
            connection.close()
        stop.wait(CLOCK_SECONDS)


class Command(DbWorkerCommand):
    help = "Run CaseSafe's background worker (tasks, heartbeat, hourly checkpoints)."

    def handle(self, *args: Any, **options: Any) -> None:
        worker_id = socket.gethostname()  # one heartbeat row per machine
        stop = threading.Event()
        clock = threading.Thread(
            target=_clock, args=(worker_id, stop), name="casesafe-clock", daemon=True
        )
        clock.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()

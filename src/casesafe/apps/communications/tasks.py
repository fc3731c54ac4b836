"""Background jobs (django.tasks): delivery, the sweep that resumes it, and the
clean-up of photos attached in compose but never sent."""

from __future__ import annotations

from django_tasks import task


@task()
def deliver(delivery_id: int) -> str:
    from casesafe.apps.communications.services import delivery_run

    return delivery_run(delivery_id)


@task()
def resume_deliveries() -> int:
    from casesafe.apps.communications.services import deliveries_resume

    return len(deliveries_resume())


@task()
def purge_photo_drafts() -> int:
    from casesafe.apps.communications.photos import drafts_purge

    return drafts_purge()

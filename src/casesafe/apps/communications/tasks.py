"""Background jobs (django.tasks): delivery and the sweep that resumes it."""

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

"""Background jobs: hourly checkpoints and the daily retention purge."""

from __future__ import annotations

from django_tasks import task

from casesafe.apps.records import services


@task()
def checkpoint_all_task() -> int:
    return len(services.checkpoint_all())


@task()
def retention_purge_task() -> int:
    """Purge what each agency's active policy says has expired."""
    from casesafe.apps.agencies.models import Agency

    return sum(
        services.retention_purge(agency, services.policy_retention_days(agency)).purged
        for agency in Agency.objects.all()
    )

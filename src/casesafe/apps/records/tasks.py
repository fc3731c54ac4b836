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
    from django.apps import apps

    from casesafe.apps.agencies.models import Agency

    if not apps.is_installed("casesafe.apps.cases"):
        return 0
    from casesafe.apps.cases.selectors import active_policy

    total = 0
    for agency in Agency.objects.all():
        policy = active_policy(agency)
        if policy is None:
            continue
        days = {
            kind: rule.days
            for kind, rule in policy.retention.items()
            if getattr(rule, "days", None)
        }
        total += services.retention_purge(agency, days).purged
    return total

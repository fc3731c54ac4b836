"""Dashboard, health check and error pages."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from casesafe.apps.accounts.access import role_required
from casesafe.apps.core import dashboard


@role_required()
def dashboard_view(request: HttpRequest) -> HttpResponse:
    panels = dashboard.panels_for(request.user)
    return render(request, "core/dashboard.html", {"panels": panels})


def healthz(request: HttpRequest) -> JsonResponse:
    """Database and worker status for monitoring; no secrets, no counts of records."""
    status: dict[str, Any] = {"status": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        status["database"] = "ok"
    except Exception:  # noqa: BLE001 - any failure means the database is unavailable
        status["database"] = "unavailable"
        status["status"] = "degraded"
    status["worker"] = worker_status()
    if status["worker"] not in ("ok", "idle"):
        status["status"] = "degraded"
    return JsonResponse(status, status=200 if status["status"] == "ok" else 503)


def worker_status() -> str:
    """`ok` when the worker beat recently, `idle` when nothing is queued, else `stale`."""
    from casesafe.apps.core.models import WorkerHeartbeat

    try:
        beat = WorkerHeartbeat.objects.order_by("-seen_at").first()
    except Exception:  # noqa: BLE001
        return "unknown"
    if beat and (timezone.now() - beat.seen_at).total_seconds() < 120:
        return "ok"
    return "stale"


def error_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    reason = getattr(exception, "reason", None) or "You do not have access to this page."
    # Recorded here, after the view's transaction rolled back, so the refusal is kept.
    from casesafe.apps.core.audit import access_event

    access_event(request, "refused", "denied", request.path[:200])
    return render(request, "errors/403.html", {"reason": reason}, status=403)


def error_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def error_500(request: HttpRequest) -> HttpResponse:
    return render(request, "errors/500.html", status=500)

"""The shell: health check, error pages, security headers, no caching of record pages."""

from __future__ import annotations

from django.test import Client


def test_healthz_reports_database_and_worker_without_secrets(db):
    response = Client().get("/healthz")
    body = response.json()
    assert body["database"] == "ok"
    assert body["worker"] in ("ok", "stale", "unknown")
    assert set(body) == {"status", "database", "worker"}


def test_healthz_is_ok_when_the_worker_beats(db):
    from django.utils import timezone

    from casesafe.apps.core.models import WorkerHeartbeat

    WorkerHeartbeat.objects.create(worker="w1", seen_at=timezone.now())
    response = Client().get("/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_pages_are_not_cached_and_carry_a_strict_csp(people, signed_in):
    response = signed_in(people["alice"]).get("/")
    assert response["Cache-Control"] == "no-store"
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"


def test_404_page_is_friendly(people, signed_in):
    response = signed_in(people["alice"]).get("/no/such/page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_403_page_explains_and_the_refusal_is_recorded(people, signed_in):
    from casesafe.apps.records.models import LogEntry

    response = signed_in(people["alice"]).get("/records/access-log/")
    assert response.status_code == 403
    assert b"Your role does not allow this page." in response.content
    assert b"recorded" in response.content
    assert LogEntry.objects.filter(
        log="access", kind="refused", actor=f"user:{people['alice'].pk}"
    ).exists()


def test_dashboard_shows_role_panels_with_empty_states(people, signed_in):
    sup = signed_in(people["sam"]).get("/").content.decode()
    assert "waiting for your approval" in sup.lower()
    comms = signed_in(people["cora"]).get("/").content.decode()
    assert "Posts and profiles" in comms and "waiting for your approval" not in comms.lower()


def test_only_the_most_specific_navigation_item_is_current(people, signed_in):
    page = signed_in(people["alice"]).get("/messages/compose/")
    current = [i["label"] for i in page.context["nav_items"] if i["current"]]
    assert current == ["Compose"]

"""DEMO-1 for the communications tests, built by the same set-up as `make run`."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def demo(db: Any, tmp_path: Any) -> dict[str, Any]:
    from casesafe.apps.accounts.models import User
    from casesafe.apps.agencies.demo import demo_agency_setup
    from casesafe.apps.cases.models import Case

    demo_agency_setup(tmp_path / "c.json")
    case = Case.objects.get(reference="DEMO-1")
    users = {u.username: u for u in User.objects.all()}
    people = {p.name.split()[0].lower(): p for p in case.people.all()}
    return {"case": case, "users": users, "people": people, "worker": users["caseworker"]}

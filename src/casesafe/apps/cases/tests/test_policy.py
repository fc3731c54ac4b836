"""Policy versions: validated, one in force per agency, invalid ones refused."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from casesafe import policy as pol
from casesafe.apps.cases import selectors, services
from casesafe.apps.cases.models import PolicyVersion

BROKEN = (
    pol.demo_policy_text()
    .replace("purposes: [scheduling]\n", "purposes: [gossip]\n", 1)
    .replace('version: "2026.1"', 'version: "2026.2"')
)


def test_invalid_policy_is_refused_and_the_old_one_stays(case_world, signed_in):
    ada = signed_in(case_world["ada"])
    before = selectors.active_policy_version(case_world["ada"].agency)
    response = ada.post("/cases/policy/", {"yaml_text": BROKEN})
    assert response.status_code == 200
    assert b"was not saved" in response.content and b"Line " in response.content
    assert b"gossip" in response.content
    assert selectors.active_policy_version(case_world["ada"].agency) == before
    assert PolicyVersion.objects.count() == 1


def test_valid_policy_becomes_active_and_history_is_kept(case_world, signed_in):
    ada = signed_in(case_world["ada"])
    agency = case_world["ada"].agency
    text = pol.demo_policy_text().replace('version: "2026.1"', 'version: "2026.2"')
    response = ada.post("/cases/policy/", {"yaml_text": text})
    assert response.status_code == 302
    assert selectors.active_policy(agency).version == "2026.2"
    assert PolicyVersion.objects.filter(agency=agency).count() == 2
    assert PolicyVersion.objects.filter(agency=agency, active=True).count() == 1
    page = ada.get("/cases/policy/")
    assert b"2026.1" in page.content and b"2026.2" in page.content
    # Same version number with different rules is refused.
    changed = text.replace("purposes: [scheduling]\n", "purposes: [scheduling, check_in]\n", 1)
    with pytest.raises(services.PolicyRefused):
        services.policy_upload(case_world["ada"], changed)


def test_upload_a_file_and_line_numbers(case_world, signed_in):
    from django.core.files.uploadedfile import SimpleUploadedFile

    ada = signed_in(case_world["ada"])
    upload = SimpleUploadedFile("policy.yaml", BROKEN.encode())
    response = ada.post("/cases/policy/", {"yaml_text": "", "upload": upload})
    issues = response.context["issues"]
    assert issues and all(i.line for i in issues)
    line = BROKEN.splitlines().index("    purposes: [gossip]") + 1
    assert any(i.line == line for i in issues)


def test_only_administrators_upload(case_world):
    from casesafe.apps.accounts.access import AccessDenied

    for name in ("alice", "sam", "cora"):
        with pytest.raises(AccessDenied):
            services.policy_upload(case_world[name], pol.demo_policy_text())


def test_one_active_policy_per_agency_in_the_database(case_world):
    agency = case_world["ada"].agency
    with pytest.raises(IntegrityError), transaction.atomic():
        PolicyVersion.objects.create(
            agency=agency, policy_id="x", version="1", content_hash="h", yaml_text="", active=True
        )


def test_active_policy_is_parsed_once_per_hash(case_world):
    agency = case_world["ada"].agency
    assert selectors.active_policy(agency) is selectors.active_policy(agency)
    assert selectors.active_policy(case_world["zed"].agency) is None


def test_contact_grid_and_tools(case_world, signed_in):
    alice = signed_in(case_world["alice"])
    page = alice.get(f"/cases/{case_world['case'].pk}/")
    grid = page.context["grid"]
    mother = next(r for r in grid if r["person"].name == "Maria Gonzalez")
    assert ("Agency email", ["scheduling"]) in [(p, u) for p, u in mother["allowed"]] or any(
        "scheduling" in u for _, u in mother["allowed"]
    )
    assert any(r["platform"].startswith("Facebook Messenger") for r in mother["refused"])
    tools = alice.get("/cases/tools/?purpose=virtual_visit&audience=secure")
    assert tools.status_code == 200
    first = tools.context["results"][0]
    assert first.platform == "doxy-me" and first.approved and first.privacy_checklist

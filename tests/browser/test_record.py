"""The Record tab as a caseworker uses it: see the entries verified, export for court."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import pytest

from casesafe.apps.core.testing import PASSWORD, axe_serious

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_record_tab_and_court_export(page, live_server, people, tmp_path):
    from casesafe.apps.cases.models import Case
    from casesafe.apps.records.services import checkpoint_all, record_append

    alice = people["alice"]
    case = Case.objects.create(agency=alice.agency, reference="R-7", unit=alice.unit)
    case.assigned_workers.add(alice)
    for kind in ("message", "consent_recorded", "message"):
        record_append(
            agency=alice.agency,
            kind=kind,
            subject=f"case:{case.pk}",
            case_ref="R-7",
            actor=alice,
            payload={"channel": "agency-email"},
        )
    checkpoint_all()

    page.goto(f"{live_server.url}/accounts/login/?next=/records/cases/{case.pk}/record/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**/records/cases/{case.pk}/record/")
    assert page.get_by_test_id("integrity").get_attribute("data-ok") == "true"
    assert page.locator("table.casesafe-record tbody tr").count() == 3
    page.get_by_label("Show").select_option("consent_recorded")
    page.get_by_role("button", name="Filter").click()
    assert page.locator("table.casesafe-record tbody tr").count() == 1
    assert axe_serious(page) == []

    page.get_by_label("Why are you exporting the record?").fill("Hearing on 2026-12-02, order 44")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export for court (zip)").click()
    target = tmp_path / "bundle.zip"
    download_info.value.save_as(target)
    folder = tmp_path / "bundle"
    zipfile.ZipFile(io.BytesIO(target.read_bytes())).extractall(folder)
    verified = subprocess.run(
        [sys.executable, "verify.py", "."], cwd=folder, capture_output=True, text=True
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # One changed byte in any file is caught and the file is named.
    entry = sorted((folder / "entries").iterdir())[0]
    entry.write_bytes(entry.read_bytes().replace(b"message", b"messagE", 1))
    tampered = subprocess.run(
        [sys.executable, "verify.py", "."], cwd=folder, capture_output=True, text=True
    )
    assert tampered.returncode != 0 and entry.name in tampered.stdout + tampered.stderr

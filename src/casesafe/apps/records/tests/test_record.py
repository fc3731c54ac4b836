"""The case record and the access log in the database (security.md 13-17, issue 4)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from io import BytesIO

import pytest
from django.db import DatabaseError, connection, transaction

from casesafe.apps.records import services
from casesafe.apps.records.export import case_export
from casesafe.apps.records.models import Attachment, Checkpoint, LogEntry, LogNode


def _append(agency, n=5, case_ref="C-1", **extra):
    return [
        services.record_append(
            agency=agency,
            kind="message",
            subject="case:1",
            case_ref=case_ref,
            actor=None,
            payload={"n": i, "text": "See you Thursday at 4"},
            **extra,
        )
        for i in range(n)
    ]


def test_append_verifies_and_numbers_densely(agencies):
    rows = _append(agencies["one"], 7)
    assert [r.seq for r in rows] == list(range(7))
    services.checkpoint_all()
    result = services.verify_log(agencies["one"], "case")
    assert result.ok and result.size == 7 and result.checkpoints_checked == 1
    # Agencies have separate logs.
    assert services.verify_log(agencies["two"], "case").size == 0


def test_an_action_and_its_record_commit_together(agencies):
    with pytest.raises(RuntimeError), transaction.atomic():
        _append(agencies["one"], 1)
        raise RuntimeError("the caller's change failed")
    assert not LogEntry.objects.exists()
    assert services.verify_log(agencies["one"], "case").ok
    # The next append takes sequence 0 again: nothing was lost or skipped.
    assert _append(agencies["one"], 1)[0].seq == 0


def test_content_is_sealed_in_the_database(agencies):
    _append(agencies["one"], 1)
    with connection.cursor() as cursor:
        cursor.execute("SELECT sealed, header FROM records_logentry")
        sealed, header = cursor.fetchone()
    assert "Thursday" not in sealed and "Thursday" not in header


@pytest.mark.parametrize(
    "statement", ["UPDATE records_logentry SET kind = 'x'", "DELETE FROM records_logentry"]
)
def test_database_refuses_rewriting_history(agencies, statement):
    _append(agencies["one"], 2)
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement)
    assert LogEntry.objects.filter(kind="message").count() == 2


def test_nodes_and_checkpoints_cannot_change(agencies):
    _append(agencies["one"], 4)
    services.checkpoint_all()
    for sql in ("DELETE FROM records_lognode", "UPDATE records_checkpoint SET size = 1"):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql)
    assert LogNode.objects.exists()
    assert Checkpoint.objects.get(agency=agencies["one"], log="case").size == 4


def test_swapped_content_is_caught_and_named(agencies):
    rows = _append(agencies["one"], 4)
    # The one change the database allows (re-encryption) used to move content around:
    LogEntry.objects.filter(pk=rows[2].pk).update(sealed=rows[1].sealed)
    result = services.verify_log(agencies["one"], "case")
    assert not result.ok and result.first.seq == 2


def test_verify_command(agencies, capsys):
    from casesafe.cli import main

    rows = _append(agencies["one"], 3)
    services.checkpoint_all()
    assert main(["ledger", "verify", "--agency", "one", "--log", "case"]) == 0
    assert "ok   one/case: 3 entries" in capsys.readouterr().out
    LogEntry.objects.filter(pk=rows[1].pk).update(sealed=rows[0].sealed)
    assert main(["ledger", "verify", "--agency", "one"]) == 1
    assert "entry 1" in capsys.readouterr().err


def test_export_bundle_verifies_and_detects_a_changed_byte(agencies, tmp_path):
    _append(agencies["one"], 4, attachments={"form.pdf": b"%PDF-1.4 signed consent"})
    _append(agencies["one"], 2, case_ref="OTHER")
    out = tmp_path / "bundle"
    result = case_export(agencies["one"], "C-1", out, reason="hearing 2026-12-01", actor=None)
    assert result.entries == 4
    names = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {
        "verify.py",
        "MANIFEST.sha256",
        "checkpoint.txt",
        "summary.pdf",
        "CERTIFICATION.txt",
    } <= names
    assert any(n.startswith("attachments/") for n in names)
    ok = subprocess.run(
        [sys.executable, str(out / "verify.py"), str(out)], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # The export itself is recorded, with its reason and bundle hash.
    exported = LogEntry.objects.get(kind="export")
    assert exported.case_ref == "C-1"
    target = out / "summary.pdf"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    bad = subprocess.run(
        [sys.executable, str(out / "verify.py"), str(out)], capture_output=True, text=True
    )
    assert bad.returncode != 0 and "summary.pdf" in (bad.stdout + bad.stderr)


def test_purge_shreds_content_and_keeps_the_log_verifiable(agencies, tmp_path):
    _append(agencies["one"], 3, attachments={"photo.jpg": b"\xff\xd8 original"})
    services.checkpoint_all()
    result = services.retention_purge(agencies["one"], {"message": 0})
    assert result.purged == 3
    assert LogEntry.objects.filter(kind="message", sealed__isnull=False).count() == 0
    assert Attachment.objects.get().sealed is None
    assert LogEntry.objects.filter(kind="retention_purge").count() == 1
    assert services.verify_log(agencies["one"], "case").ok
    out = tmp_path / "b"
    case_export(agencies["one"], "C-1", out, reason="audit", actor=None)
    text = "".join(p.read_text(errors="ignore") for p in (out / "entries").iterdir())
    assert "Thursday" not in text
    assert (
        subprocess.run(
            [sys.executable, str(out / "verify.py"), str(out)], capture_output=True
        ).returncode
        == 0
    )


def test_sign_in_and_refusals_go_to_the_access_log(people, signed_in):
    from django.test import Client

    Client().post(
        "/accounts/login/", {"username": "alice", "password": "correct horse battery staple"}
    )
    assert LogEntry.objects.filter(
        log="access", kind="sign_in", agency=people["alice"].agency
    ).exists()
    signed_in(people["alice"]).get("/admin/")  # not an administrator
    signed_in(people["bob"]).get("/records/access-log/")
    refused = LogEntry.objects.filter(log="access", kind="refused")
    assert refused.count() >= 1
    assert services.verify_log(people["alice"].agency, "access").ok


def test_hourly_checkpoint_is_scheduled(agencies):
    from casesafe.apps.core.schedule import enqueue_due

    _append(agencies["one"], 2)
    assert "records.checkpoint" in enqueue_due()
    assert Checkpoint.objects.filter(agency=agencies["one"], log="case", size=2).exists()
    assert "records.checkpoint" not in enqueue_due()  # not again within the hour


def test_record_page_and_export_download(people, signed_in):
    from casesafe.apps.cases.models import Case

    case = Case.objects.create(
        agency=people["alice"].agency, reference="C-1", unit=people["alice"].unit
    )
    case.assigned_workers.add(people["alice"])
    _append(people["alice"].agency, 2)
    c = signed_in(people["alice"])
    page = c.get(f"/records/cases/{case.pk}/record/")
    assert page.status_code == 200 and b'data-ok="true"' in page.content
    download = c.post(f"/records/cases/{case.pk}/record/export/", {"reason": "court order 7"})
    assert download["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(BytesIO(download.content)).namelist()
    assert "verify.py" in names and "C-1" not in download["Content-Disposition"]
    no_reason = c.post(f"/records/cases/{case.pk}/record/export/", {"reason": " "})
    assert no_reason.status_code == 302


def test_the_rewrite_switch_is_off_outside_a_flush(agencies):
    from casesafe.apps.records import guard

    _append(agencies["one"], 1)
    assert guard._sqlite_flag() == 0
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM records_logentry")


def test_key_rotation_keeps_old_checkpoints_verifying(agencies, settings, tmp_path):
    settings.CASESAFE_SIGNING_KEY_FILE = tmp_path / "keys" / "record-signing.key"
    _append(agencies["one"], 3)
    services.checkpoint_all()
    old = services.signer().public_key
    new = services.signing_key_rotate()
    assert new != old
    _append(agencies["one"], 2)
    services.checkpoint_all()
    result = services.verify_log(agencies["one"], "case")
    assert result.ok and result.checkpoints_checked >= 3
    assert old in services.keyring().retired
    assert list((tmp_path / "keys").glob("record-signing.key.retired-*"))


@pytest.mark.parametrize(
    ("kind", "days"),
    [
        ("consent", 3650),
        ("consent_revoked", 3650),
        ("message", 30),
        ("message_sent", 30),
        ("visit", 1),
        ("x", 1),
    ],
)
def test_retention_rule_for_each_kind(kind, days):
    schedule = {"consent": 3650, "message": 30, "*": 1}
    assert services.retention_for_kind(kind, schedule) == days


def test_purge_command_uses_the_policy(agencies, capsys):
    from casesafe.cli import main

    _append(agencies["one"], 2)
    assert main(["ledger", "purge", "--agency", "one"]) == 0
    assert "nothing purged" in capsys.readouterr().out  # no active policy: keep everything
    assert LogEntry.objects.filter(sealed__isnull=True).count() == 0


def test_field_key_rotation_keeps_the_record_readable_and_verifiable(agencies, settings, tmp_path):
    from django.core.management import call_command

    settings.CASESAFE_FIELD_KEY_FILE = tmp_path / "keys" / "field.key"
    _append(agencies["one"], 3, attachments={"form.pdf": b"%PDF signed"})
    before = LogEntry.objects.get(seq=0).sealed
    call_command("rotate_field_key")
    assert LogEntry.objects.get(seq=0).sealed != before  # re-sealed under the new key
    assert services.verify_log(agencies["one"], "case").ok
    digest = Attachment.objects.get().sha256
    assert services.attachment_bytes(agencies["one"], digest) == b"%PDF signed"

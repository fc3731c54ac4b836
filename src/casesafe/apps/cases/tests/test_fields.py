"""security.md 9: sealed columns, wrong keys refused, blind index, key rotation."""

from __future__ import annotations

import base64

import pytest
from django.core.management import call_command
from django.db import connection

from casesafe.apps.cases.models import CasePerson, Consent
from casesafe.apps.cases.services import evidence_read, person_find_by_name
from casesafe.apps.core import fields

from .factories import PDF


def _raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def test_raw_columns_hold_no_plaintext(case_world):
    mother = case_world["mother"]
    for column in ("name", "addresses", "phones"):
        raw = _raw("cases_caseperson", column, mother.pk)
        assert raw.startswith("enc1:")
        assert "Maria" not in raw and "Elm" not in raw and "3344" not in raw
    assert CasePerson.objects.get(pk=mother.pk).name == "Maria Gonzalez"
    assert CasePerson.objects.get(pk=mother.pk).phones == ["555-201-3344"]


def test_same_value_seals_differently_and_is_bound_to_its_column():
    a = fields.encrypt_text("Tyler", "cases.caseperson.name")
    b = fields.encrypt_text("Tyler", "cases.caseperson.name")
    assert a != b
    assert fields.decrypt_text(a, "cases.caseperson.name") == "Tyler"
    with pytest.raises(fields.FieldDecryptionError):
        fields.decrypt_text(a, "cases.caseperson.notes")


def test_wrong_key_and_tampering_raise(case_world, settings, tmp_path):
    token = fields.encrypt_text("secret", "x.y")
    prefix, kid, body = token.split(":", 2)
    flipped = body[:20] + ("A" if body[20] != "A" else "B") + body[21:]
    with pytest.raises(fields.FieldDecryptionError):
        fields.decrypt_text(f"{prefix}:{kid}:{flipped}", "x.y")
    with pytest.raises(fields.FieldDecryptionError):
        fields.decrypt_bytes(token, "x.y", key=fields.new_field_key())
    other = tmp_path / "other.key"
    other.write_bytes(base64.b64encode(fields.new_field_key()))
    settings.CASESAFE_FIELD_KEY_FILE = other
    with pytest.raises(fields.FieldDecryptionError):
        fields.decrypt_text(token, "x.y")
    with pytest.raises(fields.FieldDecryptionError):
        CasePerson.objects.get(pk=case_world["mother"].pk)


def test_blind_index_finds_normalised_names(case_world):
    alice, case = case_world["alice"], case_world["case"]
    found = person_find_by_name(alice, case, "  maria   GONZALEZ ")
    assert [p.pk for p in found] == [case_world["mother"].pk]
    assert person_find_by_name(alice, case, "Maria Gonzales") == []
    raw = _raw("cases_caseperson", "name_index", case_world["mother"].pk)
    assert len(raw) == 64 and "maria" not in raw
    assert fields.blind_index("Ty", "a") != fields.blind_index("Ty", "b")


@pytest.fixture
def key_file(settings, tmp_path):
    path = tmp_path / "keys" / "field.key"
    path.parent.mkdir()
    path.write_bytes(base64.b64encode(fields.new_field_key()))
    settings.CASESAFE_FIELD_KEY_FILE = path
    return path


@pytest.fixture
def records_sealed(monkeypatch):
    """The record store seals its own columns; until the records app registers them for
    rotation, register them here with its associated data."""
    from casesafe.apps.records.store import _aad

    columns = dict(fields.SEALED_COLUMNS)
    columns.setdefault("records.LogEntry.sealed", lambda row: _aad(row.agency_id, row.log, row.seq))
    columns.setdefault(
        "records.Attachment.sealed", lambda row: f"attachment:{row.agency_id}:{row.sha256}"
    )
    monkeypatch.setattr(fields, "SEALED_COLUMNS", columns)


def test_rotation_refuses_when_a_sealed_column_is_not_covered(key_file, case_world, monkeypatch):
    from django.core.management.base import CommandError

    monkeypatch.setattr(fields, "SEALED_COLUMNS", {})
    before = key_file.read_bytes()
    with pytest.raises(CommandError, match="records.LogEntry.sealed"):
        call_command("rotate_field_key")
    assert key_file.read_bytes() == before
    assert sorted(p.name for p in key_file.parent.iterdir()) == ["field.key"]


def test_rotation_reseals_every_row_and_file(key_file, case_world, records_sealed):
    # Rows written under this key, including a consent with a sealed signed form.
    from casesafe.apps.cases import services

    alice, case, mother = case_world["alice"], case_world["case"], case_world["mother"]
    person = services.person_add(alice, case, {"name": "Rotating Person", "role": "relative"})
    import datetime as dt

    consent = services.consent_record(
        alice,
        case,
        services.ConsentInput(
            person=mother,
            given_by=mother,
            given_by_role="self",
            channels=("sms",),
            purposes=("scheduling",),
            obtained_on=dt.date(2026, 3, 1),
            evidence=PDF,
        ),
    )
    old_raw = _raw("cases_caseperson", "name", person.pk)
    old_index = _raw("cases_caseperson", "name_index", person.pk)
    old_key = key_file.read_bytes()
    old_path = consent.evidence_path

    call_command("rotate_field_key", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert key_file.read_bytes() != old_key
    assert key_file.with_name("field.key.retired").read_bytes() == old_key
    new_raw = _raw("cases_caseperson", "name", person.pk)
    assert new_raw != old_raw and new_raw.split(":")[1] == fields.key_id(fields.sealing_key())
    assert _raw("cases_caseperson", "name_index", person.pk) != old_index
    assert CasePerson.objects.get(pk=person.pk).name == "Rotating Person"
    assert person_find_by_name(alice, case, "rotating person")[0].pk == person.pk
    consent = Consent.objects.get(pk=consent.pk)
    assert consent.evidence_path != old_path
    assert evidence_read(consent.evidence_path) == PDF
    # The case record still opens under the new key.
    from casesafe.apps.records.selectors import case_record

    entries = case_record(alice, case)
    assert entries and all(e.content is not None for e in entries)
    # The old key no longer opens the new rows.
    with pytest.raises(fields.FieldDecryptionError):
        fields.decrypt_bytes(new_raw, "cases.caseperson.name", key=base64.b64decode(old_key))
    # Every encrypted row of every model is under the new key.
    kid = fields.key_id(fields.sealing_key())
    for model, sealed, _ in fields.encrypted_models():
        for name in sealed:
            column = model._meta.get_field(name).column
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT {column} FROM {model._meta.db_table} WHERE {column} IS NOT NULL"  # noqa: S608
                )
                assert all(row[0].split(":")[1] == kid for row in cursor.fetchall())

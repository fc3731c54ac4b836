"""The database itself refuses to rewrite history (SQLite and PostgreSQL).

DELETE is refused on entries and tree nodes; UPDATE of an entry may change only `sealed`
(retention drops it, key rotation re-encrypts it). Nodes and checkpoints never change.
"""

from django.db import migrations

PROTECTED_ENTRY_COLUMNS = [
    "agency_id",
    "log",
    "seq",
    "kind",
    "subject",
    "case_ref",
    "actor",
    "at",
    "header",
    "leaf_hash",
]

# casesafe_allow_rewrite() is registered by casesafe.apps.records.guard (0 unless a test
# flushes the database); where it is missing the trigger errors, so the change is refused.
_OFF = "casesafe_allow_rewrite() = 0"

SQLITE = [
    f"""CREATE TRIGGER records_logentry_no_delete BEFORE DELETE ON records_logentry WHEN {_OFF}
       BEGIN SELECT RAISE(ABORT, 'the record is append-only: entries cannot be deleted'); END""",
    f"""CREATE TRIGGER records_logentry_no_rewrite BEFORE UPDATE ON records_logentry
       WHEN {_OFF} AND ("""
    + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in PROTECTED_ENTRY_COLUMNS)
    + """) BEGIN SELECT RAISE(ABORT, 'the record is append-only: only sealed content may be purged or re-encrypted'); END""",
    f"""CREATE TRIGGER records_lognode_no_delete BEFORE DELETE ON records_lognode WHEN {_OFF}
       BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END""",
    f"""CREATE TRIGGER records_lognode_no_update BEFORE UPDATE ON records_lognode WHEN {_OFF}
       BEGIN SELECT RAISE(ABORT, 'the record is append-only'); END""",
    f"""CREATE TRIGGER records_checkpoint_no_delete BEFORE DELETE ON records_checkpoint WHEN {_OFF}
       BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END""",
    f"""CREATE TRIGGER records_checkpoint_no_update BEFORE UPDATE ON records_checkpoint WHEN {_OFF}
       BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS " + name
    for name in (
        "records_logentry_no_delete",
        "records_logentry_no_rewrite",
        "records_lognode_no_delete",
        "records_lognode_no_update",
        "records_checkpoint_no_delete",
        "records_checkpoint_no_update",
    )
]

PG = [
    """CREATE OR REPLACE FUNCTION records_refuse() RETURNS trigger AS $$
       BEGIN
         IF current_setting('casesafe.allow_rewrite', true) = 'on' THEN RETURN OLD; END IF;
         RAISE EXCEPTION 'the record is append-only: %% on %% refused', TG_OP, TG_TABLE_NAME;
       END;
       $$ LANGUAGE plpgsql""",
    """CREATE OR REPLACE FUNCTION records_entry_guard() RETURNS trigger AS $$
       BEGIN
         IF current_setting('casesafe.allow_rewrite', true) = 'on' THEN RETURN NEW; END IF;
         IF ROW("""
    + ", ".join(f"NEW.{c}" for c in PROTECTED_ENTRY_COLUMNS)
    + ") IS DISTINCT FROM ROW("
    + ", ".join(f"OLD.{c}" for c in PROTECTED_ENTRY_COLUMNS)
    + """) THEN
           RAISE EXCEPTION 'the record is append-only: only sealed content may be purged or re-encrypted';
         END IF;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    "CREATE TRIGGER records_logentry_no_delete BEFORE DELETE ON records_logentry FOR EACH ROW EXECUTE FUNCTION records_refuse()",
    "CREATE TRIGGER records_logentry_no_rewrite BEFORE UPDATE ON records_logentry FOR EACH ROW EXECUTE FUNCTION records_entry_guard()",
    "CREATE TRIGGER records_lognode_no_change BEFORE UPDATE OR DELETE ON records_lognode FOR EACH ROW EXECUTE FUNCTION records_refuse()",
    "CREATE TRIGGER records_checkpoint_no_change BEFORE UPDATE OR DELETE ON records_checkpoint FOR EACH ROW EXECUTE FUNCTION records_refuse()",
    # Row triggers do not fire on TRUNCATE; these statement triggers close that door.
    "CREATE TRIGGER records_logentry_no_truncate BEFORE TRUNCATE ON records_logentry FOR EACH STATEMENT EXECUTE FUNCTION records_refuse()",
    "CREATE TRIGGER records_lognode_no_truncate BEFORE TRUNCATE ON records_lognode FOR EACH STATEMENT EXECUTE FUNCTION records_refuse()",
    "CREATE TRIGGER records_checkpoint_no_truncate BEFORE TRUNCATE ON records_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION records_refuse()",
]
PG_REVERSE = [
    "DROP TRIGGER IF EXISTS records_logentry_no_truncate ON records_logentry",
    "DROP TRIGGER IF EXISTS records_lognode_no_truncate ON records_lognode",
    "DROP TRIGGER IF EXISTS records_checkpoint_no_truncate ON records_checkpoint",
    "DROP TRIGGER IF EXISTS records_logentry_no_delete ON records_logentry",
    "DROP TRIGGER IF EXISTS records_logentry_no_rewrite ON records_logentry",
    "DROP TRIGGER IF EXISTS records_lognode_no_change ON records_lognode",
    "DROP TRIGGER IF EXISTS records_checkpoint_no_change ON records_checkpoint",
    "DROP FUNCTION IF EXISTS records_refuse()",
    "DROP FUNCTION IF EXISTS records_entry_guard()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("records", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": PG}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": PG_REVERSE}),
        )
    ]

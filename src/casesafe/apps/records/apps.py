from datetime import timedelta

from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "casesafe.apps.records"
    label = "records"
    verbose_name = "The communication record"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from casesafe.apps.core import audit, schedule
        from casesafe.apps.records import guard

        connection_created.connect(guard.install, dispatch_uid="records-guard")
        # Field-key rotation must re-seal the record's content and attachments too.
        from casesafe.apps.core import fields
        from casesafe.apps.records.store import _aad, attachment_aad

        fields.register_sealed_column(
            "records.LogEntry.sealed", lambda r: _aad(r.agency_id, r.log, r.seq)
        )
        fields.register_sealed_column(
            "records.Attachment.sealed", lambda r: attachment_aad(r.agency_id, r.sha256)
        )
        from casesafe.apps.core.context_processors import NavItem, register_nav
        from casesafe.apps.records import services

        audit.register_sink(services.access_sink)
        schedule.register_periodic(
            schedule.Periodic(
                "records.checkpoint",
                "casesafe.apps.records.tasks.checkpoint_all_task",
                timedelta(hours=1),
            )
        )
        schedule.register_periodic(
            schedule.Periodic(
                "records.retention",
                "casesafe.apps.records.tasks.retention_purge_task",
                timedelta(days=1),
            )
        )
        register_nav(
            NavItem("Access log", "records:access-log", frozenset({"administrator"}), order=80)
        )

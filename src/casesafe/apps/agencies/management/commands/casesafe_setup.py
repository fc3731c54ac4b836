"""Create the keys (if absent) and, with --demo, the demo agency. Safe to run again."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from casesafe.apps.core.keys import ensure_keys


class Command(BaseCommand):
    help = (
        "Create signing and field-encryption keys under var/keys and (with --demo) the demo agency."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--demo", action="store_true", help="create or refresh the demo agency")

    def handle(self, *args: Any, demo: bool = False, **options: Any) -> None:
        for path in ensure_keys():
            self.stdout.write(f"key ready: {path}")
        if demo:
            from casesafe.apps.agencies.demo import credentials_path, demo_agency_setup

            try:
                data = demo_agency_setup()
            except RuntimeError as exc:
                raise CommandError(str(exc)) from None
            self.stdout.write(
                f"demo agency ready: {data['agency']} ({len(data['users'])} sign-ins in {credentials_path()})"
            )

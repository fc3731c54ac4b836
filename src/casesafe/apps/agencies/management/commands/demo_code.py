"""Print the current two-step code of a demo supervisor or administrator (demo only)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Print the current authenticator code for a demo user (only when CASESAFE_DEMO is on)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, username: str, **options: Any) -> None:
        if not settings.CASESAFE_DEMO:
            raise CommandError("Demo codes are only available in the demo (CASESAFE_DEMO on).")
        device = TOTPDevice.objects.filter(user__username=username, confirmed=True).first()
        if device is None:
            raise CommandError(f"{username} has no authenticator set up.")
        self.stdout.write(
            f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"
        )

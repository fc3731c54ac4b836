"""Helpers the test suites share (kept out of conftest.py so they can be imported by name)."""

from __future__ import annotations

from typing import Any

PASSWORD = "correct horse battery staple"  # noqa: S105 - the test people's password


def totp_now(user: Any) -> str:
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user, confirmed=True)
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def axe_serious(page: Any) -> list[str]:
    """Serious or critical axe-core violations on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: "
        + "; ".join(
            str(n.get("target")) + " " + n.get("failureSummary", "")[:160] for n in v["nodes"][:3]
        )
        + ")"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]

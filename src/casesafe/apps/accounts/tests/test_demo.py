"""security.md 1: no shared or default accounts in production; the demo is demo-only."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from casesafe.apps.accounts.models import User
from casesafe.apps.agencies.demo import demo_agency_setup


def test_demo_agency_is_the_same_every_time(db, tmp_path):
    path = tmp_path / "demo-credentials.json"
    first = demo_agency_setup(path)
    second = demo_agency_setup(path)
    assert first == second
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    data = json.loads(path.read_text())
    assert data["agency"] == "Demo County Children's Services"
    roles = {u["username"]: u["role"] for u in data["users"]}
    assert roles == {
        "caseworker": "caseworker",
        "caseworker2": "caseworker",
        "supervisor": "supervisor",
        "comms": "communications",
        "admin": "administrator",
        "other": "caseworker",
    }
    assert {u["username"] for u in data["users"] if "totp_secret" in u} == {"supervisor", "admin"}
    assert User.objects.get(username="other").agency.name == "Other County"
    for entry in data["users"]:
        assert User.objects.get(username=entry["username"]).check_password(entry["password"])


def test_demo_refused_when_demo_is_off(db, settings, tmp_path):
    settings.CASESAFE_DEMO = False
    with pytest.raises(RuntimeError):
        demo_agency_setup(tmp_path / "x.json")
    assert not User.objects.exists()


def _clean_env() -> dict[str, str]:
    # The browser fixture sets DJANGO_ALLOW_ASYNC_UNSAFE in this process; a production
    # process never has it, and `check --deploy` rightly warns about it.
    return {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}


def _production(env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {
        **_clean_env(),
        "DJANGO_SETTINGS_MODULE": "casesafe.web.settings.production",
        "DJANGO_SECRET_KEY": "k" * 64,
        **env_extra,
    }
    code = "import django; django.setup(); print('started')"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


def test_production_refuses_demo_settings():
    result = _production({"CASESAFE_DEMO": "1"})
    assert result.returncode != 0 and "refuse" in result.stderr


def test_production_check_deploy_is_clean():
    env = {
        **_clean_env(),
        "DJANGO_SETTINGS_MODULE": "casesafe.web.settings.production",
        "DJANGO_SECRET_KEY": "kq9-Xr7!vB2#mZ5@pL8&nT4*wY6^hD3(sF1)gJ0" * 2,
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "casesafe.web.manage",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout

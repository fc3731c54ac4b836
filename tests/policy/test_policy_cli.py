"""`casesafe policy` as an administrator runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASESAFE = ROOT / ".venv" / "bin" / "casesafe"
DEMO = ROOT / "src" / "casesafe" / "policy" / "data" / "demo-policy.yaml"


def casesafe(*args: str) -> subprocess.CompletedProcess[str]:
    command = [str(CASESAFE)] if CASESAFE.exists() else [sys.executable, "-m", "casesafe.cli"]
    return subprocess.run(
        [*command, "policy", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_validate_a_good_file() -> None:
    result = casesafe("validate", str(DEMO))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout
    assert "demo-county-social-media" in result.stdout and "2026.1" in result.stdout


def test_validate_a_broken_file_names_each_line(tmp_path: Path) -> None:
    broken = tmp_path / "policy.yaml"
    broken.write_text(
        "policy_id: broken\n"
        "version: 2\n"
        "agency: Broken County\n"
        "platforms:\n"
        "  tiktok-x:\n"
        "    accounts: [{id: a, kind: agency, handle: h}]\n"
        "    purposes: [recruitment]\n"
        "    audiences: [public]\n"
        "  facebook-messenger:\n"
        "    accounts: [{id: b, kind: agency, handle: h}]\n"
        "    purposes: [scheduling]\n"
        "    audiences: [private]\n"
        "    phi_allowed: true\n",
        encoding="utf-8",
    )
    result = casesafe("validate", str(broken))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{broken}:5: platform 'tiktok-x' is not in the catalogue",
        f"{broken}:13: phi_allowed on 'facebook-messenger' but the catalogue says no BAA is available",
    ]
    assert "Traceback" not in result.stderr
    as_json = json.loads(casesafe("validate", str(broken), "--json").stdout)
    assert as_json["valid"] is False
    assert [e["line"] for e in as_json["errors"]] == [5, 13]


@pytest.mark.parametrize("content", [b"\xff\xfe not text", None])
def test_unreadable_files_are_user_errors(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "p.yaml"
    if content is not None:
        path.write_bytes(content)
    result = casesafe("validate", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("casesafe policy:")


def test_show_json_is_the_normalised_policy() -> None:
    result = casesafe("show", str(DEMO), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["policy_id"] == "demo-county-social-media"
    assert data["platforms"]["doxy-me"]["phi_allowed"] is True
    assert data["content_hash"].startswith("sha256:")


def test_platforms_lists_the_catalogue() -> None:
    text = casesafe("platforms").stdout
    assert "doxy-me" in text and "whatsapp" in text
    data = json.loads(casesafe("platforms", "--json").stdout)
    slugs = {p["slug"] for p in data["platforms"]}
    assert {
        "agency-email",
        "sms",
        "doxy-me",
        "facebook-messenger",
        "facebook-page",
        "instagram",
    } <= slugs


def test_recommend_prefers_doxy_for_health_information() -> None:
    result = casesafe(
        "recommend", "--purpose", "health_information", "--audience", "secure", "--json"
    )
    assert result.returncode == 0, result.stderr
    ranked = json.loads(result.stdout)
    assert ranked[0]["platform"] == "doxy-me" and ranked[0]["suitable"]
    assert [r["platform"] for r in ranked if r["suitable"]] == ["doxy-me"]


def test_no_action_is_a_user_error() -> None:
    result = casesafe()
    assert result.returncode == 2
    assert "choose an action" in result.stderr


def test_replay_stored_facts(tmp_path: Path) -> None:
    from policy_demo import RICARDO, TYLER, facts

    from casesafe.policy.serialise import facts_to_dict

    stored = tmp_path / "facts.json"
    stored.write_text(
        json.dumps(facts_to_dict(facts("doxy-me", "virtual_visit", "secure", (TYLER, RICARDO))))
    )
    result = casesafe("replay", str(stored), "--policy", str(DEMO))
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["outcome"] == "block"
    assert "CONTACT_RESTRICTED" in [r["code"] for r in decision["reasons"]]
    assert decision["policy_version"] == "2026.1"
    stored.write_text("{not json")
    bad = casesafe("replay", str(stored), "--policy", str(DEMO))
    assert bad.returncode == 2 and "not valid JSON" in bad.stderr

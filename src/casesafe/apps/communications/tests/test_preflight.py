"""Issue 6 acceptance with DEMO-1: one decision before anything goes out."""

from __future__ import annotations

import io
import json
from argparse import Namespace
from contextlib import redirect_stdout
from typing import Any

import pytest

from casesafe.apps.communications.preflight import PreflightInputError, preflight_for

VISIT = "Hi, the visit moved to Thursday at 4pm. Does that still work?"
PSYCH = "The psych eval came back and the doctor wants to adjust Tyler's Adderall."


def _pf(demo: dict[str, Any], **kw: Any) -> Any:
    return preflight_for(demo["worker"], demo["case"], **kw)


def test_maria_by_agency_email_for_scheduling_is_allowed(demo):
    result = _pf(
        demo,
        platform="agency-email",
        purpose="scheduling",
        audience="private",
        recipients=["Maria Gonzalez"],
        text=VISIT,
    )
    assert result.outcome == "allow", result.to_dict()["reasons"]
    assert result.decision.policy_version == "2026.1"


def test_the_same_by_messenger_is_blocked_for_consent(demo):
    result = _pf(
        demo,
        platform="facebook-messenger",
        purpose="scheduling",
        audience="private",
        recipients=["Maria Gonzalez"],
        text=VISIT,
    )
    assert result.outcome == "block"
    assert {"CONSENT_MISSING", "CONSENT_SCOPE"} & set(result.decision.codes)


def test_virtual_visit_with_tyler_and_ricardo_is_restricted(demo):
    result = _pf(
        demo,
        platform="doxy-me",
        purpose="virtual_visit",
        audience="private",
        recipients=["Tyler Gonzalez", "Ricardo Gonzalez"],
        text="Here is the link for family time on Saturday at 10am.",
    )
    assert result.outcome == "block"
    assert "CONTACT_RESTRICTED" in result.decision.codes


def test_health_details_by_email_are_blocked_for_the_channel(demo):
    result = _pf(
        demo,
        platform="agency-email",
        purpose="case_update",
        audience="private",
        recipients=["Maria Gonzalez"],
        text=PSYCH,
    )
    assert result.outcome == "block"
    assert "PHI_NOT_ALLOWED_ON_CHANNEL" in result.decision.codes


def test_health_details_on_doxy_me_are_not_blocked(demo):
    result = _pf(
        demo,
        platform="doxy-me",
        purpose="case_update",
        audience="private",
        recipients=["Maria Gonzalez"],
        text=PSYCH,
    )
    assert result.outcome != "block", result.to_dict()["reasons"]
    assert result.screening is not None and result.screening.audience.value == "secure"


def test_public_post_naming_tyler_is_blocked_for_content(demo):
    result = _pf(
        demo,
        platform="facebook-page",
        purpose="recruitment",
        audience="public",
        text="Meet Tyler Gonzalez, 12, a bright fifth grader at Lincoln Elementary who loves soccer.",
    )
    assert result.outcome == "block"
    assert "CONTENT_BLOCKED" in result.decision.codes


def test_clean_recruitment_post_needs_approval(demo):
    result = _pf(
        demo,
        platform="facebook-page",
        purpose="recruitment",
        audience="public",
        text="Could you open your home to a child? Join our foster parent information night at the library on Tuesday.",
    )
    assert result.outcome == "needs_approval", result.to_dict()["reasons"]
    assert result.decision.codes == ("APPROVAL_REQUIRED",)


def test_check_in_with_tyler_on_instagram_is_under_age(demo):
    result = _pf(
        demo,
        platform="instagram",
        purpose="check_in",
        audience="private",
        recipients=["Tyler Gonzalez"],
        text="Hey, just checking in. How was your week?",
    )
    assert result.outcome == "block"
    assert "RECIPIENT_UNDER_MIN_AGE" in result.decision.codes


def test_unknown_recipient_is_an_input_error(demo):
    with pytest.raises(PreflightInputError):
        _pf(
            demo,
            platform="sms",
            purpose="scheduling",
            audience="private",
            recipients=["Nobody Here"],
            text=VISIT,
        )


def test_screening_failure_blocks(demo, monkeypatch):
    from casesafe.apps.checks import services

    def broken(*a: Any, **k: Any) -> Any:
        raise RuntimeError("engine down")

    monkeypatch.setattr(services, "text_check", broken)
    result = _pf(
        demo,
        platform="agency-email",
        purpose="scheduling",
        audience="private",
        recipients=["Maria Gonzalez"],
        text=VISIT,
    )
    assert result.outcome == "block"
    assert "SCREENING_UNAVAILABLE" in result.decision.codes


def test_any_other_failure_blocks_with_check_failed(demo, monkeypatch):
    from casesafe.apps.cases import selectors

    def broken(*a: Any, **k: Any) -> Any:
        raise RuntimeError("database went away")

    monkeypatch.setattr(selectors, "active_policy", broken)
    result = _pf(
        demo,
        platform="agency-email",
        purpose="scheduling",
        audience="private",
        recipients=["Maria Gonzalez"],
        text=VISIT,
    )
    assert result.outcome == "block" and result.decision.codes == ("CHECK_FAILED",)


def test_someone_outside_the_caseload_cannot_preflight(demo):
    from casesafe.apps.accounts.access import AccessDenied

    with pytest.raises(AccessDenied):
        preflight_for(
            demo["users"]["caseworker2"],
            demo["case"],
            platform="agency-email",
            purpose="scheduling",
            audience="private",
            recipients=["Maria Gonzalez"],
            text=VISIT,
        )


# --------------------------------------------------------------------------- CLI


def _cli(**kw: Any) -> tuple[int, dict[str, Any]]:
    from casesafe.apps.communications import cli

    ns = Namespace(
        username="caseworker",
        case="DEMO-1",
        to=[],
        platform="agency-email",
        purpose="scheduling",
        audience="private",
        text=VISIT,
        account=None,
        json=True,
    )
    for k, v in kw.items():
        setattr(ns, k, v)
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.run(ns)
    return code, json.loads(out.getvalue())


def test_cli_prints_the_decision(demo):
    code, data = _cli(to=["Maria Gonzalez"])
    assert code == 0
    assert data["outcome"] == "allow" and data["policy_version"] == "2026.1"
    assert data["screening"]["decision"] == "allow"
    code, data = _cli(to=["Tyler Gonzalez"], platform="instagram", purpose="check_in")
    assert code == 1
    codes = {r["code"] for r in data["reasons"]}
    assert "RECIPIENT_UNDER_MIN_AGE" in codes
    assert all(set(r) >= {"code", "message", "guidance"} for r in data["reasons"])


def test_cli_user_errors(demo):
    from casesafe.cli import CommandError

    with pytest.raises(CommandError):
        _cli(username="nobody")
    with pytest.raises(CommandError):
        _cli(case="NOPE-9")
    with pytest.raises(CommandError):
        _cli(to=["Nobody Here"])
    with pytest.raises(CommandError):
        _cli(username="caseworker2", to=["Maria Gonzalez"])


def test_cli_through_the_casesafe_command(demo, capsys):
    from casesafe import cli

    code = cli.main(
        [
            "preflight",
            "--as",
            "caseworker",
            "--case",
            "DEMO-1",
            "--to",
            "Maria Gonzalez",
            "--platform",
            "facebook-messenger",
            "--purpose",
            "scheduling",
            "--audience",
            "private",
            "--text",
            VISIT,
            "--json",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["outcome"] == "block"

"""The policy loader reports every mistake in a file with the line it is on."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from casesafe.policy import (
    PolicyValidationError,
    demo_policy,
    demo_policy_text,
    parse_policy,
    validate_policy_text,
)

GOOD = """\
policy_id: test-agency
version: "3"
agency: Test County
platforms:
  agency-email:
    accounts:
      - {id: mail, kind: agency, handle: casework@test.example.gov}
    purposes: [scheduling]
    audiences: [private]
  doxy-me:
    accounts:
      - {id: doxy, kind: agency, handle: https://doxy.me/test}
    purposes: [virtual_visit, health_information]
    audiences: [private, secure]
    phi_allowed: true
    baa: {signed: true, plan: Clinic, signed_on: 2026-01-15}
"""


def errors(text: str) -> list[tuple[int | None, str]]:
    result = validate_policy_text(textwrap.dedent(text))
    assert result.policy is None
    return [(i.line, i.message) for i in result.issues]


def test_the_demo_policy_validates() -> None:
    policy = demo_policy()
    assert policy.policy_id == "demo-county-social-media"
    assert policy.agency == "Demo County Children's Services"
    assert set(policy.platforms) == {
        "agency-email",
        "sms",
        "doxy-me",
        "facebook-messenger",
        "facebook-page",
        "instagram",
    }
    doxy = policy.platforms["doxy-me"]
    assert doxy.phi_allowed and doxy.baa is not None and doxy.baa.signed
    assert not policy.platforms["agency-email"].phi_allowed
    assert not policy.platforms["facebook-messenger"].phi_allowed
    assert policy.platforms["facebook-page"].approval_required
    assert policy.platforms["instagram"].audiences == {"public"}
    assert all(a.kind == "agency" for r in policy.platforms.values() for a in r.accounts)


def test_a_good_policy_loads_and_is_stamped() -> None:
    policy = parse_policy(GOOD)
    stamp = policy.stamp()
    assert stamp["policy_id"] == "test-agency"
    assert stamp["policy_version"] == "3"
    assert stamp["policy_hash"].startswith("sha256:") and len(stamp["policy_hash"]) == 71


def test_the_hash_follows_meaning_not_formatting() -> None:
    base = parse_policy(GOOD).content_hash
    reformatted = "# a comment\n" + GOOD.replace("[scheduling]", "[ scheduling ]")
    assert parse_policy(reformatted).content_hash == base
    changed = GOOD.replace("[scheduling]", "[scheduling, case_update]")
    assert parse_policy(changed).content_hash != base


def test_retention_and_public_contacts_are_exposed() -> None:
    policy = demo_policy()
    assert policy.retention_days("audit_import") == 365
    # Seven years, never shorter than seven calendar years.
    assert policy.retention_days("message") == 7 * 365 + 2
    assert policy.retention_days("no-such-kind") is None
    rule = policy.retention_for("message")
    assert rule is not None
    assert rule.purge_after(dt.date(2024, 2, 29)) == dt.date(2031, 3, 1)
    assert policy.public_contacts.main_line == "(555) 010-0100"
    assert "info@democounty.example.gov" in policy.public_contacts.all()


def test_every_error_is_reported_with_its_line() -> None:
    text = """\
    policy_id: demo
    version: 1
    agency: X
    colour: blue
    platforms:
      tiktok-x:
        accounts: [{id: a1, kind: agency, handle: h}]
        purposes: [recruitment]
        audiences: [public]
      facebook-messenger:
        accounts:
          - {id: a2, kind: personal, handle: me}
        purposes: [scheduling, gossip]
        audiences: [private]
        phi_allowed: true
      facebook-messenger:
        accounts: [{id: a3, kind: agency, handle: h}]
        purposes: [scheduling]
        audiences: [private]
      doxy-me:
        accounts: [{id: a4, kind: agency, handle: h}]
        purposes: [virtual_visit]
        audiences: [private]
        phi_allowed: true
        baa: {signed: true, plan: Clinic, signed_on: 2026-02-30}
      instagram:
        accounts: [{id: a5, kind: agency, handle: h}]
        purposes: [recruitment]
        audiences: [public]
        minimum_age: 12
    retention:
      message: {years: seven}
      mesages: {days: 3}
    """
    found = errors(text)
    lines = [line for line, _ in found]
    assert lines == [4, 6, 12, 13, 15, 16, 25, 30, 32, 33]
    messages = dict(found)
    assert messages[6] == "platform 'tiktok-x' is not in the catalogue"
    assert (
        messages[15]
        == "phi_allowed on 'facebook-messenger' but the catalogue says no BAA is available"
    )
    assert messages[16] == "platform 'facebook-messenger' is listed twice (first on line 10)"
    assert "unknown key 'colour'" in messages[4]
    assert "must be 'agency', not 'personal'" in messages[12]
    assert "'gossip' is not a known value" in messages[13]
    assert messages[25] == "signed_on '2026-02-30' is not a real date"
    assert "below the platform's own minimum of 13" in messages[30]
    assert messages[32] == "years must be a whole number, not 'seven'"
    assert "unknown record kind 'mesages'" in messages[33]


@pytest.mark.parametrize(
    ("replace", "by", "line", "fragment"),
    [
        ('version: "3"', "version:", 2, "version must not be empty"),
        ("agency: Test County\n", "", 1, "missing the required key 'agency'"),
        (
            "kind: agency, handle: casework",
            "kind: agency, handle: casework, shoe: 9",
            7,
            "unknown key 'shoe'",
        ),
        (
            "audiences: [private]\n  doxy",
            "audiences: [public]\n  doxy",
            9,
            "audience 'public' is not possible on 'agency-email'",
        ),
        (
            "purposes: [scheduling]",
            "purposes: [scheduling, health_information]",
            8,
            "needs phi_allowed: true",
        ),
        (
            "audiences: [private]\n  doxy",
            "audiences: [secure]\n  doxy",
            9,
            "audience 'secure' on 'agency-email' needs phi_allowed",
        ),
        ("plan: Clinic", "plan: Platinum", 16, "plan 'Platinum' of 'doxy-me' has no BAA"),
        ("signed: true", "signed: false", 16, "its BAA is not signed"),
        ("signed_on: 2026-01-15", "signed_on: 15/01/2026", 16, "must be a date written YYYY-MM-DD"),
        (
            "    baa: {signed: true, plan: Clinic, signed_on: 2026-01-15}\n",
            "",
            15,
            "needs a signed BAA",
        ),
        ("phi_allowed: true", "phi_allowed: maybe", 15, "must be true or false"),
        ("id: mail", "id: doxy", 12, "account id 'doxy' is used twice (first on line 7)"),
        ("[scheduling]", "[]", 8, "needs at least one purpose"),
        ("[scheduling]", "scheduling", 8, "must be a list"),
        ("[scheduling]", "[scheduling, scheduling]", 8, "'scheduling' is listed twice"),
        ("policy_id: test-agency", "policy_id: Test Agency!", 1, "must be lowercase letters"),
    ],
)
def test_each_kind_of_mistake(replace: str, by: str, line: int, fragment: str) -> None:
    assert replace in GOOD
    found = errors(GOOD.replace(replace, by, 1))
    assert any(found_line == line and fragment in message for found_line, message in found), found


def test_phi_on_a_public_platform_is_refused() -> None:
    text = GOOD + (
        "  facebook-live:\n"
        "    accounts: [{id: live, kind: agency, handle: h}]\n"
        "    purposes: [recruitment]\n"
        "    audiences: [public]\n"
        "    phi_allowed: true\n"
    )
    assert (21, "phi_allowed on 'facebook-live' but it reaches the public") in errors(text)


def test_yaml_syntax_errors_carry_a_line() -> None:
    found = errors("policy_id: x\nversion: 1\nplatforms: [unclosed\nagency: y\n")
    assert len(found) == 1 and found[0][0] is not None and found[0][0] >= 3
    assert found[0][1].startswith("not valid YAML")


def test_unsafe_yaml_is_refused() -> None:
    found = errors("policy_id: !!python/object:os.system x\nversion: 1\nagency: y\nplatforms: {}\n")
    assert (1, "unsupported YAML tag 'tag:yaml.org,2002:python/object:os.system'") in found
    aliased = GOOD + "approval: &a {public_posts: true}\nconsent: *a\n"
    assert any("aliases are not allowed" in m for _, m in errors(aliased))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "the file is empty"),
        ("- a\n- b\n", "the policy must be a mapping"),
        (GOOD + "---\nother: doc\n", "only one YAML document"),
        ("policy_id: x\nversion: 1\nagency: y\nplatforms: {}\n", "approves no platform"),
    ],
)
def test_documents_that_are_not_policies(text: str, fragment: str) -> None:
    assert any(fragment in m for _, m in errors(text))


def test_parse_policy_raises_with_all_issues() -> None:
    with pytest.raises(PolicyValidationError) as caught:
        parse_policy(
            GOOD.replace("tiktok", "x").replace("agency-email", "myspace").replace("Clinic", "Gold")
        )
    assert len(caught.value.issues) == 2
    assert "line 5: platform 'myspace' is not in the catalogue" in str(caught.value)


def test_demo_text_is_the_shipped_file() -> None:
    assert "Demo County Children's Services" in demo_policy_text()

"""The demo case and the case file for screening."""

from __future__ import annotations

import io
import json
from argparse import Namespace
from contextlib import redirect_stdout

import pytest

from casesafe.apps.cases.models import Case, CasePerson, Consent, ContactBoundary
from casesafe.screening.types import CaseContext


@pytest.fixture
def demo(db, tmp_path):
    from casesafe.apps.agencies.demo import demo_agency_setup

    demo_agency_setup(tmp_path / "creds.json")
    return Case.objects.get(reference="DEMO-1")


def _run_cli(*argv: str) -> str:
    from casesafe.apps.cases import cli

    ns = Namespace(case_command="context", reference=argv[0], username=None, agency=None)
    if len(argv) > 1:
        ns.username = argv[1]
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.run(ns) == 0
    return out.getvalue()


def test_demo_case_is_the_same_every_time(demo, tmp_path):
    from casesafe.apps.agencies.demo import demo_agency_setup

    counts = (CasePerson.objects.count(), Consent.objects.count(), ContactBoundary.objects.count())
    demo_agency_setup(tmp_path / "creds.json")
    assert (
        CasePerson.objects.count(),
        Consent.objects.count(),
        ContactBoundary.objects.count(),
    ) == counts
    assert counts == (5, 4, 1)
    assert [u.username for u in demo.assigned_workers.all()] == ["caseworker"]
    assert demo.unit.name == "Family Services Unit A"
    boundary = ContactBoundary.objects.get()
    assert (boundary.from_person.name, boundary.to_person.name) == (
        "Ricardo Gonzalez",
        "Tyler Gonzalez",
    )
    assert boundary.channels == ["*"] and boundary.source == "court_order"
    assert str(boundary.ends_on) == "2027-06-30"
    maria = next(p for p in demo.people.all() if p.name == "Maria Gonzalez")
    assert maria.preferred_language == "Spanish"
    assert not any("facebook-messenger" in c.channels for c in maria.consents.all())
    tyler_consent = Consent.objects.get(person__role="child")
    assert tyler_consent.given_by_role == "agency" and tyler_consent.channels == ["doxy-me"]


def test_cli_prints_a_valid_case_file(demo):
    text = _run_cli("DEMO-1")
    data = json.loads(text)
    ctx = CaseContext.from_dict(data)
    assert ctx.case_id == "DEMO-1"
    by_name = {p.name: p for p in ctx.people}
    assert set(by_name) == {
        "Tyler Gonzalez",
        "Maria Gonzalez",
        "Ricardo Gonzalez",
        "Sofia Gonzalez",
        "Linda Park",
    }
    tyler = by_name["Tyler Gonzalez"]
    assert tyler.role == "child" and set(tyler.aliases) == {"Ty", "T-Man"}
    assert str(tyler.birth_date) == "2014-03-14" and tyler.school == "Lincoln Elementary"
    assert by_name["Maria Gonzalez"].address == "1220 Elm St Apt 4B, Springfield"
    assert by_name["Maria Gonzalez"].phone == "555-201-3344"
    assert by_name["Ricardo Gonzalez"].aliases == ("Rick",)
    assert str(by_name["Sofia Gonzalez"].birth_date) == "2010-08-02"
    assert by_name["Linda Park"].address == "88 Willow Ct, Springfield"
    assert by_name["Linda Park"].role == "foster_parent"
    assert "Lincoln Elementary" in ctx.places
    assert ctx.preferred_language == "Spanish"


def test_cli_as_a_user_applies_their_access(demo):
    from casesafe.apps.cases import cli
    from casesafe.cli import CommandError

    assert json.loads(_run_cli("DEMO-1", "caseworker"))["case_id"] == "DEMO-1"
    for username in ("caseworker2", "other"):
        ns = Namespace(case_command="context", reference="DEMO-1", username=username, agency=None)
        with pytest.raises(CommandError):
            cli.run(ns)
    ns = Namespace(case_command="context", reference="NOPE", username=None, agency=None)
    with pytest.raises(CommandError):
        cli.run(ns)


def test_case_context_selector_needs_access(case_world):
    from casesafe.apps.accounts.access import AccessDenied
    from casesafe.apps.cases.selectors import case_context

    data = case_context(case_world["alice"], case_world["case"])
    assert CaseContext.from_dict(data).people[0].name == "Tyler Gonzalez"
    assert case_context(case_world["sam"], case_world["case"])["case_id"] == "C-1"
    for name in ("bob", "charlie", "ada"):
        with pytest.raises(AccessDenied):
            case_context(case_world[name], case_world["case"])


def test_casesafe_command_line(demo, capsys):
    from casesafe.cli import main

    assert main(["case", "context", "DEMO-1"]) == 0
    ctx = CaseContext.from_json(capsys.readouterr().out)
    assert {"Ty", "T-Man", "Rick"} <= {a for p in ctx.people for a in p.aliases}
    assert main(["case", "context", "DEMO-1", "--as", "caseworker2"]) == 2
    assert "may not open" in capsys.readouterr().err


def test_evidence_limits():
    from casesafe.apps.cases import services

    with pytest.raises(services.CaseError):
        services.evidence_store(b"%PDF-" + b"0" * services.EVIDENCE_MAX_BYTES)
    with pytest.raises(services.CaseError):
        services.evidence_store(b"GIF89a not allowed")
    with pytest.raises(services.CaseError):
        services.evidence_store(b"")

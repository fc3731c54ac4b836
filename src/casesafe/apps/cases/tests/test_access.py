"""security.md 6-8: caseload access, break-the-glass, other agencies, audit events."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from casesafe.apps.cases import selectors
from casesafe.apps.cases.models import BreakGlass
from casesafe.apps.core import audit

REASON = "Covering the assigned worker: emergency placement call tonight."


@pytest.fixture
def events():
    seen: list[audit.AccessEvent] = []
    audit.register_sink(seen.append)
    yield seen
    audit._SINKS.remove(seen.append)


def test_who_opens_the_case(case_world, signed_in):
    url = f"/cases/{case_world['case'].pk}/"
    assert signed_in(case_world["alice"]).get(url).status_code == 200
    assert signed_in(case_world["sam"]).get(url).status_code == 200
    bob = signed_in(case_world["bob"]).get(url)
    assert bob.status_code == 403 and b"Open with a reason" in bob.content
    assert b"Tyler" not in bob.content and b"Maria" not in bob.content
    ada = signed_in(case_world["ada"]).get(url)
    assert ada.status_code == 403 and b"Tyler" not in ada.content
    assert signed_in(case_world["charlie"]).get(url).status_code == 404
    assert signed_in(case_world["cora"]).get(url).status_code == 403


def test_lists_are_scoped(case_world, signed_in):
    assert b"C-1" in signed_in(case_world["alice"]).get("/cases/").content
    assert b"C-1" in signed_in(case_world["sam"]).get("/cases/").content
    assert b"C-1" not in signed_in(case_world["bob"]).get("/cases/").content
    assert b"C-1" not in signed_in(case_world["bob"]).get("/cases/?scope=unit").content
    admin = signed_in(case_world["ada"]).get("/cases/?scope=agency")
    assert b"C-1" in admin.content and b"Tyler" not in admin.content
    assert b"C-1" not in signed_in(case_world["charlie"]).get("/cases/?scope=agency").content
    assert b"C-1" not in signed_in(case_world["zed"]).get("/cases/?scope=agency").content


def test_break_the_glass(case_world, signed_in, events):
    case = case_world["case"]
    bob = signed_in(case_world["bob"])
    url = f"/cases/{case.pk}/"
    assert bob.get(url).status_code == 403
    assert any(e.action == "refused" and e.subject == f"case:{case.pk}" for e in events)
    # A reason is required.
    short = bob.post(f"/cases/{case.pk}/break-glass/", {"reason": "need it"})
    assert short.status_code == 200 and not BreakGlass.objects.exists()
    response = bob.post(f"/cases/{case.pk}/break-glass/", {"reason": REASON})
    assert response.status_code == 302
    page = bob.get(url)
    assert page.status_code == 200 and b"Tyler Gonzalez" in page.content
    assert b"outside your caseload" in page.content
    opening = BreakGlass.objects.get()
    assert opening.user == case_world["bob"] and opening.reason == REASON
    assert (opening.expires_at - opening.opened_at) == dt.timedelta(
        minutes=selectors.BREAK_GLASS_MINUTES
    )
    assert any(e.action == "break_glass" for e in events)
    assert all("Tyler" not in str(e) and REASON not in str(e) for e in events)
    # The supervisor sees it on the dashboard and reviews it.
    sam = signed_in(case_world["sam"])
    dashboard = sam.get("/")
    assert b"C-1 opened by bob" in dashboard.content
    review = sam.get(f"/cases/break-glass/{opening.pk}/review/")
    assert review.status_code == 200 and REASON.encode() in review.content
    assert signed_in(case_world["alice"]).get(
        f"/cases/break-glass/{opening.pk}/review/"
    ).status_code in (403, 404)
    sam.post(f"/cases/break-glass/{opening.pk}/review/")
    opening.refresh_from_db()
    assert opening.reviewed_by == case_world["sam"]
    assert b"C-1 opened by bob" not in sam.get("/").content
    # The window closes.
    BreakGlass.objects.filter(pk=opening.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    assert bob.get(url).status_code == 403


def test_other_agency_cannot_break_the_glass(case_world, signed_in):
    case = case_world["case"]
    charlie = signed_in(case_world["charlie"])
    assert charlie.post(f"/cases/{case.pk}/break-glass/", {"reason": REASON}).status_code == 404
    assert charlie.get(f"/cases/{case.pk}/").status_code == 404
    assert not BreakGlass.objects.exists()
    cora = signed_in(case_world["cora"])
    assert cora.post(f"/cases/{case.pk}/break-glass/", {"reason": REASON}).status_code == 403


def test_views_and_changes_are_audited_without_pii(case_world, signed_in, events):
    alice = signed_in(case_world["alice"])
    case = case_world["case"]
    alice.get(f"/cases/{case.pk}/")
    alice.post(
        f"/cases/{case.pk}/consents/{case_world['consent'].pk}/revoke/",
        {"revoked_on": "2026-03-01", "reason": "Maria Gonzalez asked us to stop"},
    )
    actions = [(e.action, e.subject) for e in events]
    assert ("view", f"case:{case.pk}") in actions and ("change", f"case:{case.pk}") in actions
    assert all("Maria" not in str(e.detail) and "Tyler" not in str(e.detail) for e in events)


def test_web_forms_for_people_boundaries_consents(case_world, signed_in):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from casesafe.apps.cases.models import CasePerson, Consent, ContactBoundary

    from .factories import PDF

    w = case_world
    alice = signed_in(w["alice"])
    base = f"/cases/{w['case'].pk}"
    r = alice.post(
        f"{base}/people/add/",
        {
            "name": "Sofia Gonzalez",
            "role": "sibling",
            "aliases": "Sofi\nS",
            "birth_date": "2010-08-02",
        },
    )
    assert r.status_code == 302
    sofia = [p for p in CasePerson.objects.filter(case=w["case"]) if p.name == "Sofia Gonzalez"][0]
    assert sofia.aliases == ["Sofi", "S"] and sofia.birth_date == "2010-08-02"
    r = alice.post(
        f"{base}/people/{sofia.pk}/edit/",
        {"name": "Sofia Gonzalez", "role": "sibling", "schools": "Westbrook Middle"},
    )
    assert r.status_code == 302
    sofia.refresh_from_db()
    assert sofia.schools == ["Westbrook Middle"] and sofia.aliases == []
    r = alice.post(
        f"{base}/relationships/add/",
        {"from_person": sofia.pk, "kind": "sibling_of", "to_person": w["child"].pk},
    )
    assert r.status_code == 302
    r = alice.post(
        f"{base}/boundaries/add/",
        {
            "from_person": w["father"].pk,
            "to_person": sofia.pk,
            "kind": "supervised_only",
            "channels": ["doxy-me"],
            "source": "case_plan",
        },
    )
    assert r.status_code == 302
    assert ContactBoundary.objects.filter(to_person=sofia, channels=["doxy-me"]).exists()
    r = alice.post(
        f"{base}/boundaries/{w['boundary'].pk}/change/",
        {
            "from_person": w["father"].pk,
            "to_person": w["child"].pk,
            "kind": "no_contact",
            "all_channels": "on",
            "source": "court_order",
            "ends_on": "2028-01-01",
        },
    )
    assert r.status_code == 302
    assert ContactBoundary.objects.filter(to_person=w["child"]).count() == 2
    upload = SimpleUploadedFile("form.pdf", PDF, content_type="application/pdf")
    r = alice.post(
        f"{base}/consents/add/",
        {
            "person": w["mother"].pk,
            "given_by_role": "self",
            "given_by": w["mother"].pk,
            "channels": ["sms"],
            "purposes": ["scheduling"],
            "obtained_on": "2026-02-02",
            "evidence": upload,
        },
    )
    assert r.status_code == 302, r.content
    consent = Consent.objects.latest("pk")
    assert consent.evidence_content_type == "application/pdf"
    download = alice.get(f"{base}/consents/{consent.pk}/evidence/")
    assert download.status_code == 200 and download.content == PDF
    assert "attachment" in download["Content-Disposition"]
    assert signed_in(w["bob"]).get(f"{base}/consents/{consent.pk}/evidence/").status_code == 403
    # The stored file is ciphertext under a random name.
    from django.core.files.storage import default_storage

    with default_storage.open(consent.evidence_path, "rb") as handle:
        raw = handle.read()
    assert raw.startswith(b"enc1:") and b"%PDF" not in raw
    assert "form" not in consent.evidence_path
    bad = SimpleUploadedFile("form.pdf", b"<html>not a form</html>", content_type="application/pdf")
    r = alice.post(
        f"{base}/consents/add/",
        {
            "person": w["mother"].pk,
            "given_by_role": "self",
            "given_by": w["mother"].pk,
            "channels": ["sms"],
            "purposes": ["scheduling"],
            "obtained_on": "2026-02-02",
            "evidence": bad,
        },
    )
    assert r.status_code == 200 and b"PDF, JPEG or PNG" in r.content
    page = alice.get(f"{base}/")
    assert b"may not contact" in page.content


def test_new_case_and_assignment(case_world, signed_in):
    from casesafe.apps.cases.models import Case

    w = case_world
    unit_a, unit_b = w["alice"].unit, w["bob"].unit
    sam = signed_in(w["sam"])
    # A supervisor opens cases only in the units they supervise.
    assert sam.post("/cases/new/", {"reference": "N-1", "unit": unit_b.pk}).status_code == 200
    assert not Case.objects.filter(reference="N-1").exists()
    r = sam.post("/cases/new/", {"reference": "N-1", "unit": unit_a.pk, "workers": [w["bob"].pk]})
    assert r.status_code == 302
    case = Case.objects.get(reference="N-1")
    assert list(case.assigned_workers.all()) == [w["bob"]]
    assert signed_in(w["bob"]).get(f"/cases/{case.pk}/").status_code == 200
    # Duplicate references are refused within the agency.
    assert sam.post("/cases/new/", {"reference": "N-1", "unit": unit_a.pk}).status_code == 200
    # Reassign: bob loses it, alice gets it; bob cannot change the assignment himself.
    assert (
        signed_in(w["bob"])
        .post(
            f"/cases/{case.pk}/settings/",
            {"unit": unit_a.pk, "workers": [w["bob"].pk], "status": "open"},
        )
        .status_code
        == 403
    )
    r = signed_in(w["ada"]).post(
        f"/cases/{case.pk}/settings/",
        {"unit": unit_a.pk, "workers": [w["alice"].pk], "status": "open"},
    )
    assert r.status_code == 302
    assert signed_in(w["bob"]).get(f"/cases/{case.pk}/").status_code == 403
    assert signed_in(w["alice"]).get(f"/cases/{case.pk}/").status_code == 200
    assert signed_in(w["charlie"]).get(f"/cases/{case.pk}/settings/").status_code == 403
    assert signed_in(w["zed"]).get(f"/cases/{case.pk}/settings/").status_code == 404
    # Workers from another agency cannot be assigned.
    r = signed_in(w["ada"]).post(
        f"/cases/{case.pk}/settings/",
        {"unit": unit_a.pk, "workers": [w["charlie"].pk], "status": "open"},
    )
    assert r.status_code == 200
    assert list(case.assigned_workers.all()) == [w["alice"]]

"""Consents, revocations and boundaries are history: never overwritten, never deleted,
and every change lands in the case record in the same transaction."""

from __future__ import annotations

import datetime as dt

import pytest

from casesafe.apps.cases import selectors, services
from casesafe.apps.cases.models import (
    Consent,
    ConsentRevocation,
    ContactBoundary,
    HistoryOverwriteError,
)
from casesafe.apps.records.models import LogEntry
from casesafe.apps.records.selectors import case_record

from .factories import PDF


def _revoke(w, consent, reason="Mother asked us to stop texting."):
    return services.consent_revoke(
        w["alice"], w["case"], consent, revoked_on=dt.date(2026, 3, 1), reason=reason
    )


def test_consent_rows_refuse_edits_and_deletes(case_world):
    consent = case_world["consent"]
    consent.channels = ["facebook-messenger"]
    with pytest.raises(HistoryOverwriteError):
        consent.save()
    with pytest.raises(HistoryOverwriteError):
        consent.delete()
    assert Consent.objects.get(pk=consent.pk).channels == ["agency-email"]


def test_revocation_is_a_new_row_and_happens_once(case_world):
    consent = case_world["consent"]
    revocation = _revoke(case_world, consent)
    assert ConsentRevocation.objects.get(consent=consent).pk == revocation.pk
    stored = Consent.objects.get(pk=consent.pk)
    assert stored.channels == ["agency-email"] and stored.obtained_on == dt.date(2026, 2, 1)
    assert stored.state_on(dt.date(2026, 2, 15)) == "active"
    assert stored.state_on(dt.date(2026, 3, 2)) == "revoked"
    with pytest.raises(services.CaseError):
        _revoke(case_world, consent, "again")
    revocation.reason = "something else"
    with pytest.raises(HistoryOverwriteError):
        revocation.save()
    assert ConsentRevocation.objects.get(pk=revocation.pk).reason.startswith("Mother asked")
    facts = selectors.case_policy_facts(case_world["alice"], case_world["case"])
    fact = next(c for c in facts.consents if c.consent_id == str(consent.pk))
    assert fact.revoked_on == dt.date(2026, 3, 1)


def test_boundary_change_keeps_the_old_row(case_world):
    w = case_world
    old = w["boundary"]
    new = services.boundary_change(
        w["alice"],
        w["case"],
        old,
        services.BoundaryInput(
            from_person=w["father"],
            to_person=w["child"],
            kind="supervised_only",
            channels=("doxy-me",),
            source="court_order",
            starts_on=dt.date(2026, 6, 1),
        ),
    )
    old_row = ContactBoundary.objects.get(pk=old.pk)
    assert old_row.kind == "no_contact" and old_row.channels == ["*"]
    assert old_row.superseded_by_id == new.pk and old_row.superseded_at is not None
    assert [b.pk for b in selectors.case_boundaries(w["case"])] == [new.pk]
    assert ContactBoundary.objects.filter(case=w["case"]).count() == 2
    # The replaced row cannot be changed again, nor edited in place.
    with pytest.raises(services.CaseError):
        services.boundary_end(w["alice"], w["case"], old_row, "court lifted it")
    old_row.kind = "supervised_only"
    with pytest.raises(HistoryOverwriteError):
        old_row.save()
    with pytest.raises(HistoryOverwriteError):
        old_row.save(update_fields=["superseded_at"])  # already closed
    ended = services.boundary_end(w["alice"], w["case"], new, "Order lifted on review")
    assert ended.superseded_at is not None and ended.superseded_by_id is None
    assert selectors.case_boundaries(w["case"]) == []


def test_consent_change_is_in_the_case_record(case_world):
    w = case_world
    before = LogEntry.objects.filter(log="case", case_ref="C-1").count()
    consent = services.consent_record(
        w["alice"],
        w["case"],
        services.ConsentInput(
            person=w["mother"],
            given_by=w["mother"],
            given_by_role="self",
            channels=("doxy-me",),
            purposes=("virtual_visit",),
            obtained_on=dt.date(2026, 2, 1),
            evidence=PDF,
        ),
    )
    _revoke(w, consent, "Changed her mind")
    entries = case_record(w["alice"], w["case"])
    assert len(entries) == before + 2
    recorded, revoked = entries[-2], entries[-1]
    assert recorded.kind == "consent.recorded" and recorded.subject == f"consent:{consent.pk}"
    assert recorded.content["channels"] == ["doxy-me"]
    assert recorded.content["evidence_sha256"] == Consent.objects.get(pk=consent.pk).evidence_sha256
    assert "Maria" not in str(recorded.content)
    assert revoked.kind == "consent.revoked" and revoked.content["reason"] == "Changed her mind"


def test_a_failed_record_leaves_no_consent(case_world, monkeypatch):
    from casesafe.apps.cases import services as svc

    def broken(**kwargs):
        raise RuntimeError("record store unavailable")

    monkeypatch.setattr(svc, "record", broken)
    count = Consent.objects.count()
    with pytest.raises(RuntimeError):
        svc.consent_record(
            case_world["alice"],
            case_world["case"],
            svc.ConsentInput(
                person=case_world["mother"],
                given_by=case_world["mother"],
                given_by_role="self",
                channels=("sms",),
                purposes=("scheduling",),
                obtained_on=dt.date(2026, 4, 1),
            ),
        )
    assert Consent.objects.count() == count


def test_consent_rules(case_world):
    w = case_world
    make = services.ConsentInput
    bad = [
        make(
            person=w["child"],
            given_by=w["mother"],
            given_by_role="agency",
            channels=("sms",),
            purposes=("scheduling",),
            obtained_on=dt.date(2026, 1, 1),
        ),
        make(
            person=w["child"],
            given_by=None,
            given_by_role="parent",
            channels=("sms",),
            purposes=("scheduling",),
            obtained_on=dt.date(2026, 1, 1),
        ),
        make(
            person=w["child"],
            given_by=None,
            given_by_role="agency",
            channels=("myspace",),
            purposes=("scheduling",),
            obtained_on=dt.date(2026, 1, 1),
        ),
        make(
            person=w["child"],
            given_by=None,
            given_by_role="agency",
            channels=("sms",),
            purposes=("gossip",),
            obtained_on=dt.date(2026, 1, 1),
        ),
        make(
            person=w["child"],
            given_by=None,
            given_by_role="agency",
            channels=("sms",),
            purposes=("scheduling",),
            obtained_on=dt.date(2026, 1, 1),
            expires_on=dt.date(2025, 1, 1),
        ),
        make(
            person=w["child"],
            given_by=None,
            given_by_role="agency",
            channels=("sms",),
            purposes=("scheduling",),
            obtained_on=dt.date(2026, 1, 1),
            evidence=b"MZ\x90\x00 not a form",
        ),
    ]
    for data in bad:
        with pytest.raises(services.CaseError):
            services.consent_record(w["alice"], w["case"], data)

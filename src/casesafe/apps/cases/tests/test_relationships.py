"""A relationship that ends is marked, kept, shown as ended and recorded — once."""

from __future__ import annotations

import datetime as dt

import pytest

from casesafe.apps.cases import services
from casesafe.apps.cases.models import Relationship
from casesafe.apps.records.selectors import case_record


def _rel(w):
    return services.relationship_add(
        w["alice"], w["case"], from_person=w["mother"], to_person=w["child"], kind="parent_of"
    )


def test_ending_keeps_the_row_and_records_it(case_world):
    w = case_world
    rel = _rel(w)
    services.relationship_end(
        w["alice"], w["case"], rel, ended_on=dt.date(2026, 3, 2), reason="Guardianship closed"
    )
    kept = Relationship.objects.get(pk=rel.pk)
    assert kept.ended_on == dt.date(2026, 3, 2) and kept.end_reason == "Guardianship closed"
    assert not kept.is_current
    last = case_record(w["alice"], w["case"])[-1]
    assert last.kind == "relationship.ended" and last.subject == f"relationship:{rel.pk}"
    assert last.content["ended_on"] == "2026-03-02"
    assert "Guardianship" not in str(last.content)  # the reason is sealed in the row only
    with pytest.raises(services.CaseError, match="already ended"):
        services.relationship_end(
            w["alice"], w["case"], rel, ended_on=dt.date(2026, 3, 3), reason="again"
        )


@pytest.mark.parametrize(
    ("ended_on", "reason", "message"),
    [
        (dt.date(2026, 3, 2), "  ", "Say why"),
        (dt.date.today() + dt.timedelta(days=2), "moved", "future"),
    ],
)
def test_a_bad_end_is_refused_and_nothing_changes(case_world, ended_on, reason, message):
    w = case_world
    rel = _rel(w)
    before = len(case_record(w["alice"], w["case"]))
    with pytest.raises(services.CaseError, match=message):
        services.relationship_end(w["alice"], w["case"], rel, ended_on=ended_on, reason=reason)
    assert Relationship.objects.get(pk=rel.pk).is_current
    assert len(case_record(w["alice"], w["case"])) == before


def test_only_the_case_team_may_end_it(case_world):
    w = case_world
    rel = _rel(w)
    with pytest.raises(services.AccessDenied):
        services.relationship_end(
            w["bob"], w["case"], rel, ended_on=dt.date(2026, 3, 2), reason="not my case"
        )
    assert Relationship.objects.get(pk=rel.pk).is_current


def test_the_page_ends_it_and_the_case_shows_it_ended(case_world, signed_in):
    w = case_world
    rel = _rel(w)
    client = signed_in(w["alice"])
    page = client.get(f"/cases/{w['case'].pk}/relationships/{rel.pk}/end/")
    assert page.status_code == 200 and "Maria Gonzalez is parent of Tyler Gonzalez" in (
        page.content.decode()
    )
    done = client.post(
        f"/cases/{w['case'].pk}/relationships/{rel.pk}/end/",
        {"ended_on": "2026-03-02", "reason": "Placement moved"},
        follow=True,
    )
    body = done.content.decode()
    assert "Relationship ended." in body
    assert "ended 2026-03-02: Placement moved" in body
    # An ended relationship has no end page any more.
    again = client.get(f"/cases/{w['case'].pk}/relationships/{rel.pk}/end/")
    assert again.status_code == 404

"""Every cell of the contract's decision table."""

from __future__ import annotations

import pytest

from casesafe.screening import Audience, Category, Finding, NameKind, Verdict
from casesafe.screening.decide import decide


def f(category: Category, kind: NameKind | None = None) -> Finding:
    return Finding(
        0, 4, category, "high", "test", "rule", 0.9, "x", "privacy.no-full-names", name_kind=kind
    )


FULL = f(Category.PERSON, NameKind.FULL)
FIRST = f(Category.PERSON, NameKind.FIRST)
NICK = f(Category.PERSON, NameKind.NICKNAME)
PHONE = f(Category.PHONE)
HEALTH = f(Category.HEALTH)
CASE = f(Category.CASE_DETAIL)
AGE = f(Category.AGE)
SCHOOL = f(Category.SCHOOL)

A, W, B = Verdict.ALLOW, Verdict.WARN, Verdict.BLOCK
P, PR, S = Audience.PUBLIC, Audience.PRIVATE, Audience.SECURE

TABLE = [
    # findings, audience, entitled, decision, a reason code that must be present
    ([FULL], P, False, B, "DIRECT_IDENTIFIER_PUBLIC"),
    ([PHONE], P, True, B, "DIRECT_IDENTIFIER_PUBLIC"),
    ([FULL], PR, True, A, "DIRECT_IDENTIFIER_ENTITLED"),
    ([FULL], PR, False, B, "DIRECT_IDENTIFIER_NOT_ENTITLED"),
    ([PHONE], S, True, A, "DIRECT_IDENTIFIER_ENTITLED"),
    ([PHONE], S, False, B, "DIRECT_IDENTIFIER_NOT_ENTITLED"),
    ([FIRST], P, False, W, "FIRST_NAME_NEEDS_CONSENT"),
    ([NICK], P, False, W, "FIRST_NAME_NEEDS_CONSENT"),
    ([FIRST], PR, False, A, "FIRST_NAME_PRIVATE"),
    ([NICK], S, False, A, "FIRST_NAME_PRIVATE"),
    ([HEALTH], P, True, B, "HEALTH_PUBLIC"),
    ([HEALTH], PR, True, B, "HEALTH_NEEDS_SECURE_CHANNEL"),
    ([HEALTH], S, True, A, "HEALTH_ENTITLED"),
    ([HEALTH], S, False, B, "HEALTH_NOT_ENTITLED"),
    ([CASE], P, True, B, "CASE_DETAIL_PUBLIC"),
    ([CASE], PR, True, W, "CASE_DETAIL_IN_PERSON"),
    ([CASE], S, True, A, "CASE_DETAIL_ENTITLED"),
    ([CASE], S, False, W, "CASE_DETAIL_NOT_ENTITLED"),
    ([AGE, SCHOOL], P, False, W, "QUASI_COMBINED"),
    ([AGE, FIRST], P, False, W, "QUASI_WITH_FIRST_NAME"),
    ([AGE], P, False, A, "QUASI_NOTE"),
    ([AGE, SCHOOL], PR, False, A, "QUASI_PRIVATE"),
    ([AGE, SCHOOL], S, False, A, "QUASI_PRIVATE"),
    ([], P, False, A, "NO_FINDINGS"),
    ([], PR, False, A, "NO_FINDINGS"),
    ([], S, False, A, "NO_FINDINGS"),
    ([FIRST, HEALTH], S, True, A, "HEALTH_ENTITLED"),
    ([FIRST, CASE, AGE], PR, False, W, "CASE_DETAIL_IN_PERSON"),
]


@pytest.mark.parametrize(("findings", "audience", "entitled", "expected", "code"), TABLE)
def test_decision_table(
    findings: list[Finding], audience: Audience, entitled: bool, expected: Verdict, code: str
) -> None:
    verdict, reasons = decide(findings, audience, entitled)
    assert verdict is expected
    assert code in {r.code for r in reasons}
    assert all(r.message for r in reasons)


def test_strictest_reason_wins() -> None:
    verdict, reasons = decide([FIRST, HEALTH, AGE], P)
    assert verdict is B
    assert {"FIRST_NAME_NEEDS_CONSENT", "HEALTH_PUBLIC"} <= {r.code for r in reasons}

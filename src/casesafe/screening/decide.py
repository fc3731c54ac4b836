"""The audience-aware decision of the screening contract, as one pure function.

Each finding is sorted into one row of the contract's table (direct identifier, lone
first name or nickname, HEALTH, CASE_DETAIL, quasi identifier); each row yields a coded
reason for the chosen audience; the decision is the strictest reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from .types import DIRECT, QUASI, Audience, Category, Finding, NameKind, Reason, Verdict

A, W, B = Verdict.ALLOW, Verdict.WARN, Verdict.BLOCK


def row_of(finding: Finding) -> str:
    if finding.category is Category.PERSON and finding.name_kind in (
        NameKind.FIRST,
        NameKind.NICKNAME,
        NameKind.REFERENCE,  # "Grandma Pearl", "Mrs. P": a first-name-like reference
    ):
        return "first_name"
    if finding.category in DIRECT:
        return "direct"
    if finding.category is Category.HEALTH:
        return "health"
    if finding.category is Category.CASE_DETAIL:
        return "case_detail"
    if finding.category in QUASI:
        return "quasi"
    raise ValueError(f"no decision row for {finding.category}")


def _cats(findings: Sequence[Finding]) -> tuple[str, ...]:
    return tuple(sorted({f.category.value for f in findings}))


def decide(
    findings: Sequence[Finding], audience: Audience, recipient_entitled: bool = False
) -> tuple[Verdict, tuple[Reason, ...]]:
    rows: dict[str, list[Finding]] = {}
    for f in findings:
        rows.setdefault(row_of(f), []).append(f)
    reasons: list[Reason] = []
    ent = recipient_entitled

    if direct := rows.get("direct"):
        cats = _cats(direct)
        if audience is Audience.PUBLIC:
            reasons.append(
                Reason(
                    "DIRECT_IDENTIFIER_PUBLIC",
                    B,
                    "A public post may not carry names, addresses, contact details, handles, ID numbers or birth dates.",
                    cats,
                )
            )
        elif ent:
            reasons.append(
                Reason(
                    "DIRECT_IDENTIFIER_ENTITLED",
                    A,
                    "The recipient is entitled to these identifiers on this channel.",
                    cats,
                )
            )
        else:
            reasons.append(
                Reason(
                    "DIRECT_IDENTIFIER_NOT_ENTITLED",
                    B,
                    "The recipient is not recorded as entitled to these identifiers; take them out or check consent.",
                    cats,
                )
            )

    if first := rows.get("first_name"):
        cats = _cats(first)
        if audience is Audience.PUBLIC:
            reasons.append(
                Reason(
                    "FIRST_NAME_NEEDS_CONSENT",
                    W,
                    "A child's first name or nickname may appear in public only with consent on file.",
                    cats,
                )
            )
        else:
            reasons.append(
                Reason(
                    "FIRST_NAME_PRIVATE",
                    A,
                    "A first name is fine in a message to a consented person.",
                    cats,
                )
            )

    if health := rows.get("health"):
        cats = _cats(health)
        if audience is Audience.PUBLIC:
            reasons.append(
                Reason("HEALTH_PUBLIC", B, "Health information never goes in a public post.", cats)
            )
        elif audience is Audience.PRIVATE:
            reasons.append(
                Reason(
                    "HEALTH_NEEDS_SECURE_CHANNEL",
                    B,
                    "Health information needs a secure channel with a business associate agreement, not an ordinary message.",
                    cats,
                )
            )
        elif ent:
            reasons.append(
                Reason(
                    "HEALTH_ENTITLED",
                    A,
                    "The secure channel and an entitled recipient may carry this health information.",
                    cats,
                )
            )
        else:
            reasons.append(
                Reason(
                    "HEALTH_NOT_ENTITLED",
                    B,
                    "The recipient is not recorded as entitled to this health information.",
                    cats,
                )
            )

    if case := rows.get("case_detail"):
        cats = _cats(case)
        if audience is Audience.PUBLIC:
            reasons.append(
                Reason("CASE_DETAIL_PUBLIC", B, "Case details never go in a public post.", cats)
            )
        elif audience is Audience.PRIVATE:
            reasons.append(
                Reason(
                    "CASE_DETAIL_IN_PERSON",
                    W,
                    "Case details are better said in person or on a secure channel.",
                    cats,
                )
            )
        elif ent:
            reasons.append(
                Reason(
                    "CASE_DETAIL_ENTITLED",
                    A,
                    "The secure channel and an entitled recipient may carry these case details.",
                    cats,
                )
            )
        else:
            reasons.append(
                Reason(
                    "CASE_DETAIL_NOT_ENTITLED",
                    W,
                    "The recipient is not recorded as entitled to these case details; say them in person.",
                    cats,
                )
            )

    if quasi := rows.get("quasi"):
        cats = _cats(quasi)
        if audience is not Audience.PUBLIC:
            reasons.append(
                Reason(
                    "QUASI_PRIVATE",
                    A,
                    "Ages, schools and places are fine in a message to a consented person.",
                    cats,
                )
            )
        elif len(quasi) >= 2:
            reasons.append(
                Reason(
                    "QUASI_COMBINED",
                    W,
                    "Together, details like age, school and place can point to one child.",
                    cats,
                )
            )
        elif "first_name" in rows:
            reasons.append(
                Reason(
                    "QUASI_WITH_FIRST_NAME",
                    W,
                    "A first name together with an age, school or place can point to one child.",
                    cats,
                )
            )
        else:
            reasons.append(
                Reason(
                    "QUASI_NOTE",
                    A,
                    "One detail like an age or a place is usually fine alone; check it does not point to a child.",
                    cats,
                )
            )

    if not reasons:
        reasons.append(Reason("NO_FINDINGS", A, "Nothing identifying or sensitive was found."))
    verdict = max((r.verdict for r in reasons), key=lambda v: v.rank)
    return verdict, tuple(reasons)


def failure(code: str, message: str) -> tuple[Verdict, tuple[Reason, ...]]:
    """Fail closed: anything the engine could not check is treated as unsafe."""
    return B, (Reason(code, B, message),)

"""Pre-flight in the app: gather the facts the pure decision needs, then ask it.

`casesafe.policy.preflight` decides; this module only knows where the facts live (the
case record, the agency's active policy, the screening engine, the calendar). It fails
closed: an exception while gathering facts answers `block`, never a silent pass. Access
errors (a case outside the caseload) are not "checks that failed": they propagate.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.http import Http404
from django.utils import timezone

from casesafe import policy as pol
from casesafe.apps.accounts.access import AccessDenied, is_member
from casesafe.apps.cases import selectors as case_selectors
from casesafe.apps.checks import services as check_services
from casesafe.policy.reasons import REASONS, Code
from casesafe.screening import CaseContext, ScreeningResult

logger = logging.getLogger("casesafe.communications")

# Screening's own codes for "could not screen" (bad input, engine error, time-out).
SCREENING_FAILURES = frozenset({"INPUT_INVALID", "SCREENING_ERROR", "SCREENING_TIMEOUT"})
# People of a case who may hear the case's identifiers (and, on a secure channel, health
# details) about the children in it: the family and the caregivers.
ENTITLED_ROLES = frozenset({"parent", "child", "sibling", "foster_parent"})


class PreflightInputError(ValueError):
    """Input a person can fix (an unknown recipient name): a form or API error."""


@dataclass(frozen=True)
class PreflightResult:
    decision: pol.PreflightDecision
    screening: ScreeningResult | None
    facts: pol.PreflightFacts | None

    @property
    def outcome(self) -> str:
        return self.decision.outcome.value

    def to_dict(self) -> dict[str, Any]:
        d = self.decision
        return {
            "outcome": d.outcome.value,
            "message": d.message,
            "reasons": [
                {
                    "code": r.code,
                    "outcome": r.outcome.value,
                    "message": r.message,
                    "guidance": r.guidance,
                    "person_id": r.person_id,
                }
                for r in d.reasons
            ],
            "policy_id": d.policy_id,
            "policy_version": d.policy_version,
            "policy_hash": d.policy_hash,
            "platform": d.platform,
            "purpose": d.purpose,
            "audience": d.audience,
            "decided_on": d.decided_on,
            "screening": self.screening.to_dict() if self.screening is not None else None,
        }

    def snapshot(self) -> dict[str, Any]:
        """What is stored with a message and in the record: no text, no findings' words."""
        d = self.decision.to_dict()
        d["screening_decision"] = (
            self.screening.decision.value if self.screening is not None else None
        )
        return d


def agency_account(policy: pol.Policy | None, platform: str, account: str | None) -> pol.AccountRef:
    """The agency account to send from: the one asked for, else the first the policy
    lists for the platform. An unknown platform still gets a reference, so pre-flight can
    say why it is not approved."""
    if account:
        kind = "personal" if account.startswith("personal:") else "agency"
        return pol.AccountRef(platform=platform, kind=kind, account_id=account)
    rule = policy.rule_for(platform) if policy is not None else None
    first = rule.accounts[0].account_id if rule is not None and rule.accounts else ""
    return pol.AccountRef(platform=platform, kind="agency", account_id=first)


def resolve_recipients(
    case_facts: case_selectors.CaseFacts, recipients: Sequence[int | str]
) -> tuple[pol.Person, ...]:
    """Recipients given as person ids (CasePerson keys) or as full names of the case."""
    people: list[pol.Person] = []
    for item in recipients:
        key = str(item).strip()
        person = case_facts.person(key) if key.isdigit() else None
        if person is None:
            wanted = key.casefold()
            person = next((p for p in case_facts.people if p.name.casefold() == wanted), None)
        if person is None:
            # The name is not repeated: it is what the person typed and may be anyone's.
            raise PreflightInputError("A recipient is not a person in this case.")
        if person not in people:
            people.append(person)
    return tuple(people)


def _screening_outcome(result: ScreeningResult | None) -> pol.ScreeningOutcome | None:
    if result is None or any(r.code in SCREENING_FAILURES for r in result.reasons):
        return None
    categories = tuple(sorted({f.category.value for f in result.findings}))
    return pol.ScreeningOutcome(
        decision=result.decision.value,
        phi_found="HEALTH" in categories,
        reasons=categories,
    )


def _failed(
    code: Code, message: str, facts: pol.PreflightFacts | None, **kw: Any
) -> pol.PreflightDecision:
    info = REASONS[code]
    return pol.PreflightDecision(
        outcome=pol.Outcome.BLOCK,
        message="This cannot go out until the problems below are fixed.",
        reasons=(pol.Reason(code.value, pol.Outcome.BLOCK, message, info.guidance),),
        policy_id=None,
        policy_version=None,
        policy_hash=None,
        catalogue_version=None,
        platform=kw.get("platform"),
        purpose=kw.get("purpose", ""),
        audience=kw.get("audience", ""),
        decided_on=timezone.localdate().isoformat(),
    )


def preflight_for(
    user: Any,
    case: Any,
    *,
    platform: str,
    purpose: str,
    audience: str,
    recipients: Sequence[int | str] = (),
    text: str,
    account: str | None = None,
    approval: str = "none",
    supervised: bool = False,
) -> PreflightResult:
    """May this go out, here, to them, now? Raises only for access and unknown recipients."""
    facts: pol.PreflightFacts | None = None
    screening: ScreeningResult | None = None
    try:
        if case is None:
            # An agency post (recruitment, events) belongs to no case: nobody receives it.
            if not is_member(user):
                raise AccessDenied("Sign in with an agency account.")
            if audience != "public" or recipients:
                raise PreflightInputError("Choose a case for a message to a person.")
            case_facts = case_selectors.CaseFacts((), (), ())
        else:
            case_facts = case_selectors.case_policy_facts(user, case)
        agency = case.agency if case is not None else user.agency
        people = resolve_recipients(case_facts, recipients)
        policy = case_selectors.active_policy(agency)
        today = timezone.localdate()
        screen_for = pol.screening_audience(policy, platform, audience, today)
        entitled = (
            audience != "public" and bool(people) and all(p.role in ENTITLED_ROLES for p in people)
        )
        try:
            context = (
                CaseContext.from_dict(case_selectors.case_context(user, case))
                if case is not None
                else None
            )
            screening = check_services.text_check(
                text, screen_for, context, agency=agency, recipient_entitled=entitled
            )
        except (AccessDenied, Http404):
            raise
        except Exception:  # noqa: BLE001 - unscreened content can never be cleared
            logger.exception("screening failed in pre-flight")
            screening = None
        facts = pol.PreflightFacts(
            actor=pol.Actor(user_id=str(user.pk), role=str(user.role)),
            account=agency_account(policy, platform, account),
            purpose=purpose,
            audience=audience,
            recipients=people if audience != "public" else (),
            # People named for a public post are shown in it: their consent is checked.
            subjects=people if audience == "public" else (),
            consents=case_facts.consents,
            boundaries=case_facts.boundaries,
            screening=_screening_outcome(screening),
            today=today,
            approval=approval,
            supervised=supervised,
        )
        decision = pol.preflight(facts, policy, case_selectors.catalogue())
    except (AccessDenied, Http404, PreflightInputError):
        raise
    except Exception as exc:  # noqa: BLE001 - any failure must block, not escape
        logger.exception("pre-flight could not gather its facts")
        decision = _failed(
            Code.CHECK_FAILED,
            f"A check could not run ({type(exc).__name__}), so this cannot be cleared.",
            facts,
            platform=platform,
            purpose=purpose,
            audience=audience,
        )
    return PreflightResult(decision=decision, screening=screening, facts=facts)

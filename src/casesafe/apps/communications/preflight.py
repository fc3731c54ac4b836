"""Pre-flight in the app: gather the facts the pure decision needs, then ask it.

`casesafe.policy.preflight` decides; this module only knows where the facts live (the
case record, the agency's active policy, the screening engine, the calendar). It fails
closed: an exception while gathering facts answers `block`, never a silent pass. Access
errors (a case outside the caseload) are not "checks that failed": they propagate.

Attached photos come in as `PhotoFact`s (their clean copies were screened when they were
attached, see `photos.py`): their decisions join the text's, each photo that warns or
blocks gets a reason of its own ("Photo 2: ..."), and their alt text feeds the text
engine's quality note.
"""

from __future__ import annotations

import dataclasses
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
from casesafe.screening.quality import quality_notes

logger = logging.getLogger("casesafe.communications")

# Screening's own codes for "could not screen" (bad input, engine error, time-out).
SCREENING_FAILURES = frozenset({"INPUT_INVALID", "SCREENING_ERROR", "SCREENING_TIMEOUT"})
# People of a case who may hear the case's identifiers (and, on a secure channel, health
# details) about the children in it: the family and the caregivers.
ENTITLED_ROLES = frozenset({"parent", "child", "sibling", "foster_parent"})


class PreflightInputError(ValueError):
    """Input a person can fix (an unknown recipient name): a form or API error."""


@dataclass(frozen=True)
class PhotoFact:
    """What pre-flight needs of one attached photo (its clean copy's screening)."""

    number: int  # 1, 2 ... as the page shows them
    decision: str  # allow | warn | block
    categories: tuple[str, ...] = ()
    reasons: tuple[tuple[str, str, str], ...] = ()  # (code, decision, message) of the engine
    has_alt_text: bool = False

    @property
    def failed(self) -> bool:
        return any(code in SCREENING_FAILURES | PHOTO_FAILURES for code, _, _ in self.reasons)


# The photo engine's own "could not screen" codes, beside the text engine's.
PHOTO_FAILURES = frozenset({"IMAGE_INVALID", "IMAGE_OPTION_INVALID", "CASE_FILE_INVALID"})
_RANK = {"allow": 0, "warn": 1, "block": 2}
_CONTENT_CODES = frozenset({Code.CONTENT_BLOCKED.value, Code.CONTENT_WARNING.value})


def entitled_recipients(audience: str, people: Sequence[pol.Person]) -> bool:
    """Every recipient may hear the case's identifiers (the family and the caregivers)."""
    return audience != "public" and bool(people) and all(p.role in ENTITLED_ROLES for p in people)


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


def _with_photos(
    text: pol.ScreeningOutcome | None, photos: Sequence[PhotoFact]
) -> pol.ScreeningOutcome | None:
    """The content's verdict: the worst of the text and the photos' clean copies."""
    if text is None or not photos:
        return text
    decisions = [text.decision, *("block" if p.failed else p.decision for p in photos)]
    worst = max(decisions, key=lambda d: _RANK.get(d, 2))
    categories = set(text.reasons).union(*(p.categories for p in photos))
    return pol.ScreeningOutcome(
        decision=worst,
        phi_found=text.phi_found or "HEALTH" in categories,
        reasons=tuple(sorted(categories)),
    )


def _photo_reasons(
    decision: pol.PreflightDecision,
    text_only: pol.PreflightDecision,
    photos: Sequence[PhotoFact],
) -> pol.PreflightDecision:
    """Say which part of the content warns or blocks: the text's own reason (as decided
    without the photos) and one per photo. The outcome does not change: the decision was
    taken over the worst of them, and each reason keeps its part's own severity."""
    own: list[pol.Reason] = [r for r in text_only.reasons if r.code in _CONTENT_CODES]
    for photo in photos:
        if photo.failed:
            code = Code.SCREENING_UNAVAILABLE
            said = "it could not be screened, so it cannot be cleared."
        elif photo.decision in ("block", "warn"):
            code = Code.CONTENT_BLOCKED if photo.decision == "block" else Code.CONTENT_WARNING
            said = " ".join(m for _, d, m in photo.reasons if d == photo.decision)
            said = said or "the clean copy may still identify someone."
        else:
            continue
        outcome = pol.Outcome.BLOCK if code != Code.CONTENT_WARNING else pol.Outcome.WARN
        own.append(
            pol.Reason(code.value, outcome, f"Photo {photo.number}: {said}", REASONS[code].guidance)
        )
    reasons: list[pol.Reason] = []
    placed = False
    for reason in decision.reasons:
        if reason.code in _CONTENT_CODES:
            if not placed:
                reasons.extend(own)
                placed = True
            continue
        reasons.append(reason)
    if not placed:
        reasons.extend(own)
    return dataclasses.replace(decision, reasons=tuple(dict.fromkeys(reasons)))


def _with_alt_text_note(screening: ScreeningResult, photos: Sequence[PhotoFact]) -> ScreeningResult:
    """The text engine's note for attached images without alt text."""
    notes = quality_notes(
        "",
        image_count=len(photos),
        images_with_alt_text=sum(1 for p in photos if p.has_alt_text),
    )
    extra = tuple(n for n in notes if n.code == "ALT_TEXT_MISSING")
    return dataclasses.replace(screening, quality=screening.quality + extra) if extra else screening


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
    photos: Sequence[PhotoFact] = (),
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
        entitled = entitled_recipients(audience, people)
        try:
            context = (
                CaseContext.from_dict(case_selectors.case_context(user, case))
                if case is not None
                else None
            )
            screening = check_services.text_check(
                text, screen_for, context, agency=agency, recipient_entitled=entitled
            )
            if photos:
                screening = _with_alt_text_note(screening, photos)
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
            screening=_with_photos(_screening_outcome(screening), photos),
            today=today,
            approval=approval,
            supervised=supervised,
            content_kinds=("photos",) if photos else (),
        )
        decision = pol.preflight(facts, policy, case_selectors.catalogue())
        if photos:
            text_only = dataclasses.replace(facts, screening=_screening_outcome(screening))
            decision = _photo_reasons(
                decision, pol.preflight(text_only, policy, case_selectors.catalogue()), photos
            )
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

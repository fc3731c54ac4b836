"""Choose the right tool: rank channels for a purpose and an audience.

The factsheet's advice is to decide what you want to achieve and pick a platform that
fits the goal and the audience. Here that becomes: only channels that can reach the
audience, that the agency approves for the purpose, and that may carry what the purpose
needs (health information only where a BAA is in force) are suitable; among those,
stronger encryption and fewer location features rank higher. Unsuitable channels are
returned too, last, each with the reason, so the page can say why a familiar app is not
offered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casesafe.policy.catalogue import Catalogue, Platform
from casesafe.policy.schema import Policy
from casesafe.policy.vocab import ENCRYPTION_LEVELS

_ENCRYPTION_WORDS = {
    "none": "not encrypted: keep to times and places",
    "in_transit": "encrypted on the way, but readable by the provider",
    "partial_e2ee": "end-to-end encrypted for some conversations only",
    "optional_e2ee": "end-to-end encryption can be turned on",
    "e2ee": "end-to-end encrypted",
}


@dataclass(frozen=True)
class Recommendation:
    platform: str
    name: str
    suitable: bool
    approved: bool  # the agency policy approves it for this purpose and audience
    score: int
    reasons: tuple[str, ...]
    needs_approval: bool = False
    privacy_checklist: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "platform": self.platform,
            "name": self.name,
            "suitable": self.suitable,
            "approved": self.approved,
            "score": self.score,
            "needs_approval": self.needs_approval,
            "reasons": list(self.reasons),
            "privacy_checklist": list(self.privacy_checklist),
        }


def _assess(
    platform: Platform,
    purpose: str,
    audience: str,
    policy: Policy | None,
    today: dt.date | None,
    recipient_age: int | None,
) -> Recommendation:
    good: list[str] = []
    bad: list[str] = []
    score = 0
    needs_phi = purpose == "health_information" or audience == "secure"
    reach = "public" if audience == "public" else "private"
    if reach not in platform.audiences:
        bad.append(
            "cannot reach the public"
            if reach == "public"
            else "only reaches the public, not one person"
        )
    if needs_phi and not platform.phi_possible:
        bad.append(
            "reaches the public, so never health information"
            if platform.public_facing
            else "no BAA is available, so no health information"
        )
    approved = False
    needs_approval = False
    if policy is None:
        bad.append("your agency's policy was not checked")
    else:
        rule = policy.rule_for(platform.slug)
        if rule is None:
            bad.append("not approved by your agency")
        else:
            if purpose not in rule.purposes:
                bad.append(f"approved by your agency, but not for {purpose.replace('_', ' ')}")
            if audience not in rule.audiences:
                bad.append(f"approved by your agency, but not for {audience} audiences")
            phi_ok = (
                rule.phi_in_force(today)
                if today is not None
                else rule.phi_allowed and rule.baa is not None and rule.baa.signed
            )
            if needs_phi and platform.phi_possible and not phi_ok and purpose in rule.purposes:
                bad.append("your agency has no BAA in force for it")
            approved = purpose in rule.purposes and audience in rule.audiences
            if approved:
                score += 100
                good.append(f"approved by your agency for {purpose.replace('_', ' ')}")
                needs_approval = policy.approval_needed(platform.slug, purpose, audience)
                if needs_approval:
                    good.append("needs a supervisor's approval before it goes out")
            floor = (
                platform.minimum_age(policy.region, today)
                if today is not None
                else platform.current_minimum_age(policy.region)
            )
            if rule.minimum_age is not None:
                floor = max(floor or 0, rule.minimum_age)
            if recipient_age is not None and floor is not None and recipient_age < floor:
                bad.append(f"only for people {floor} or older")
    if needs_phi and platform.phi_possible:
        score += 20
        good.append("a BAA is available")
    level = ENCRYPTION_LEVELS.index(platform.encryption)
    if reach == "private":  # encryption means nothing for a post anyone can read
        score += 5 * level
        good.append(_ENCRYPTION_WORDS[platform.encryption])
    if platform.location_features:
        score -= 3 * len(platform.location_features)
        good.append("check its location settings first")
    if not platform.account_required and reach == "private":
        score += 5
        good.append("the family needs no account")
    return Recommendation(
        platform=platform.slug,
        name=platform.name,
        suitable=not bad,
        approved=approved,
        score=score,
        reasons=tuple(bad + good),
        needs_approval=needs_approval,
        privacy_checklist=platform.privacy_checklist,
    )


def recommend(
    purpose: str,
    audience: str,
    policy: Policy | None,
    catalogue: Catalogue,
    *,
    today: dt.date | None = None,
    recipient_age: int | None = None,
) -> tuple[Recommendation, ...]:
    """Every catalogue channel, best first; unsuitable ones last with the reasons why.

    Without ``today`` the BAA dates are not checked and current age rules are used.
    """
    assessed = [
        _assess(p, purpose, audience, policy, today, recipient_age)
        for p in catalogue.platforms.values()
    ]
    return tuple(sorted(assessed, key=lambda r: (not r.suitable, -r.score, r.name)))

"""Pre-flight reason codes, the outcome each leads to, and the guidance tip behind it.

The codes are a stable contract: the web app maps ``guidance`` ids to tips, the API
returns the codes, and stored decisions keep them. Add codes; never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from casesafe.policy.facts import Outcome


class Code(StrEnum):
    CONTENT_BLOCKED = "CONTENT_BLOCKED"
    CONTENT_WARNING = "CONTENT_WARNING"
    SCREENING_UNAVAILABLE = "SCREENING_UNAVAILABLE"
    CONSENT_MISSING = "CONSENT_MISSING"
    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    CONSENT_REVOKED = "CONSENT_REVOKED"
    CONSENT_SCOPE = "CONSENT_SCOPE"
    CONSENT_GIVER_INVALID = "CONSENT_GIVER_INVALID"
    ASSENT_MISSING = "ASSENT_MISSING"
    CONTACT_RESTRICTED = "CONTACT_RESTRICTED"
    CONTACT_SUPERVISED_ONLY = "CONTACT_SUPERVISED_ONLY"
    PLATFORM_UNKNOWN = "PLATFORM_UNKNOWN"
    PLATFORM_NOT_APPROVED = "PLATFORM_NOT_APPROVED"
    PURPOSE_NOT_APPROVED = "PURPOSE_NOT_APPROVED"
    AUDIENCE_NOT_APPROVED = "AUDIENCE_NOT_APPROVED"
    PHI_NOT_ALLOWED_ON_CHANNEL = "PHI_NOT_ALLOWED_ON_CHANNEL"
    PERSONAL_ACCOUNT = "PERSONAL_ACCOUNT"
    ACCOUNT_NOT_APPROVED = "ACCOUNT_NOT_APPROVED"
    RECIPIENT_UNDER_MIN_AGE = "RECIPIENT_UNDER_MIN_AGE"
    RECIPIENT_AGE_UNKNOWN = "RECIPIENT_AGE_UNKNOWN"
    APPROVAL_REQUIRED = "APPROVAL_REQUIRED"
    POLICY_MISSING = "POLICY_MISSING"
    INPUT_INVALID = "INPUT_INVALID"
    CHECK_FAILED = "CHECK_FAILED"


@dataclass(frozen=True)
class CodeInfo:
    outcome: Outcome  # the usual outcome; a few codes may be softened (noted below)
    guidance: str
    summary: str


B, W, N = Outcome.BLOCK, Outcome.WARN, Outcome.NEEDS_APPROVAL

REASONS: MappingProxyType[Code, CodeInfo] = MappingProxyType(
    {
        Code.CONTENT_BLOCKED: CodeInfo(
            B, "content.screening-block", "the content gives away private details"
        ),
        Code.CONTENT_WARNING: CodeInfo(
            W, "content.screening-warning", "the content may identify someone"
        ),
        Code.SCREENING_UNAVAILABLE: CodeInfo(
            B, "content.screening-unavailable", "the content could not be screened"
        ),
        Code.CONSENT_MISSING: CodeInfo(
            B, "consent.required", "no consent on file for this channel"
        ),
        Code.CONSENT_EXPIRED: CodeInfo(B, "consent.expired", "the consent has expired"),
        Code.CONSENT_REVOKED: CodeInfo(B, "consent.revoked", "the consent was withdrawn"),
        Code.CONSENT_SCOPE: CodeInfo(B, "consent.scope", "the consent does not cover this use"),
        Code.CONSENT_GIVER_INVALID: CodeInfo(
            B, "consent.parent-or-guardian", "a child's consent must come from a parent or guardian"
        ),
        Code.ASSENT_MISSING: CodeInfo(
            W, "consent.youth-assent", "the youth's own agreement is not recorded"
        ),
        Code.CONTACT_RESTRICTED: CodeInfo(
            B, "boundary.no-contact", "a no-contact order or plan applies"
        ),
        # Softened to a warning when the facts say a supervisor will be present.
        Code.CONTACT_SUPERVISED_ONLY: CodeInfo(
            B, "boundary.supervised-only", "contact must be supervised"
        ),
        Code.PLATFORM_UNKNOWN: CodeInfo(
            B, "policy.approved-platforms", "the platform is not in the catalogue"
        ),
        Code.PLATFORM_NOT_APPROVED: CodeInfo(
            B, "policy.approved-platforms", "the agency has not approved this platform"
        ),
        Code.PURPOSE_NOT_APPROVED: CodeInfo(
            B, "policy.approved-purposes", "the platform is not approved for this purpose"
        ),
        Code.AUDIENCE_NOT_APPROVED: CodeInfo(
            B, "policy.approved-audiences", "the platform is not approved for this audience"
        ),
        Code.PHI_NOT_ALLOWED_ON_CHANNEL: CodeInfo(
            B, "phi.secure-channel-only", "health information needs a secure channel"
        ),
        Code.PERSONAL_ACCOUNT: CodeInfo(
            B, "policy.agency-accounts-only", "personal accounts may not be used"
        ),
        Code.ACCOUNT_NOT_APPROVED: CodeInfo(
            B, "policy.agency-accounts-only", "the account is not an approved agency account"
        ),
        Code.RECIPIENT_UNDER_MIN_AGE: CodeInfo(
            B, "platform.minimum-age", "the recipient is under the platform's minimum age"
        ),
        Code.RECIPIENT_AGE_UNKNOWN: CodeInfo(
            B, "platform.minimum-age", "the recipient's age is not on file"
        ),
        Code.APPROVAL_REQUIRED: CodeInfo(
            N, "approval.public-posts", "a supervisor must approve this first"
        ),
        Code.POLICY_MISSING: CodeInfo(
            B, "policy.missing", "no agency policy or platform catalogue is loaded"
        ),
        Code.INPUT_INVALID: CodeInfo(
            B, "preflight.incomplete", "some facts are missing or unreadable"
        ),
        Code.CHECK_FAILED: CodeInfo(B, "preflight.check-failed", "a check failed to run"),
    }
)

# Approval for something other than a public post points to the general approval tip.
GUIDANCE_APPROVAL_OTHER = "approval.required"

# Each guidance id with the closest tip in the guidance library
# (casesafe/screening/guidance/tips.yaml), for pages that show one tip per reason.
RELATED_TIPS: MappingProxyType[str, str] = MappingProxyType(
    {
        "content.screening-block": "privacy.no-full-names",
        "content.screening-warning": "privacy.combined-details",
        "content.screening-unavailable": "policy.know-your-agency-policy",
        "consent.required": "consent.agency-and-client",
        "consent.expired": "consent.agency-and-client",
        "consent.revoked": "consent.agency-and-client",
        "consent.scope": "consent.agency-and-client",
        "consent.parent-or-guardian": "consent.agency-and-client",
        "consent.youth-assent": "consent.agency-and-client",
        "boundary.no-contact": "youth.contact-boundaries",
        "boundary.supervised-only": "youth.contact-boundaries",
        "policy.approved-platforms": "policy.know-your-agency-policy",
        "policy.approved-purposes": "channel.right-tool",
        "policy.approved-audiences": "channel.right-tool",
        "phi.secure-channel-only": "phi.secure-channel-only",
        "policy.agency-accounts-only": "accounts.professional-only",
        "platform.minimum-age": "channel.right-tool",
        "approval.public-posts": "policy.know-your-agency-policy",
        "approval.required": "policy.know-your-agency-policy",
        "policy.missing": "policy.know-your-agency-policy",
        "preflight.incomplete": "policy.know-your-agency-policy",
        "preflight.check-failed": "policy.know-your-agency-policy",
    }
)

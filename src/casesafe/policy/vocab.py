"""The fixed words the policy, the catalogue and pre-flight share.

They live in one place so the YAML validator, the pre-flight rules and the Django forms
all offer and accept the same values.
"""

from __future__ import annotations

from typing import Final, Literal

Audience = Literal["public", "private", "secure"]
AUDIENCES: Final[tuple[str, ...]] = ("public", "private", "secure")

# What a communication is for. Consents and the policy both speak this vocabulary.
PURPOSES: Final[tuple[str, ...]] = (
    "scheduling",
    "case_update",
    "virtual_visit",
    "health_information",
    "recruitment",
    "check_in",
    "family_connection",
    "family_finding",
    "missing_youth",
    "parent_support",
    "public_information",
)

# Kinds of content a consent may cover, beyond the purpose itself.
CONTENT_KINDS: Final[tuple[str, ...]] = (
    "health_information",
    "photos",
    "video",
    "documents",
    "case_details",
)

# Platform kinds in the catalogue.
PLATFORM_KINDS: Final[tuple[str, ...]] = ("social_network", "messaging", "video", "email", "sms")

# How well a channel protects what it carries, weakest first.
ENCRYPTION_LEVELS: Final[tuple[str, ...]] = (
    "none",
    "in_transit",
    "partial_e2ee",
    "optional_e2ee",
    "e2ee",
)

# Regions for per-region platform rules (minimum ages). "default" applies where no
# region-specific rule exists.
REGIONS: Final[tuple[str, ...]] = ("default", "us", "eu", "uk")

# Records whose retention the policy sets. Kept as a closed list so a typo in the
# policy ("mesages") is caught instead of silently keeping records forever.
RECORD_KINDS: Final[tuple[str, ...]] = (
    "message",
    "post",
    "virtual_visit",
    "preflight_decision",
    "approval",
    "consent",
    "client_search",
    "breach_report",
    "cyberbullying_incident",
    "missing_youth_log",
    "family_connection",
    "attachment",
    "audit_import",
)

ACCOUNT_KINDS: Final[tuple[str, ...]] = ("agency", "personal")
BOUNDARY_KINDS: Final[tuple[str, ...]] = ("no_contact", "supervised_only")
BOUNDARY_SOURCES: Final[tuple[str, ...]] = ("court_order", "case_plan")
APPROVAL_STATES: Final[tuple[str, ...]] = ("none", "pending", "approved", "sent_back")

# Who may give consent for a child. A foster parent cares for the child but does not
# hold the legal authority to consent for them; the youth's own word is assent.
CHILD_CONSENT_GIVERS: Final[tuple[str, ...]] = ("parent", "guardian", "agency")
CONSENT_GIVER_ROLES: Final[tuple[str, ...]] = ("self", "parent", "guardian", "agency")

# Case roles whose members are treated as minors when no age is on file.
MINOR_ROLES: Final[tuple[str, ...]] = ("child", "sibling")
ADULT_AGE: Final[int] = 18

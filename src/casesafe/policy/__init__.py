"""Agency social media policy as code, the platform catalogue and the pre-flight decision.

Framework-free: the Django apps, the CLI, workers and notebooks all call this package,
and it never imports Django (an import-linter contract keeps it so).

The public API, imported from here:

- policy: :func:`load_policy`, :func:`parse_policy`, :func:`validate_policy_text`,
  :func:`demo_policy`, :class:`Policy` (``rule_for``, ``retention_days``,
  ``public_contacts``, ``approval_needed``, ``content_hash``, ``stamp``)
- catalogue: :func:`default_catalogue`, :class:`Catalogue`, :class:`Platform`
- pre-flight: :func:`preflight`, :func:`screening_audience`, the facts
  (:class:`PreflightFacts`, :class:`Actor`, :class:`AccountRef`, :class:`Person`,
  :class:`Consent`, :class:`Boundary`, :class:`ScreeningOutcome`) and the results
  (:class:`PreflightDecision`, :class:`Reason`, :class:`Outcome`, :class:`Code`)
- choosing a channel: :func:`recommend`
- the case overview grid: :func:`contact_overview`, :func:`active_boundaries`
- storing and replaying facts: :func:`facts_to_dict`, :func:`facts_from_dict`
"""

from casesafe.policy._nodes import Issue
from casesafe.policy.catalogue import Catalogue, Platform, default_catalogue, parse_catalogue
from casesafe.policy.errors import CatalogueError, PolicyError, PolicyValidationError
from casesafe.policy.facts import (
    AccountRef,
    Actor,
    Boundary,
    Consent,
    Outcome,
    Person,
    PreflightDecision,
    PreflightFacts,
    Reason,
    ScreeningOutcome,
)
from casesafe.policy.load import (
    ValidationResult,
    demo_policy,
    demo_policy_text,
    load_policy,
    parse_policy,
    validate_policy_text,
)
from casesafe.policy.overview import ContactStatus, active_boundaries, contact_overview
from casesafe.policy.preflight import preflight, screening_audience
from casesafe.policy.reasons import REASONS, RELATED_TIPS, Code
from casesafe.policy.recommend import Recommendation, recommend
from casesafe.policy.schema import PlatformRule, Policy, PublicContacts, Retention
from casesafe.policy.serialise import FactsError, facts_from_dict, facts_to_dict

__all__ = [
    "REASONS",
    "RELATED_TIPS",
    "AccountRef",
    "Actor",
    "Boundary",
    "Catalogue",
    "CatalogueError",
    "Code",
    "Consent",
    "ContactStatus",
    "FactsError",
    "Issue",
    "Outcome",
    "Person",
    "Platform",
    "PlatformRule",
    "Policy",
    "PolicyError",
    "PolicyValidationError",
    "PreflightDecision",
    "PreflightFacts",
    "PublicContacts",
    "Reason",
    "Recommendation",
    "Retention",
    "ScreeningOutcome",
    "ValidationResult",
    "active_boundaries",
    "contact_overview",
    "default_catalogue",
    "facts_from_dict",
    "facts_to_dict",
    "demo_policy",
    "demo_policy_text",
    "load_policy",
    "parse_catalogue",
    "parse_policy",
    "preflight",
    "recommend",
    "screening_audience",
    "validate_policy_text",
]

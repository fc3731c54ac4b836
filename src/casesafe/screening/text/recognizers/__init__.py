"""Recognizers, registered under stable ids. Importing this package registers them all."""

from . import contact, demographic, ids, learned, names, places, sensitive  # noqa: F401  (registration)
from .base import REGISTRY, Candidate, PatternRule, Recognizer, register

__all__ = ["REGISTRY", "Candidate", "PatternRule", "Recognizer", "register"]

"""Recognizers, registered under stable ids. Importing this package registers them all."""

from . import (  # noqa: F401  (registration)
    contact,
    demographic,
    ids,
    learned,
    medicines,
    names,
    places,
    sensitive,
)
from .base import REGISTRY, Candidate, PatternRule, Recognizer, register

__all__ = ["REGISTRY", "Candidate", "PatternRule", "Recognizer", "register"]

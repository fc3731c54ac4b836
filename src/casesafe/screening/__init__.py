"""CaseSafe's framework-free text screening engine.

Call :func:`screen_text_safe` before anything is sent or published; it fails closed.
"""

from .engine import Screener, screen_text, screen_text_safe
from .errors import CaseFileError, ScreeningError, ScreeningInputError, ScreeningTimeout
from .types import (
    Audience,
    CaseContext,
    CasePerson,
    Category,
    Finding,
    NameKind,
    Reason,
    ScreeningConfig,
    ScreeningResult,
    Verdict,
)

__all__ = [
    "Audience",
    "CaseContext",
    "CaseFileError",
    "CasePerson",
    "Category",
    "Finding",
    "NameKind",
    "Reason",
    "ScreeningConfig",
    "ScreeningError",
    "ScreeningInputError",
    "ScreeningResult",
    "ScreeningTimeout",
    "Screener",
    "Verdict",
    "screen_text",
    "screen_text_safe",
]

"""One small error hierarchy for the engine, mapped once at each boundary (CLI, API)."""

from __future__ import annotations


class ScreeningError(Exception):
    """Base of every error the engine raises on purpose."""

    code = "SCREENING_ERROR"


class ScreeningInputError(ScreeningError):
    """The text itself cannot be screened (empty, too long, binary)."""

    code = "INPUT_INVALID"


class CaseFileError(ScreeningError):
    """A case context is malformed; the message says which field and why."""

    code = "CASE_FILE_INVALID"


class ScreeningTimeout(ScreeningError):
    """Screening went over its time budget; callers must treat the text as unsafe."""

    code = "SCREENING_TIMEOUT"

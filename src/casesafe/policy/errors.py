"""The policy package's errors: one small hierarchy, mapped to messages at the boundary."""

from __future__ import annotations

from collections.abc import Sequence

from casesafe.policy._nodes import Issue


class PolicyError(Exception):
    """Anything the policy package refuses to do."""


class PolicyValidationError(PolicyError):
    """A policy document is invalid; ``issues`` holds every problem with its line."""

    def __init__(self, message: str, issues: Sequence[Issue]) -> None:
        super().__init__(message)
        self.issues: tuple[Issue, ...] = tuple(issues)

    def __str__(self) -> str:
        lines = [str(self.args[0])] + [f"  {issue}" for issue in self.issues]
        return "\n".join(lines)


class CatalogueError(PolicyValidationError):
    """The platform catalogue (shipped data) is invalid: a bug in CaseSafe, not the agency."""

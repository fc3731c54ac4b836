"""Later capabilities add to the demo (a case, its history) by registering a hook here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Hook = Callable[[Any, Any], None]
HOOKS: dict[str, Hook] = {}


def register(name: str, hook: Hook) -> None:
    HOOKS[name] = hook


def run_all(demo_agency: Any, other_agency: Any) -> None:
    for hook in HOOKS.values():
        hook(demo_agency, other_agency)

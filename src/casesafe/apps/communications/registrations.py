"""What this app adds to the shared registries: navigation and dashboard panels."""

from __future__ import annotations


def register_all() -> None:
    pass

"""The switch the append-only triggers consult: off, except while a test flushes the database.

SQLite triggers call `casesafe_allow_rewrite()`, a function this module registers on every
connection; a connection without it (the sqlite3 shell, another program) fails the
trigger and so refuses the change. PostgreSQL triggers read the session setting
`casesafe.allow_rewrite`. Nothing in the application turns the switch on; the test suite
does, only around Django's flush between transactional tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_allowed = False


def _sqlite_flag() -> int:
    return 1 if _allowed else 0


def install(sender: Any, connection: Any, **kwargs: Any) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function("casesafe_allow_rewrite", 0, _sqlite_flag)


@contextmanager
def rewrite_allowed(using: str = "default") -> Iterator[None]:
    """For the test suite's database flush only."""
    global _allowed
    from django.db import connections

    connection = connections[using]
    _allowed = True
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET casesafe.allow_rewrite = 'on'")
    try:
        yield
    finally:
        _allowed = False
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("RESET casesafe.allow_rewrite")

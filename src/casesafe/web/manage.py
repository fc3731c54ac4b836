"""`casesafe manage ...` runs Django's management commands with CaseSafe's settings."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casesafe.web.settings.local")
    from django.core.management import execute_from_command_line

    execute_from_command_line(list(argv) if argv is not None else sys.argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The `casesafe` command.

Each subcommand lives in the module that owns its domain and exposes
``add_arguments(parser)`` and ``run(args) -> int``. Modules are imported only when their
subcommand runs, so ``casesafe check`` never pays for Django and ``casesafe ledger`` never
pays for spaCy. Commands that need the database call :func:`setup_django` first.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys
from collections.abc import Sequence

# subcommand -> (module, one-line help). Explicit registry, keyed by a stable name.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("casesafe.screening.cli", "screen a text (or a JSONL batch) for identifying details"),
    "check-image": ("casesafe.screening.image.cli", "screen a photo and write a clean copy"),
    "policy": ("casesafe.policy.cli", "validate an agency social media policy file"),
    "ledger": (
        "casesafe.apps.records.cli",
        "verify, checkpoint and export the communication record",
    ),
    "case": ("casesafe.apps.cases.cli", "print a case's context for screening"),
    "preflight": ("casesafe.apps.communications.cli", "decide whether a message may go out"),
    "manage": ("casesafe.web.manage", "run a Django management command"),
}


class CommandError(Exception):
    """A user-facing failure: printed without a traceback, exit status 2."""


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casesafe.web.settings.local")
    # A command's output is its answer; routine INFO lines would only get in the way.
    os.environ.setdefault("CASESAFE_LOG_LEVEL", "WARNING")
    import django

    django.setup()


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {name: spec for name, spec in COMMANDS.items() if _importable(spec[0])}
    if argv and argv[0] == "manage" and "manage" in commands:
        from casesafe.web.manage import main as manage_main

        return manage_main(["casesafe manage", *argv[1:]])
    parser = argparse.ArgumentParser(prog="casesafe", description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = argv[0] if argv and argv[0] in commands else None
    for name, (module_name, help_text) in commands.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == chosen:
            # Only the chosen subcommand's module is imported: `check` never loads Django.
            importlib.import_module(module_name).add_arguments(command_parser)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    module = importlib.import_module(commands[args.command][0])
    try:
        return int(module.run(args) or 0)
    except CommandError as exc:
        print(f"casesafe {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())

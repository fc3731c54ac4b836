"""`casesafe ledger verify | checkpoint | export | purge`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="ledger_command", metavar="ACTION", required=True)
    verify = sub.add_parser(
        "verify", help="check every entry, leaf and checkpoint; exit 1 on the first problem"
    )
    verify.add_argument("--log", choices=("case", "access"), help="only this log (default: both)")
    verify.add_argument("--agency", metavar="SLUG", help="only this agency (default: all)")
    checkpoint = sub.add_parser("checkpoint", help="sign the current head of every log")
    checkpoint.add_argument("--force", action="store_true", help="sign even when nothing changed")
    purge = sub.add_parser(
        "purge", help="crypto-shred content past the retention schedule of each agency's policy"
    )
    purge.add_argument("--agency", metavar="SLUG", help="only this agency (default: all)")
    sub.add_parser(
        "rotate-key", help="retire the signing key, make a new one and sign every log with it"
    )
    export = sub.add_parser("export", help="write a court export bundle for one case")
    export.add_argument("--case", required=True, metavar="CASE_REF")
    export.add_argument("--out", required=True, metavar="DIR", help="an empty or new folder")
    export.add_argument("--reason", required=True, help="why the record is exported (recorded)")
    export.add_argument(
        "--agency", metavar="SLUG", help="needed when several agencies have the reference"
    )


def run(args: argparse.Namespace) -> int:
    from casesafe.cli import CommandError, setup_django

    setup_django()
    from casesafe.apps.agencies.models import Agency
    from casesafe.apps.records import services

    agencies = Agency.objects.all()
    if getattr(args, "agency", None):
        agencies = agencies.filter(slug=args.agency)
        if not agencies:
            raise CommandError(f"no agency with slug {args.agency!r}")
    if args.ledger_command == "verify":
        return _verify(list(agencies), [args.log] if args.log else ["case", "access"])
    if args.ledger_command == "checkpoint":
        made = services.checkpoint_all(force=args.force)
        for cp in made:
            print(f"signed {cp.agency.slug}/{cp.log} at size {cp.size}: {cp.root[:16]}…")
        if not made:
            print("nothing new to sign")
        return 0
    if args.ledger_command == "purge":
        for agency in agencies:
            schedule = services.policy_retention_days(agency)
            if not schedule:
                print(f"{agency.slug}: no retention schedule in an active policy; nothing purged")
                continue
            result = services.retention_purge(agency, schedule)
            print(
                f"{agency.slug}: purged the content of {result.purged} entries {result.kinds or ''}".rstrip()
            )
        return 0
    if args.ledger_command == "rotate-key":
        key = services.signing_key_rotate()
        print(f"new signing key {key.fingerprint}; the retired key still verifies old checkpoints")
        return 0
    return _export(list(agencies), args)


def _verify(agencies: list, logs: list[str]) -> int:
    from casesafe.apps.records import services

    status = 0
    for agency in agencies:
        for log in logs:
            result = services.verify_log(agency, log)
            where = f"{agency.slug}/{log}"
            if result.ok:
                print(
                    f"ok   {where}: {result.size} entries, {result.checkpoints_checked} checkpoints, root {result.root.hex()[:16]}…"
                )
            else:
                status = 1
                print(f"FAIL {where}: {result.first}", file=sys.stderr)
                for problem in result.problems[1:5]:
                    print(f"     {problem}", file=sys.stderr)
    return status


def _export(agencies: list, args: argparse.Namespace) -> int:
    from casesafe.apps.records.export import case_export
    from casesafe.apps.records.models import LogEntry
    from casesafe.apps.records.services import RecordError
    from casesafe.cli import CommandError

    holders = [
        a
        for a in agencies
        if LogEntry.objects.filter(agency=a, log="case", case_ref=args.case).exists()
    ]
    if not holders:
        raise CommandError(f"no record entries for case {args.case}")
    if len(holders) > 1:
        raise CommandError("several agencies have that case reference; name one with --agency")
    out = Path(args.out)
    if out.exists() and any(out.iterdir()):
        raise CommandError(f"{out} is not empty; choose a new folder")
    try:
        result = case_export(holders[0], args.case, out, reason=args.reason, actor="cli")
    except RecordError as exc:
        raise CommandError(str(exc)) from None
    print(f"wrote {result.entries} entries to {result.path} (bundle sha256 {result.bundle_hash})")
    print(f"check it with: python3 {result.path / 'verify.py'} {result.path}")
    return 0

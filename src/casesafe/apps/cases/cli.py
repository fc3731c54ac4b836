"""`casesafe case context CASE_REF [--as USERNAME] [--agency SLUG]`: print the case file.

With `--as`, the reference is looked up in that person's agency and their access is
checked exactly as in the app. Without it, the command runs as the operator of the
install (who already holds the database and the keys); the export is recorded either way.
"""

from __future__ import annotations

import argparse
import json
import sys

from casesafe.cli import CommandError, setup_django


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    ctx = sub.add_parser("context", help="print the case file (JSON) that screening uses")
    ctx.add_argument("reference", metavar="CASE_REF")
    ctx.add_argument("--as", dest="username", help="act as this user (their access applies)")
    ctx.add_argument("--agency", help="agency slug, when the reference exists in several")


def run(args: argparse.Namespace) -> int:
    setup_django()
    from django.http import Http404

    from casesafe.apps.accounts.access import AccessDenied
    from casesafe.apps.accounts.models import User
    from casesafe.apps.cases import selectors
    from casesafe.apps.cases.models import Case
    from casesafe.apps.core.audit import access_event

    if args.case_command != "context":
        raise CommandError("unknown action")
    user = None
    if args.username:
        user = User.objects.filter(username=args.username, is_active=True).first()
        if user is None:
            raise CommandError(f"no active user {args.username!r}")
        try:
            case, _ = selectors.case_by_reference(user, args.reference)
        except Http404:
            raise CommandError(f"no case {args.reference!r} in {args.username}'s agency") from None
        except AccessDenied:
            access_event(None, "refused", "denied", "case", actor=user, channel="cli")
            raise CommandError(f"{args.username} may not open {args.reference}") from None
        data = selectors.case_context(user, case)
    else:
        cases = Case.objects.filter(reference=args.reference)
        if args.agency:
            cases = cases.filter(agency__slug=args.agency)
        found = list(cases.select_related("agency")[:2])
        if not found:
            raise CommandError(f"no case {args.reference!r}")
        if len(found) > 1:
            raise CommandError(f"{args.reference!r} exists in several agencies: add --agency SLUG")
        case = found[0]
        data = selectors.case_context_for(case)
    access_event(
        None,
        "export",
        "success",
        f"case:{case.pk}",
        actor=user,
        agency_id=case.agency_id,
        channel="cli",
        what="case_context",
    )
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0

"""`casesafe preflight`: the pre-flight decision from the command line.

    casesafe preflight --as USERNAME --case CASE_REF [--to "PERSON NAME" ...]
        --platform SLUG --purpose PURPOSE --audience public|private|secure --text TEXT [--json]

The person named with `--as` must be able to open the case, exactly as in the app. Exit
status: 0 when it may go out (allow, warn), 1 when it may not yet (block, needs
approval), 2 for a mistake in the command. The decision is written to the access log
(ids and the outcome only, never the text).
"""

from __future__ import annotations

import argparse
import json
import sys

from casesafe.cli import CommandError, setup_django

AUDIENCES = ("public", "private", "secure")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="username", required=True, help="act as this user")
    parser.add_argument("--case", required=True, metavar="CASE_REF", help="the case reference")
    parser.add_argument(
        "--to", action="append", default=[], metavar="PERSON NAME", help="a recipient (repeat)"
    )
    parser.add_argument("--platform", required=True, help="catalogue slug, e.g. agency-email")
    parser.add_argument("--purpose", required=True, help="e.g. scheduling, case_update")
    parser.add_argument("--audience", required=True, choices=AUDIENCES)
    parser.add_argument("--text", required=True)
    parser.add_argument("--account", default=None, help="agency account id (default: the policy's)")
    parser.add_argument("--json", action="store_true", help="print the decision as JSON")


def run(args: argparse.Namespace) -> int:
    setup_django()
    from django.http import Http404

    from casesafe.apps.accounts.access import AccessDenied
    from casesafe.apps.accounts.models import User
    from casesafe.apps.cases import selectors
    from casesafe.apps.communications.preflight import PreflightInputError, preflight_for
    from casesafe.apps.core.audit import access_event

    user = User.objects.filter(username=args.username, is_active=True).first()
    if user is None:
        raise CommandError(f"no active user {args.username!r}")
    try:
        case, _ = selectors.case_by_reference(user, args.case)
        result = preflight_for(
            user,
            case,
            platform=args.platform,
            purpose=args.purpose,
            audience=args.audience,
            recipients=args.to,
            text=args.text,
            account=args.account,
        )
    except Http404:
        raise CommandError(f"no case {args.case!r} in {args.username}'s agency") from None
    except AccessDenied:
        access_event(None, "refused", "denied", "case", actor=user, channel="cli")
        raise CommandError(f"{args.username} may not open {args.case}") from None
    except PreflightInputError as exc:
        raise CommandError(str(exc)) from None
    access_event(
        None,
        "preflight",
        "success",
        f"case:{case.pk}",
        actor=user,
        channel="cli",
        decision=result.outcome,
        codes=list(result.decision.codes),
    )
    data = result.to_dict()
    if args.json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(f"{data['outcome'].upper()}: {data['message']}")
        for reason in data["reasons"]:
            print(f"  {reason['code']}: {reason['message']} (guidance: {reason['guidance']})")
        print(f"policy {data['policy_id']} version {data['policy_version']}")
    return 0 if result.decision.allowed else 1

"""``casesafe policy``: validate and show agency policies, list the platform catalogue.

    casesafe policy validate FILE [--json]
    casesafe policy show FILE [--json]
    casesafe policy platforms [--json]
    casesafe policy recommend --purpose P --audience A [--policy FILE] [--json]
    casesafe policy replay FACTS.json --policy FILE

``validate`` prints one ``FILE:LINE: message`` line per problem and exits 1 when the
file is invalid, so editors and CI can jump to each line; a file that cannot be read at
all is a user error (exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from casesafe.policy.catalogue import default_catalogue
from casesafe.policy.errors import PolicyError
from casesafe.policy.load import read_policy_file, validate_policy_text
from casesafe.policy.recommend import recommend
from casesafe.policy.schema import Policy
from casesafe.policy.vocab import AUDIENCES, PURPOSES


def _command_error(message: str) -> Exception:
    # Imported late: casesafe.cli is the dispatcher that imports us.
    from casesafe.cli import CommandError

    return CommandError(message)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="policy_command", metavar="ACTION")
    validate = sub.add_parser(
        "validate", help="check a policy file and report every error with its line"
    )
    validate.add_argument("file", metavar="FILE")
    validate.add_argument("--json", action="store_true", help="machine-readable output")
    show = sub.add_parser("show", help="print a policy in its normalised form")
    show.add_argument("file", metavar="FILE")
    show.add_argument("--json", action="store_true", help="print JSON (the default is a summary)")
    platforms = sub.add_parser("platforms", help="list the platform catalogue")
    platforms.add_argument("--json", action="store_true", help="print the whole catalogue as JSON")
    rec = sub.add_parser("recommend", help="rank channels for a purpose and an audience")
    rec.add_argument("--purpose", required=True, choices=PURPOSES)
    rec.add_argument("--audience", required=True, choices=AUDIENCES)
    rec.add_argument(
        "--policy", metavar="FILE", help="the agency policy (default: the demo policy)"
    )
    rec.add_argument("--json", action="store_true")
    replay = sub.add_parser(
        "replay", help="run pre-flight on stored facts (JSON) under a policy file"
    )
    replay.add_argument("facts", metavar="FACTS.json")
    replay.add_argument("--policy", metavar="FILE", required=True)


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "policy_command", None)
    if command == "validate":
        return _validate(args.file, args.json)
    if command == "show":
        return _show(args.file, args.json)
    if command == "platforms":
        return _platforms(args.json)
    if command == "recommend":
        return _recommend(args.purpose, args.audience, args.policy, args.json)
    if command == "replay":
        return _replay(args.facts, args.policy)
    raise _command_error("choose an action: validate, show, platforms, recommend or replay")


def _read(path: str) -> str:
    try:
        return read_policy_file(path)
    except PolicyError as exc:
        raise _command_error(str(exc)) from exc


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _validate(path: str, as_json: bool) -> int:
    result = validate_policy_text(_read(path))
    if as_json:
        _print_json(
            {
                "file": path,
                "valid": result.ok,
                "errors": [{"line": i.line, "message": i.message} for i in result.issues],
                **(result.policy.stamp() if result.policy else {}),
            }
        )
        return 0 if result.ok else 1
    if result.policy is None:
        for issue in result.issues:
            where = f"{path}:{issue.line}" if issue.line else path
            print(f"{where}: {issue.message}")
        count = len(result.issues)
        print(f"{path}: {count} error{'s' if count != 1 else ''}", file=sys.stderr)
        return 1
    print(f"{path}: valid. {_summary(result.policy)}")
    return 0


def _summary(policy: Policy) -> str:
    return (
        f"{policy.agency}, policy {policy.policy_id} version {policy.version}; "
        f"{len(policy.platforms)} approved platform{'s' if len(policy.platforms) != 1 else ''} "
        f"({', '.join(sorted(policy.platforms))}); {policy.content_hash}"
    )


def _load_valid(path: str) -> Policy:
    result = validate_policy_text(_read(path))
    if result.policy is None:
        first = result.issues[0] if result.issues else None
        raise _command_error(
            f"{path} is invalid ({len(result.issues)} errors, first: {first}); "
            f"run 'casesafe policy validate {path}'"
        )
    return result.policy


def _show(path: str, as_json: bool) -> int:
    policy = _load_valid(path)
    if as_json:
        _print_json({**policy.to_dict(), "content_hash": policy.content_hash})
        return 0
    print(_summary(policy))
    for slug, rule in sorted(policy.platforms.items()):
        flags = []
        if rule.phi_allowed:
            flags.append(f"PHI (BAA {rule.baa.plan if rule.baa else '?'})")
        if rule.approval_required:
            flags.append("supervisor approval")
        print(
            f"  {slug}: {', '.join(sorted(rule.purposes))} | {', '.join(sorted(rule.audiences))}"
            + (f" | {'; '.join(flags)}" if flags else "")
        )
    contacts = policy.public_contacts.all()
    if contacts:
        print(f"  public contacts: {'; '.join(contacts)}")
    return 0


def _platforms(as_json: bool) -> int:
    catalogue = default_catalogue()
    if as_json:
        _print_json(
            {
                "catalogue_version": catalogue.version,
                "platforms": [p.to_dict() for p in catalogue.platforms.values()],
            }
        )
        return 0
    for p in catalogue.platforms.values():
        ages = p.current_minimum_age("us")
        baa = f"BAA: {', '.join(p.baa_plans)}" if p.baa_available else "no BAA"
        print(
            f"{p.slug:20} {p.kind:15} {'/'.join(sorted(p.audiences)):15} "
            f"min age {ages if ages is not None else '-':>2}  {p.encryption:13} {baa}"
        )
    return 0


def _recommend(purpose: str, audience: str, policy_path: str | None, as_json: bool) -> int:
    if policy_path:
        policy = _load_valid(policy_path)
    else:
        from casesafe.policy.load import demo_policy

        policy = demo_policy()
    ranked = recommend(purpose, audience, policy, default_catalogue())
    if as_json:
        _print_json([r.to_dict() for r in ranked])
        return 0
    for r in ranked:
        mark = "yes" if r.suitable else "no "
        print(f"{mark} {r.platform:20} {'; '.join(r.reasons)}")
    return 0


def _replay(facts_path: str, policy_path: str) -> int:
    from casesafe.policy.preflight import preflight
    from casesafe.policy.serialise import facts_from_dict

    policy = _load_valid(policy_path)
    try:
        with open(facts_path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise _command_error(f"{facts_path}: cannot be read ({exc.strerror})") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise _command_error(f"{facts_path}: not valid JSON ({exc})") from exc
    try:
        facts = facts_from_dict(data)
    except PolicyError as exc:
        raise _command_error(f"{facts_path}: {exc}") from exc
    decision = preflight(facts, policy, default_catalogue())
    _print_json(decision.to_dict())
    return 0

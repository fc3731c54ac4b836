"""`casesafe check`: screen one text, or a JSONL batch, exactly as the contract says."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import ScreeningError, ScreeningTimeout
from .types import Audience, CaseContext, ScreeningResult

_AUDIENCES = [a.value for a in Audience]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", help="the text to screen (use --jsonl for a batch)")
    parser.add_argument(
        "--audience", choices=_AUDIENCES, default="public", help="who will see it (default: public)"
    )
    parser.add_argument(
        "--case-file",
        metavar="FILE",
        help="a case file (JSON) whose people, schools and places to look for",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the contract JSON instead of a readable report"
    )
    parser.add_argument(
        "--jsonl",
        metavar="IN.jsonl",
        help="screen a JSONL batch ('-' = stdin); writes JSONL to stdout",
    )
    parser.add_argument(
        "--agency-config",
        metavar="FILE",
        help="JSON with the agency's published contacts ({'public_contacts': {...}}) to ignore",
    )
    parser.add_argument(
        "--entitled",
        action="store_true",
        help="the recipient is entitled to this case's identifiers and PHI",
    )


def _command_error(message: str) -> Exception:
    from casesafe.cli import CommandError

    return CommandError(message)


def _load_case(path: str) -> CaseContext:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _command_error(f"cannot read case file {path}: {exc}") from None
    try:
        return CaseContext.from_json(raw)
    except ScreeningError as exc:
        raise _command_error(f"{path}: {exc}") from None


def run(args: argparse.Namespace) -> int:
    from .engine import Screener, with_agency
    from .types import ScreeningConfig

    config = ScreeningConfig(recipient_entitled=bool(getattr(args, "entitled", False)))
    if getattr(args, "agency_config", None):
        try:
            agency = json.loads(Path(args.agency_config).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _command_error(f"cannot read agency config {args.agency_config}: {exc}") from None
        if not isinstance(agency, dict):
            raise _command_error(f"{args.agency_config} must hold a JSON object")
        config = with_agency(config, agency_config=agency) or config
    if args.jsonl:
        if args.text:
            raise _command_error("give either TEXT or --jsonl, not both")
        case = _load_case(args.case_file) if args.case_file else None
        return _run_batch(args.jsonl, args.audience, case, config)
    if args.text is None:
        raise _command_error("nothing to check: give TEXT or --jsonl FILE")
    case = _load_case(args.case_file) if args.case_file else None
    try:
        screener = Screener(config)
        result = screener.screen(args.text, args.audience, case)
    except ScreeningError as exc:
        raise _command_error(str(exc)) from None
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(_human(args.text, result))
    return 0


def _human(text: str, result: ScreeningResult) -> str:
    from .guidance import get_tip

    lines = [f"Decision: {result.decision.value.upper()} (audience: {result.audience.value})"]
    for reason in result.reasons:
        lines.append(f"  [{reason.code}] {reason.message}")
    if result.findings:
        lines.append("")
        lines.append("Findings:")
    for f in result.findings:
        tip = get_tip(f.guidance)
        role = f", {f.role.replace('_', ' ')}" if f.role else ""
        lines.append(
            f"  - {f.category.value}{role} at {f.start}-{f.end}: {text[f.start : f.end]!r}"
        )
        lines.append(f"      why: {f.explanation}")
        lines.append(f"      tip: {tip.title} — {tip.body} ({f.guidance})")
    for note in result.quality:
        lines.append(f"  note [{note.code}] {note.message}")
    lines.append("")
    lines.append("Redacted:")
    lines.append(f"  {result.redacted_text}")
    return "\n".join(lines)


def _open(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8", errors="strict")  # noqa: SIM115 - closed by caller
    except OSError as exc:
        raise _command_error(f"cannot read {path}: {exc.strerror or exc}") from None


def _lines(handle: IO[str]) -> Iterator[str | Exception]:
    while True:
        try:
            line = handle.readline()
        except UnicodeDecodeError as exc:
            yield exc
            return
        if not line:
            return
        yield line


_CHUNK = 32


def _run_batch(path: str, audience: str, case: CaseContext | None, config: Any) -> int:
    from .engine import Screener

    handle = _open(path)
    screener = Screener(config)
    chunk: list[tuple[int, str]] = []
    try:
        for n, line in enumerate(_lines(handle), start=1):
            if isinstance(line, Exception):
                _flush(screener, chunk, audience, case)
                chunk = []
                _emit({"id": None, "line": n, "error": "the input is not valid UTF-8"})
                break
            if line.strip():
                chunk.append((n, line))
            if len(chunk) >= _CHUNK:
                _flush(screener, chunk, audience, case)
                chunk = []
        _flush(screener, chunk, audience, case)
    finally:
        if handle is not sys.stdin:
            handle.close()
    return 0


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _flush(
    screener: Any, chunk: list[tuple[int, str]], audience: str, case: CaseContext | None
) -> None:
    """Parse a chunk of lines, run the language model over them at once, emit in order."""
    parsed = [_parse(line, n) for n, line in chunk]
    texts = [p.get("text") if "error" not in p else None for p in parsed]
    models = screener.prefetch([t if isinstance(t, str) else "" for t in texts])
    for item, model in zip(parsed, models, strict=True):
        _emit(item if "error" in item else _screen_item(screener, item, model, audience, case))
    sys.stdout.flush()


def _parse(line: str, n: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": n, "error": f"line {n} is not valid JSON: {exc.msg}"}
    if not isinstance(item, dict):
        return {"id": None, "line": n, "error": f"line {n} must be a JSON object"}
    if not isinstance(item.get("text"), str):
        return {"id": item.get("id"), "error": "the line has no 'text' string"}
    return item


def _screen_item(
    screener: Any, item: dict[str, Any], model: Any, audience: str, case: CaseContext | None
) -> dict[str, Any]:
    item_id = item.get("id")
    try:
        line_case = CaseContext.from_dict(item["case"]) if item.get("case") is not None else case
        result = screener.screen(
            item["text"], item.get("audience") or audience, line_case, parsed=model
        )
    except ScreeningTimeout as exc:
        return {**_blocked(item_id), "error": f"{exc.code}: {exc}"}
    except ScreeningError as exc:
        return {"id": item_id, "error": str(exc)}
    except Exception:  # noqa: BLE001 - fail closed for this line, keep going
        return {**_blocked(item_id), "error": "SCREENING_ERROR: screening could not finish"}
    return {"id": item_id, **result.to_dict()}


def _blocked(item_id: Any) -> dict[str, Any]:
    """A line the engine could not finish is never allowed."""
    return {"id": item_id, "decision": "block", "findings": [], "redacted_text": ""}

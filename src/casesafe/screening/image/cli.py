"""`casesafe check-image`: screen a photo, report what it shows, write a clean copy.

The exit status is 0 whatever the decision (the decision is in the report); it is
non-zero only when the photo (or the case file) cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..types import Audience
from .load import MAX_BYTES
from .types import ImageResult

_AUDIENCES = [a.value for a in Audience]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("image", metavar="IN", help="the photo (JPEG, PNG, WebP, HEIC/HEIF, GIF)")
    parser.add_argument("--out", metavar="CLEAN", help="write the clean copy here")
    parser.add_argument(
        "--audience", choices=_AUDIENCES, default="public", help="who will see it (default: public)"
    )
    parser.add_argument(
        "--case-file", metavar="FILE", help="a case file (JSON) whose people and places to look for"
    )
    parser.add_argument(
        "--consented-faces",
        type=int,
        metavar="N",
        help="how many people in the photo have photo consent on file",
    )
    parser.add_argument(
        "--blur-faces",
        default="none",
        metavar="all|none|i,j",
        help="blur all faces, none (default), or the numbered ones (from 0, left to right)",
    )
    parser.add_argument(
        "--redact", action="store_true", help="burn out text in the picture that has findings"
    )
    parser.add_argument(
        "--profiles", action="store_true", help="also look for faces seen from the side (slower)"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def _command_error(message: str) -> Exception:
    from casesafe.cli import CommandError

    return CommandError(message)


def _read(path: str) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _command_error(
                f"{path} is {size / 1e6:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB"
            )
        return p.read_bytes()
    except OSError as exc:
        raise _command_error(f"cannot read {path}: {exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    from ..cli import _load_case
    from .engine import ImageOptionError, screen_image
    from .load import ImageInputError

    data = _read(args.image)
    case = _load_case(args.case_file) if args.case_file else None
    try:
        result = screen_image(
            data,
            audience=args.audience,
            case=case,
            consented_faces=args.consented_faces,
            blur_faces=args.blur_faces,
            redact=args.redact,
            profiles=args.profiles,
        )
    except (ImageInputError, ImageOptionError) as exc:
        if args.json:
            print(json.dumps({"decision": "block", "error": str(exc), "code": exc.code}))
        raise _command_error(f"{args.image}: {exc}") from None
    if args.out:
        try:
            Path(args.out).write_bytes(result.clean_bytes)
        except OSError as exc:
            raise _command_error(f"cannot write {args.out}: {exc.strerror or exc}") from None
    if args.json:
        out = result.to_dict()
        if args.out:
            out["clean_path"] = args.out
        json.dump(out, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_report(result, args.out))
    return 0


def _report(result: ImageResult, out: str | None) -> str:
    lines = [
        f"decision: {result.decision.value} ({result.audience.value})",
        f"photo: {result.format} {result.width}x{result.height}, "
        f"{result.face_count} face(s), sha256 {result.original_sha256[:16]}…",
    ]
    for f in result.findings:
        where = f"box {list(f.box)}" if f.box else f"field {f.field}"
        gone = " [removed in the clean copy]" if f.removed else ""
        lines.append(f"  {f.category:<11} {where}: {f.explanation}{gone}")
    for r in result.reasons:
        lines.append(f"  → {r.verdict.value}: {r.message}")
    if result.recheck.performed:
        state = "nothing left" if result.recheck.ok else "SOMETHING IS STILL VISIBLE"
        lines.append(f"re-check of the clean copy: {state}")
    if out:
        lines.append(f"clean copy ({result.clean_mime}): {out}")
    return "\n".join(lines) + "\n"

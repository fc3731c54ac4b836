"""`casesafe check-image`, as a user would run it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import exifread
import pytest

from casesafe.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["check-image", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_report_and_clean_copy(
    tmp_path: Path, sign_jpeg: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    src, clean = tmp_path / "photo.jpg", tmp_path / "clean.jpg"
    src.write_bytes(sign_jpeg)
    code, out, _ = _run(capsys, str(src), "--out", str(clean), "--json", "--redact")
    assert code == 0
    report = json.loads(out)  # stdout is pure JSON (the geocoder's chatter is kept out)
    assert report["decision"] in ("allow", "warn", "block")
    cats = {f["category"] for f in report["findings"]}
    assert {"LOCATION", "METADATA", "SCHOOL"} <= cats
    for f in report["findings"]:
        assert ("box" in f) or ("field" in f)
        assert f["explanation"] and f["guidance"]
    assert report["recheck"]["ok"] is True
    assert exifread.process_file(io.BytesIO(clean.read_bytes()), details=False) == {}


def test_group_photo_over_consent_is_blocked(
    tmp_path: Path, group_jpeg: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "group.jpg"
    src.write_bytes(group_jpeg)
    code, out, _ = _run(capsys, str(src), "--consented-faces", "1", "--json")
    assert code == 0  # a block is a verdict, not a failure
    report = json.loads(out)
    assert report["decision"] == "block"
    assert "FACES_OVER_CONSENT" in {r["code"] for r in report["reasons"]}
    assert sum(f["category"] == "FACE" for f in report["findings"]) == 3


def test_readable_report(
    tmp_path: Path, sign_jpeg: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "photo.jpg"
    src.write_bytes(sign_jpeg)
    code, out, _ = _run(capsys, str(src))
    assert code == 0
    assert out.startswith("decision: ")
    assert "near Springfield, Illinois" in out


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"just some text\n", "not a photo"), (b"\xff\xd8\xff\xe0\x00\x10JFIF", "damaged")],
)
def test_unreadable_files_exit_non_zero(
    tmp_path: Path, content: bytes, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "photo.jpg"
    src.write_bytes(content)
    code, out, err = _run(capsys, str(src), "--json")
    assert code == 2
    assert words in err and "Traceback" not in err
    assert json.loads(out)["decision"] == "block"


def test_missing_file_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, str(tmp_path / "nope.jpg"))
    assert code == 2 and "cannot read" in err

"""The `casesafe check` command, run as a user would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CASE

CMD = [str(Path(sys.executable).parent / "casesafe"), "check"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CMD, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def case_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("case") / "case.json"
    path.write_text(json.dumps(CASE), encoding="utf-8")
    return path


def test_acceptance_json() -> None:
    proc = run(
        "Meet Darnell Hughes, 12, from Westbrook Middle School", "--audience", "public", "--json"
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["decision"] == "block"
    assert {"PERSON", "AGE", "SCHOOL"} <= {f["category"] for f in data["findings"]}
    assert "Darnell" not in data["redacted_text"] and "Westbrook" not in data["redacted_text"]


def test_case_file_finds_nicknames_with_role(case_file: Path) -> None:
    proc = run("Ty and billy had fun", "--case-file", str(case_file), "--json")
    data = json.loads(proc.stdout)
    roles = {f["role"] for f in data["findings"] if f["recognizer"] == "case_aware"}
    assert roles == {"child", "foster_parent"}
    assert data["redacted_text"] == "[CHILD 1] and [FOSTER PARENT 1] had fun"


def test_human_output_explains_and_links_tips() -> None:
    proc = run("She takes Zoloft now", "--audience", "private")
    assert proc.returncode == 0
    assert "Decision: BLOCK" in proc.stdout
    assert "HEALTH" in proc.stdout and "tip:" in proc.stdout
    assert "Redacted:" in proc.stdout and "[HEALTH INFO]" in proc.stdout


def test_user_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"people": [{"role": "child"}]}', encoding="utf-8")
    for args in (
        ["hello", "--case-file", str(bad)],
        [""],
        ["hi", "--case-file", str(tmp_path / "nope.json")],
        [],
    ):
        proc = run(*args)
        assert proc.returncode == 2, (args, proc.stdout)
        assert "Traceback" not in proc.stderr
        assert proc.stderr.startswith("casesafe check:") or "usage" in proc.stderr


def test_jsonl_batch_line_for_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Meet Darnell Hughes, 12"}),
        "this is not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "Ty is doing well", "audience": "private", "case": CASE}),
        json.dumps(
            {"id": "e", "text": "Join us at the Central Public Library on Thursday at 4pm!"}
        ),
        json.dumps({"id": "f", "text": "hello", "case": {"people": "nope"}}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("--jsonl", str(src))
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["id"] == "a" and out[0]["decision"] == "block"
    assert "error" in out[1]
    assert out[2]["id"] == "c" and "empty" in out[2]["error"]
    assert out[3]["decision"] == "allow" and out[3]["findings"][0]["role"] == "child"
    assert out[4]["decision"] == "allow" and out[4]["findings"] == []
    assert out[5]["id"] == "f" and "people" in out[5]["error"]


def test_jsonl_from_stdin() -> None:
    proc = run("--jsonl", "-", stdin=json.dumps({"id": 1, "text": "call 512-555-0199"}) + "\n")
    assert json.loads(proc.stdout)["findings"][0]["category"] == "PHONE"


def test_jsonl_unreadable_input_fails(tmp_path: Path) -> None:
    proc = run("--jsonl", str(tmp_path / "missing.jsonl"))
    assert proc.returncode == 2 and "cannot read" in proc.stderr

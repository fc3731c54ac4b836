"""Result types of photo screening. Frozen, JSON-ready, and free of the matched text.

A finding in a photo points at pixels (``box``) or at a metadata ``field`` instead of at
string offsets; like text findings it carries a keyed HMAC of any text it matched, never
the text, so a result can be logged or stored without PII.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import Audience, Finding, Reason, Verdict

FACE = "FACE"
METADATA = "METADATA"

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in the original (upright) image's pixels


@dataclass(frozen=True, slots=True)
class ImageFinding:
    category: str  # a text Category value, FACE or METADATA
    source: str  # metadata | ocr | face | consent
    severity: str
    explanation: str
    guidance: str
    box: Box | None = None
    field: str | None = None
    rule: str = ""
    role: str | None = None
    score: float | None = None
    text_hmac: str = ""
    # True when the clean copy no longer carries it (metadata stripped, face blurred,
    # text burned out) and the re-check confirmed so.
    removed: bool = False
    # The text engine's finding behind an OCR or metadata-text finding: the decision
    # table works on these.
    text_finding: Finding | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "category": self.category,
            "source": self.source,
            "severity": self.severity,
            "explanation": self.explanation,
            "guidance": self.guidance,
            "removed": self.removed,
        }
        if self.box is not None:
            out["box"] = list(self.box)
        if self.field is not None:
            out["field"] = self.field
        if self.rule:
            out["rule"] = self.rule
        if self.role:
            out["role"] = self.role
        if self.score is not None:
            out["score"] = round(self.score, 3)
        if self.text_hmac:
            out["text_hmac"] = self.text_hmac
        return out


@dataclass(frozen=True, slots=True)
class Recheck:
    """What screening the clean copy found of the things that were meant to be removed."""

    performed: bool
    faces_remaining: int = 0
    text_remaining: int = 0
    metadata_remaining: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.faces_remaining or self.text_remaining or self.metadata_remaining)

    def to_dict(self) -> dict[str, Any]:
        return {
            "performed": self.performed,
            "ok": self.ok,
            "faces_remaining": self.faces_remaining,
            "text_remaining": self.text_remaining,
            "metadata_remaining": list(self.metadata_remaining),
        }


@dataclass(frozen=True)
class ImageResult:
    """The verdict on the clean copy, everything found in the original, and the copy.

    ``decision`` applies to ``clean_bytes``: only the clean copy may be stored or sent.
    """

    decision: Verdict
    audience: Audience
    findings: tuple[ImageFinding, ...]
    reasons: tuple[Reason, ...]
    original_sha256: str
    clean_bytes: bytes = b""
    clean_mime: str = ""
    clean_sha256: str = ""
    width: int = 0
    height: int = 0
    format: str = ""
    face_count: int = 0
    recheck: Recheck = field(default_factory=lambda: Recheck(performed=False))
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision.value,
            "audience": self.audience.value,
            "findings": [f.to_dict() for f in self.findings],
            "reasons": [r.to_dict() for r in self.reasons],
            "original_sha256": self.original_sha256,
            "clean_sha256": self.clean_sha256,
            "clean_mime": self.clean_mime,
            "width": self.width,
            "height": self.height,
            "format": self.format,
            "face_count": self.face_count,
            "recheck": self.recheck.to_dict(),
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
        }

"""Text in the picture: RapidOCR (PP-OCRv4 models inside the wheel) + the text engine.

Scene text is short, often in capitals and split over lines ("LINCOLN" / "ELEMENTARY"
on a sign). So every line is screened alone *and* the lines are joined into one text
per block, with each line's character range kept, so a finding spanning two lines maps
back to the union of their boxes. Lines in capitals are screened in title case, because
the name and school recognizers lean on capitalisation.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from ..engine import screen_text
from ..types import Audience, CaseContext, Finding, ScreeningConfig
from .types import Box, ImageFinding

# Detection runs on at most this many pixels on the long side. Its time grows with the
# pixel count: 1024 keeps a 12-megapixel photo within the 1.5 s budget on 2 cores, and
# still reads lettering taller than ~1/50 of the picture (signs, shirts, banners). Small
# name tags in a large photo need more: screen_image(ocr_max_side=1600) (about 3x slower).
OCR_MAX_SIDE = 1024
# Small pictures are enlarged so their letters reach the size the models were trained on.
OCR_MIN_SIDE = 640
MIN_TEXT_SCORE = 0.6
MAX_LINES = 200  # a page of text is not a photo; more lines are not screened one by one

_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()
_ENGINE: Any = None


def ocr_engine() -> Any:
    """The RapidOCR engine, built once per process on first use (it loads three models)."""
    global _ENGINE
    with _LOCK:
        if _ENGINE is None:
            from rapidocr_onnxruntime import RapidOCR

            # One thread per model run: measured on the 2 shared cores, onnxruntime's
            # default pool was twice as slow (its threads spin against other work),
            # and the face detector runs beside OCR on the other core.
            _ENGINE = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    return _ENGINE


@dataclass(frozen=True, slots=True)
class OcrLine:
    text: str
    box: Box
    score: float
    # The detector's quadrilateral (top-left, top-right, bottom-right, bottom-left) in the
    # same pixels: for turned text it says which way the line runs.
    quad: tuple[tuple[float, float], ...] = ()

    def frame(self) -> tuple[float, float, float, float, float, float]:
        """Centre x, y, unit direction along the line, its length and its height."""
        if len(self.quad) == 4:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.quad
            dx, dy = (x1 - x0 + x2 - x3) / 2, (y1 - y0 + y2 - y3) / 2
            length = math.hypot(dx, dy) or 1.0
            height = (math.hypot(x3 - x0, y3 - y0) + math.hypot(x2 - x1, y2 - y1)) / 2
            cx, cy = (x0 + x1 + x2 + x3) / 4, (y0 + y1 + y2 + y3) / 4
            return cx, cy, dx / length, dy / length, length, max(height, 1.0)
        b = self.box
        return (b[0] + b[2]) / 2, (b[1] + b[3]) / 2, 1.0, 0.0, b[2] - b[0] or 1, b[3] - b[1] or 1


def _scale_for(size: tuple[int, int], max_side: int) -> float:
    long_side, short_side = max(size), min(size)
    if long_side > max_side:
        return max_side / long_side
    if short_side < OCR_MIN_SIDE:
        return min(OCR_MIN_SIDE / short_side, max_side / long_side, 3.0)
    return 1.0


def read_lines(image: Image.Image, max_side: int = OCR_MAX_SIDE) -> list[OcrLine]:
    """Every text line RapidOCR reads, with its box in ``image``'s pixels."""
    rgb = image.convert("RGB") if image.mode != "RGB" else image
    scale = _scale_for(rgb.size, max_side)
    work = rgb
    if scale != 1.0:
        new_size = (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale)))
        work = rgb.resize(new_size, Image.Resampling.BILINEAR)
    # RapidOCR expects OpenCV's BGR order.
    arr = np.ascontiguousarray(np.asarray(work)[:, :, ::-1])
    # The angle classifier only tells upright from upside-down lines; it costs ~20% and
    # upside-down text is rare in photos people post.
    result, _ = ocr_engine()(arr, use_cls=False, box_thresh=0.4, unclip_ratio=1.6, text_score=0.5)
    lines: list[OcrLine] = []
    for quad, text, score in result or []:
        if float(score) < MIN_TEXT_SCORE or not str(text).strip():
            continue
        xs = [p[0] / scale for p in quad]
        ys = [p[1] / scale for p in quad]
        box = (
            max(0, int(min(xs))),
            max(0, int(min(ys))),
            min(rgb.width, int(round(max(xs)))),
            min(rgb.height, int(round(max(ys)))),
        )
        quad_px = tuple((float(p[0]) / scale, float(p[1]) / scale) for p in quad)
        lines.append(OcrLine(str(text).strip(), box, float(score), quad_px))
    return lines[:MAX_LINES]


# --------------------------------------------------------------------------- grouping


_GLUED_CASE = re.compile(r"(?<=[a-z])(?<!Mc)(?<!Mac)(?=[A-Z])")  # "TylerGonzalez", not "McDonald"
_GLUED_CAPS = re.compile(r"(?<=[A-Z]{2})(?=[a-z]{2})")  # "HELLOmy"
# "1423Oak" (but not "4th", "21st"), "Apt4", "Cal1512-555-0142"
_GLUED_DIGIT_WORD = re.compile(r"(?<=\d)(?=[A-Za-z]{2})(?!(?:st|nd|rd|th)\b)", re.I)
_GLUED_WORD_DIGIT = re.compile(r"(?<=[A-Za-z]{2})(?=\d)")
# "ROOSEVELTHIGH", "MAINSTREET": the words that make a name a school or a street, glued
# to the name before them.
_GLUED_CUE = re.compile(
    r"(?<=[A-Za-z]{3})(?=(?:school|elementary|middle|high|academy|prep|street|avenue|road"
    r"|drive|lane|court|boulevard|park|clinic|library|center|centre|church)\b)",
    re.I,
)


def _normalise(text: str) -> str:
    """Undo OCR habits that hide identifiers from the text engine.

    PP-OCR's recogniser often drops the space between words ("TylerGonzalez",
    "1423OakStreet", "ROOSEVELTHIGH"), and signs are in capitals, which the name and
    school recognizers do not trust. Only the text screened changes; boxes stay those
    of the whole line.
    """
    for pattern in (_GLUED_CASE, _GLUED_CAPS, _GLUED_DIGIT_WORD, _GLUED_WORD_DIGIT, _GLUED_CUE):
        text = pattern.sub(" ", text)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        text = text.title()
    return text


def _same_block(a: OcrLine, b: OcrLine) -> bool:
    """b is the next line of a's sign: one line further down, in the frame of a's text
    (so a turned sign groups like a straight one), overlapping along the line."""
    ax, ay, ux, uy, alen, ah = a.frame()
    bx, by, _, _, blen, bh = b.frame()
    vx, vy = bx - ax, by - ay
    along = vx * ux + vy * uy  # offset of b's centre along a's line
    down = -vx * uy + vy * ux  # ... and across it, downwards positive
    height = max(ah, bh)
    similar = 0.5 < bh / ah < 2.0
    return 0.5 * height < down < 2.4 * height and abs(along) < (alen + blen) / 2 and similar


def blocks(lines: Sequence[OcrLine]) -> list[list[OcrLine]]:
    """Lines grouped into signs/labels, each block in reading order."""
    ordered = sorted(lines, key=lambda ln: (ln.box[1], ln.box[0]))
    groups: list[list[OcrLine]] = []
    for line in ordered:
        for group in groups:
            if _same_block(group[-1], line):
                group.append(line)
                break
        else:
            groups.append([line])
    return groups


def _union(boxes: Sequence[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# --------------------------------------------------------------------------- screening


def _screen(
    text: str,
    audience: Audience,
    case: CaseContext | Mapping[str, Any] | None,
    config: ScreeningConfig | None,
    public_contacts: Sequence[str] | None,
) -> tuple[Finding, ...]:
    result = screen_text(_normalise(text), audience, case, config, public_contacts=public_contacts)
    return result.findings


def screen_lines(
    lines: Sequence[OcrLine],
    audience: Audience,
    case: CaseContext | Mapping[str, Any] | None = None,
    config: ScreeningConfig | None = None,
    public_contacts: Sequence[str] | None = None,
) -> list[ImageFinding]:
    """Findings for text in the picture, one per (category, region), with boxes.

    Raises :class:`ScreeningError` when the text engine does: the caller fails closed.
    """
    found: dict[tuple[str, Box], ImageFinding] = {}

    def add(f: Finding, box: Box) -> None:
        key = (f.category.value, box)
        if key in found:
            return
        # A finding covering a region another finding of the same category already
        # covers (a line inside its block) is the same thing seen twice.
        for (cat, other), _ in list(found.items()):
            if cat == f.category.value and _inside(box, other):
                return
        for (cat, other), _ in list(found.items()):
            if cat == f.category.value and _inside(other, box):
                del found[(cat, other)]
        found[key] = ImageFinding(
            category=f.category.value,
            source="ocr",
            severity=f.severity,
            explanation=f"Text in the picture: {f.explanation}",
            guidance=f.guidance,
            box=box,
            rule=f"{f.recognizer}:{f.rule}",
            role=f.role,
            score=f.score,
            text_hmac=f.text_hmac,
            text_finding=f,
        )

    for block in blocks(lines):
        if len(block) > 1:
            # One text per block: lines joined by a space, each line's span kept.
            spans: list[tuple[int, int, OcrLine]] = []
            parts: list[str] = []
            pos = 0
            for line in block:
                norm = _normalise(line.text)
                spans.append((pos, pos + len(norm), line))
                parts.append(norm)
                pos += len(norm) + 1
            joined = " ".join(parts)
            for f in _screen(joined, audience, case, config, public_contacts):
                hit = [ln.box for s, e, ln in spans if f.start < e and s < f.end]
                if hit:
                    add(f, _union(hit))
        for line in block:
            for f in _screen(_normalise(line.text), audience, case, config, public_contacts):
                add(f, line.box)
    return list(found.values())


def _inside(inner: Box, outer: Box) -> bool:
    return (
        inner[0] >= outer[0]
        and inner[1] >= outer[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )

"""Faces: OpenCV's Haar cascades, whose models ship inside opencv-python-headless.

Honest limits (also in docs/benchmarks/image.md): Haar cascades find upright, roughly
frontal faces that are at least ~20 pixels wide after our downscale. They miss faces
turned more than ~45 degrees, tilted heads, faces in shadow or partly covered, very small
faces at the back of a crowd, and they fire now and then on hands, patterns and shirts.
So a face count is a floor, not a fact: the report asks the person posting to look, and
"blur all" blurs everything the detector found, not every face in the picture.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from .types import Box

# Detection works on a copy at most this long on its longer side: Haar's time grows with
# the pixel count, and faces that matter in a post are larger than 1/60 of the picture.
FACE_MAX_SIDE = 1024
MIN_FACE_FRACTION = 0.03  # smallest face, as a share of the shorter side
MIN_FACE_PX = 24
_FRONTAL = "haarcascade_frontalface_alt2.xml"
_PROFILE = "haarcascade_profileface.xml"

_LOCK = threading.Lock()
_CASCADES: dict[str, Any] = {}
_RUN_LOCKS: dict[str, threading.Lock] = {}


@dataclass(frozen=True, slots=True)
class Face:
    box: Box
    score: float  # how many neighbouring detections supported it (normalised)
    kind: str  # frontal | profile


def _cascade(name: str) -> Any:
    with _LOCK:
        if name not in _CASCADES:
            path = str(cv2.data.haarcascades) + name  # type: ignore[attr-defined]
            clf = cv2.CascadeClassifier(path)
            if clf.empty():
                raise RuntimeError(f"face model {name} could not be loaded")
            _CASCADES[name] = clf
    return _CASCADES[name]


def _iou(a: Box, b: Box) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    if not inter:
        return 0.0
    area_a = (a[2] - a[0]) * (a[3] - a[1])
    area_b = (b[2] - b[0]) * (b[3] - b[1])
    return inter / float(min(area_a, area_b))


def merge(faces: Sequence[Face], threshold: float = 0.4) -> list[Face]:
    """One face per region: boxes overlapping by more than ``threshold`` of the smaller merge."""
    kept: list[Face] = []
    for face in sorted(faces, key=lambda f: -(f.box[2] - f.box[0])):
        for i, other in enumerate(kept):
            if _iou(face.box, other.box) > threshold:
                b, o = face.box, other.box
                kept[i] = Face(
                    (min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3])),
                    max(face.score, other.score),
                    other.kind,
                )
                break
        else:
            kept.append(face)
    return sorted(kept, key=lambda f: (f.box[0], f.box[1]))


def _detect(gray: Any, name: str, min_size: int, neighbours: int) -> list[tuple[Box, float]]:
    cascade = _cascade(name)
    # One CascadeClassifier is shared by every thread of a web worker, and OpenCV does
    # not promise it is safe to call concurrently.
    with _RUN_LOCKS.setdefault(name, threading.Lock()):
        rects, _, weights = cascade.detectMultiScale3(
            gray,
            scaleFactor=1.15,
            minNeighbors=neighbours,
            minSize=(min_size, min_size),
            outputRejectLevels=True,
        )
    out: list[tuple[Box, float]] = []
    for (x, y, w, h), weight in zip(rects, weights, strict=False):
        out.append(((int(x), int(y), int(x + w), int(y + h)), float(np.ravel(weight)[0])))
    return out


def detect_faces(image: Image.Image, *, profiles: bool = False) -> list[Face]:
    """Faces in ``image``, boxes in its own pixels, left to right.

    ``profiles`` adds the side-view cascade (both directions): it finds some turned
    faces but triples the time, so it is off unless asked for.
    """
    rgb = image.convert("RGB") if image.mode != "RGB" else image
    scale = min(1.0, FACE_MAX_SIDE / max(rgb.size))
    work = rgb
    if scale < 1.0:
        work = rgb.resize(
            (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale))),
            Image.Resampling.BILINEAR,
        )
    gray = cv2.equalizeHist(np.asarray(work.convert("L")))
    min_size = max(MIN_FACE_PX, int(min(work.size) * MIN_FACE_FRACTION))
    found: list[Face] = []
    for box, weight in _detect(gray, _FRONTAL, min_size, 5):
        found.append(
            Face(_rescale(box, scale, rgb.size), min(1.0, max(0.0, weight / 5)), "frontal")
        )
    if profiles:
        # Profiles are asked for stricter agreement: the profile cascade fires more often
        # on ears, hair and hands. The mirrored pass finds faces turned the other way.
        for flipped in (False, True):
            g = gray[:, ::-1].copy() if flipped else gray
            for (x0, y0, x1, y1), weight in _detect(g, _PROFILE, min_size, 6):
                if flipped:
                    x0, x1 = g.shape[1] - x1, g.shape[1] - x0
                box = _rescale((x0, y0, x1, y1), scale, rgb.size)
                found.append(Face(box, min(1.0, max(0.0, weight / 5)), "profile"))
    return merge(found)


def _rescale(box: Box, scale: float, size: tuple[int, int]) -> Box:
    x0, y0, x1, y1 = (int(round(v / scale)) for v in box)
    return (max(0, x0), max(0, y0), min(size[0], x1), min(size[1], y1))

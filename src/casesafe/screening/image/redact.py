"""Blur faces and burn out text regions in the pixels of the clean copy.

A face is pixelated to a coarse grid and then blurred: a Gaussian blur alone can be
partly undone and a light one leaves a face recognisable, while a 6x6-ish grid of
averages carries no identity. Text is covered with a solid box: blur can leave large
lettering readable. Each region is padded, because detector boxes are tight.
"""

from __future__ import annotations

from collections.abc import Iterable

from PIL import Image, ImageDraw, ImageFilter

from .types import Box

FACE_PAD = 0.25  # share of the face's size added on every side (hair, chin, ears)
TEXT_PAD = 0.15
FACE_GRID = 6  # the face becomes at most this many blocks across


def _pad(box: Box, share: float, size: tuple[int, int], minimum: int = 2) -> Box:
    w, h = box[2] - box[0], box[3] - box[1]
    dx, dy = max(minimum, int(w * share)), max(minimum, int(h * share))
    return (
        max(0, box[0] - dx),
        max(0, box[1] - dy),
        min(size[0], box[2] + dx),
        min(size[1], box[3] + dy),
    )


def blur_regions(image: Image.Image, boxes: Iterable[Box]) -> list[Box]:
    """Pixelate and blur each box in place; returns the padded boxes actually changed."""
    done: list[Box] = []
    for box in boxes:
        x0, y0, x1, y1 = _pad(box, FACE_PAD, image.size)
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        region = image.crop((x0, y0, x1, y1))
        w, h = region.size
        cells = max(1, max(w, h) // FACE_GRID)
        small = region.resize((max(1, w // cells), max(1, h // cells)), Image.Resampling.BOX)
        coarse = small.resize((w, h), Image.Resampling.NEAREST)
        coarse = coarse.filter(ImageFilter.GaussianBlur(radius=max(2, cells // 2)))
        image.paste(coarse, (x0, y0))
        done.append((x0, y0, x1, y1))
    return done


def burn_regions(image: Image.Image, boxes: Iterable[Box]) -> list[Box]:
    """Cover each box with a solid fill in place; returns the padded boxes."""
    draw = ImageDraw.Draw(image)
    fill: tuple[int, ...] = (0, 0, 0, 255) if image.mode == "RGBA" else (0, 0, 0)
    done: list[Box] = []
    for box in boxes:
        padded = _pad(box, TEXT_PAD, image.size)
        draw.rectangle(padded, fill=fill)
        done.append(padded)
    return done


def overlaps(box: Box, regions: Iterable[Box], share: float = 0.3) -> bool:
    """Whether ``box`` lies (by ``share`` of its own area) within any of ``regions``."""
    area = max(1, (box[2] - box[0]) * (box[3] - box[1]))
    for r in regions:
        ix = max(0, min(box[2], r[2]) - max(box[0], r[0]))
        iy = max(0, min(box[3], r[3]) - max(box[1], r[1]))
        if ix * iy / area >= share:
            return True
    return False

"""Checking a photo from the web or the API: the framework-free engine plus what only the
app knows (the case, the agency's contacts), and a picture with the findings drawn on it.

Nothing is stored: the person gets the report and the clean copy back in the response.
`annotated_preview` and `data_uri` are shared with compose (communications), which draws
the stored boxes on the stored clean copy.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageDraw

from casesafe.apps.checks.services import CheckInputError, agency_public_contacts
from casesafe.screening import CaseContext, ScreeningInputError
from casesafe.screening.image import ImageInputError, ImageResult, screen_image
from casesafe.screening.image.engine import failed_image_result
from casesafe.screening.image.load import load_image

COLOURS = {"FACE": "#d83933", "METADATA": "#0050d8"}
DEFAULT_COLOUR = "#e5a000"


@dataclass(frozen=True)
class PhotoCheck:
    result: ImageResult
    annotated_data_uri: str
    clean_data_uri: str


def photo_check(
    data: bytes,
    *,
    audience: str,
    case: CaseContext | None,
    agency: Any,
    consented_faces: int | None,
    blur_faces: str,
    redact: bool,
) -> PhotoCheck:
    try:
        result = screen_image(
            data,
            audience=audience,
            case=case,
            consented_faces=consented_faces,
            blur_faces=blur_faces,
            redact=redact,
            public_contacts=agency_public_contacts(agency),
        )
    except (
        ScreeningInputError,
        ImageInputError,
    ) as exc:  # unreadable, too big, a bomb, bad options
        raise CheckInputError(str(exc)) from None
    except Exception:  # noqa: BLE001 - fail closed: block, no clean copy
        result = failed_image_result(
            "SCREENING_ERROR", "the photo could not be screened; treat it as unsafe", audience, data
        )
    boxes = [(f.category, f.box) for f in result.findings]
    return PhotoCheck(
        result,
        annotated_preview(data, boxes, result.width),
        data_uri(result.clean_bytes, result.clean_mime),
    )


def data_uri(data: bytes, mime: str) -> str:
    if not data:
        return ""
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


Box = Sequence[int] | None


def annotated_preview(
    data: bytes, boxes: Sequence[tuple[str, Box]], width: int, *, max_side: int = 1200
) -> str:
    """The photo's pixels (no metadata) with numbered boxes where things were found.

    `boxes` are (category, box or None) in the order of the findings list, so the numbers
    match it; `width` is the width the boxes were measured in (the upright picture, which
    is also the clean copy's). Returns a JPEG data URI, or "" for an unreadable file.
    """
    try:
        picture = load_image(data).pixels.convert("RGB")
    except Exception:  # noqa: BLE001 - an unreadable file simply has no picture to show
        return ""
    picture.thumbnail((max_side, max_side))
    scale = picture.width / max(width, 1)
    draw = ImageDraw.Draw(picture)
    line = max(2, picture.width // 250)
    for number, (category, box) in enumerate(boxes, start=1):
        if box is None:
            continue
        x0, y0, x1, y1 = (round(v * scale) for v in box)
        colour = COLOURS.get(category, DEFAULT_COLOUR)
        draw.rectangle((x0, y0, x1, y1), outline=colour, width=line)
        draw.rectangle((x0, max(0, y0 - 18), x0 + 22, max(18, y0)), fill=colour)
        draw.text((x0 + 5, max(0, y0 - 16)), str(number), fill="white")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return data_uri(buffer.getvalue(), "image/jpeg")


def as_image(data_uri: str) -> Image.Image:  # for tests
    return Image.open(io.BytesIO(base64.b64decode(data_uri.split(",", 1)[1])))

"""Photo screening end to end: bytes in, a verdict and a clean copy out.

    load (limits, orientation) → metadata → text in the picture → faces
    → blur / burn out what was asked → re-encode from pixels only
    → re-check the clean copy → decide

The decision is about the clean copy, because only the clean copy may be stored or sent:
metadata is always stripped, so it is reported but does not block; text and faces count
unless they were removed and the re-check confirms they are gone. Anything that goes
wrong in :func:`screen_image_safe` answers ``block``.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any, TypeVar

from PIL import Image

from .. import decide as _decide
from ..engine import screen_text
from ..errors import ScreeningError, ScreeningInputError
from ..types import Audience, CaseContext, Category, Reason, ScreeningConfig, Verdict
from . import faces as _faces
from . import metadata as _meta
from . import ocr as _ocr
from .load import ImageInputError, LoadedImage, load_image
from .redact import blur_regions, burn_regions, overlaps
from .types import FACE, METADATA, Box, ImageFinding, ImageResult, Recheck

A, W, B = Verdict.ALLOW, Verdict.WARN, Verdict.BLOCK
BlurChoice = str | Sequence[int]

_PHOTO_TIP = "privacy.photos-identifying"
_LOCATION_TIP = "privacy.no-location"


_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="casesafe-faces")
_T = TypeVar("_T")


def _timed(fn: Callable[..., _T], *args: Any, **kwargs: Any) -> tuple[_T, float]:
    started = time.monotonic()
    return fn(*args, **kwargs), (time.monotonic() - started) * 1000


class ImageOptionError(ScreeningInputError):
    """An option does not fit the photo (e.g. blurring face 5 of 3)."""

    code = "IMAGE_OPTION_INVALID"


# --------------------------------------------------------------------------- metadata


def _metadata_findings(
    items: Sequence[_meta.MetaItem],
    audience: Audience,
    case: CaseContext | Mapping[str, Any] | None,
    config: ScreeningConfig | None,
    public_contacts: Sequence[str] | None,
) -> list[ImageFinding]:
    out: list[ImageFinding] = []
    for item in items:
        if item.gps is not None:
            place = _meta.place_name(*item.gps)
            where = f"near {place}" if place else "to the place it was taken"
            out.append(
                ImageFinding(
                    category=Category.LOCATION.value,
                    source="metadata",
                    severity="high",
                    explanation=(
                        f"The photo's GPS tags point {where}. The clean copy leaves them out."
                    ),
                    guidance=_LOCATION_TIP,
                    field=item.field,
                    rule="gps",
                )
            )
            continue
        category = Category.LOCATION.value if item.kind == _meta.KIND_LOCATION else METADATA
        out.append(
            ImageFinding(
                category=category,
                source="metadata",
                severity="medium" if item.kind != _meta.KIND_OTHER else "low",
                explanation=_META_WORDS.get(item.kind, _META_WORDS[_meta.KIND_OTHER]),
                guidance=_LOCATION_TIP if category != METADATA else _PHOTO_TIP,
                field=item.field,
                rule=f"metadata:{item.kind}",
            )
        )
        if item.text and item.kind in (_meta.KIND_TEXT, _meta.KIND_PEOPLE, _meta.KIND_LOCATION):
            # Captions, keywords and names in tags are screened like any text.
            res = screen_text(item.text, audience, case, config, public_contacts=public_contacts)
            for f in res.findings:
                out.append(
                    ImageFinding(
                        category=f.category.value,
                        source="metadata",
                        severity=f.severity,
                        explanation=f"A photo tag: {f.explanation}",
                        guidance=f.guidance,
                        field=item.field,
                        rule=f"{f.recognizer}:{f.rule}",
                        role=f.role,
                        score=f.score,
                        text_hmac=f.text_hmac,
                        text_finding=f,
                    )
                )
    return out


_META_WORDS = {
    _meta.KIND_LOCATION: "A photo tag names a place. The clean copy leaves it out.",
    _meta.KIND_DEVICE: "A photo tag names the camera or phone. The clean copy leaves it out.",
    _meta.KIND_TIME: "A photo tag records when it was taken. The clean copy leaves it out.",
    _meta.KIND_PEOPLE: "A photo tag names a person (author, owner or someone shown). The clean copy leaves it out.",
    _meta.KIND_TEXT: "A photo tag holds a caption, title or keywords. The clean copy leaves it out.",
    _meta.KIND_OTHER: "The photo carries other embedded data. The clean copy leaves it out.",
}


# --------------------------------------------------------------------------- faces


def _blur_indices(choice: BlurChoice, count: int) -> list[int]:
    if isinstance(choice, str):
        value = choice.strip().lower()
        if value in ("", "none"):
            return []
        if value == "all":
            return list(range(count))
        try:
            indices = [int(p) for p in value.split(",") if p.strip()]
        except ValueError:
            raise ImageOptionError(
                "blur_faces must be 'all', 'none' or face numbers like '0,2'"
            ) from None
    else:
        indices = [int(i) for i in choice]
    bad = [i for i in indices if not 0 <= i < count]
    if bad:
        raise ImageOptionError(
            f"there is no face {bad[0]}: the detector found {count} (numbered from 0)"
        )
    return sorted(set(indices))


def _face_findings(found: Sequence[_faces.Face]) -> list[ImageFinding]:
    return [
        ImageFinding(
            category=FACE,
            source="face",
            severity="medium",
            explanation=f"Face {i} ({face.kind}): someone who can be recognised.",
            guidance=_PHOTO_TIP,
            box=face.box,
            rule=f"haar:{face.kind}",
            score=face.score,
        )
        for i, face in enumerate(found)
    ]


# --------------------------------------------------------------------------- decision


def _image_decision(
    findings: Sequence[ImageFinding],
    audience: Audience,
    config: ScreeningConfig | None,
    consented_faces: int | None,
    recheck: Recheck,
) -> tuple[Verdict, tuple[Reason, ...]]:
    live = [f for f in findings if not f.removed]
    text = [f.text_finding for f in live if f.text_finding is not None]
    entitled = bool(config and config.recipient_entitled)
    verdict, reasons_t = _decide.decide(text, audience, entitled)
    reasons = [r for r in reasons_t if r.code != "NO_FINDINGS"]
    faces = [f for f in live if f.category == FACE and f.source == "face"]
    stripped = [f for f in findings if f.source == "metadata" and f.removed]
    if stripped:
        reasons.append(
            Reason(
                "METADATA_REMOVED",
                A,
                "Location, device, time and people tags were found and left out of the clean copy.",
                tuple(sorted({f.category for f in stripped})),
            )
        )
    if consented_faces is not None and len(faces) > consented_faces:
        verdict_f = B if audience is Audience.PUBLIC else W
        reasons.append(
            Reason(
                "FACES_OVER_CONSENT",
                verdict_f,
                f"{len(faces)} faces can be seen but photo consent is on file for "
                f"{consented_faces}. Blur the others or choose another photo.",
                (FACE,),
            )
        )
    elif consented_faces is None and faces and audience is Audience.PUBLIC:
        reasons.append(
            Reason(
                "FACES_NEED_CONSENT",
                W,
                "Faces can be seen: post only with photo consent on file for everyone shown.",
                (FACE,),
            )
        )
    quasi = [t for t in text if _decide.row_of(t) == "quasi"]
    if audience is Audience.PUBLIC and faces and quasi:
        # A school or a place in a picture with a face points to that child as surely as
        # a first name does in text.
        reasons.append(
            Reason(
                "QUASI_WITH_FACE",
                W,
                "A face together with a school, place or age in the same picture can identify a child.",
                tuple(sorted({q.category.value for q in quasi})),
            )
        )
    if recheck.performed and not recheck.ok:
        reasons.append(
            Reason(
                "REDACTION_INCOMPLETE",
                B,
                "The clean copy still shows something that was meant to be removed.",
            )
        )
    if not reasons:
        reasons.append(Reason("NO_FINDINGS", A, "Nothing identifying was found in the photo."))
    verdict = max((r.verdict for r in reasons), key=lambda v: v.rank)
    return verdict, tuple(reasons)


# --------------------------------------------------------------------------- pipeline


def screen_image(
    data: bytes,
    *,
    audience: str | Audience = "public",
    case: CaseContext | Mapping[str, Any] | None = None,
    config: ScreeningConfig | None = None,
    consented_faces: int | None = None,
    blur_faces: BlurChoice = "none",
    redact: bool = False,
    public_contacts: Sequence[str] | None = None,
    profiles: bool = False,
    ocr_max_side: int = _ocr.OCR_MAX_SIDE,
) -> ImageResult:
    """Screen a photo and build its clean copy. Raises :class:`ScreeningError` subclasses.

    ``consented_faces``: how many people shown have photo consent on file (``None`` =
    unknown). ``blur_faces``: ``"none"``, ``"all"``, a list of face numbers or ``"0,2"``
    (numbers are the order of FACE findings, left to right). ``redact`` burns out every
    text region with a finding. ``profiles`` adds the slower side-view face detector;
    ``ocr_max_side`` reads smaller text at a higher cost (see ``ocr.OCR_MAX_SIDE``).
    """
    timings: dict[str, float] = {}
    t0 = time.monotonic()

    def lap(name: str, since: float) -> float:
        now = time.monotonic()
        timings[name] = (now - since) * 1000
        return now

    aud = Audience.parse(audience)
    if consented_faces is not None and consented_faces < 0:
        raise ImageOptionError("consented_faces cannot be negative")
    if isinstance(case, Mapping):
        case = CaseContext.from_dict(case)
    loaded: LoadedImage = load_image(data)
    t = lap("load", t0)

    findings = _metadata_findings(
        _meta.read_metadata(loaded.source), aud, case, config, public_contacts
    )
    t = lap("metadata", t)
    # Faces run on a second thread while OCR runs here: both spend their time in native
    # code that releases the GIL, so on two cores the two stages overlap.
    faces_job = _POOL.submit(_timed, _faces.detect_faces, loaded.pixels, profiles=profiles)
    lines = _ocr.read_lines(loaded.pixels, ocr_max_side)
    text_findings = _ocr.screen_lines(lines, aud, case, config, public_contacts)
    timings["ocr"] = (time.monotonic() - t) * 1000
    found_faces, timings["faces"] = faces_job.result()
    face_findings = _face_findings(found_faces)
    to_blur = _blur_indices(blur_faces, len(found_faces))
    t = lap("ocr+faces", t)

    clean = loaded.pixels.copy()
    blurred = blur_regions(clean, [found_faces[i].box for i in to_blur])
    burn_boxes: list[Box] = [f.box for f in text_findings if f.box is not None] if redact else []
    burned = burn_regions(clean, burn_boxes)
    clean_bytes, clean_mime = _meta.encode_clean(clean, loaded.format)
    t = lap("clean", t)

    recheck, text_findings, face_findings = _recheck(
        clean_bytes,
        text_findings,
        face_findings,
        to_blur,
        blurred,
        burned,
        aud,
        case,
        config,
        public_contacts,
        profiles,
        ocr_max_side,
    )
    findings = [replace(f, removed=not recheck.metadata_remaining) for f in findings]
    t = lap("recheck", t)

    all_findings = tuple(findings + text_findings + face_findings)
    verdict, reasons = _image_decision(all_findings, aud, config, consented_faces, recheck)
    timings["total"] = (time.monotonic() - t0) * 1000
    return ImageResult(
        decision=verdict,
        audience=aud,
        findings=all_findings,
        reasons=reasons,
        original_sha256=loaded.sha256,
        clean_bytes=clean_bytes,
        clean_mime=clean_mime,
        clean_sha256=hashlib.sha256(clean_bytes).hexdigest(),
        width=loaded.size[0],
        height=loaded.size[1],
        format=loaded.format,
        face_count=len(found_faces),
        recheck=recheck,
        timings_ms=timings,
    )


def _recheck(
    clean_bytes: bytes,
    text_findings: list[ImageFinding],
    face_findings: list[ImageFinding],
    to_blur: Sequence[int],
    blurred: Sequence[Box],
    burned: Sequence[Box],
    audience: Audience,
    case: CaseContext | None,
    config: ScreeningConfig | None,
    public_contacts: Sequence[str] | None,
    profiles: bool,
    ocr_max_side: int,
) -> tuple[Recheck, list[ImageFinding], list[ImageFinding]]:
    """Screen the clean copy again for what was meant to be gone; mark what truly is."""
    metadata_left = _meta.remaining_metadata(clean_bytes)
    if not (blurred or burned):
        return (
            Recheck(performed=False, metadata_remaining=metadata_left),
            text_findings,
            face_findings,
        )
    again = load_image(clean_bytes).pixels
    faces_job = _POOL.submit(_faces.detect_faces, again, profiles=profiles) if blurred else None
    text_left = 0
    if burned:
        lines = _ocr.read_lines(again, ocr_max_side)
        new_text = _ocr.screen_lines(lines, audience, case, config, public_contacts)
        hmacs = {f.text_hmac for f in new_text if f.text_hmac}
        out_text = []
        for f in text_findings:
            if f.box is None:
                out_text.append(f)
                continue
            text_still = bool(f.text_hmac and f.text_hmac in hmacs) or any(
                g.box is not None and overlaps(g.box, [f.box], 0.3) for g in new_text
            )
            text_left += text_still
            out_text.append(replace(f, removed=not text_still))
        text_findings = out_text
    faces_left = 0
    if faces_job is not None:
        new_faces = faces_job.result()
        out_faces = []
        for i, f in enumerate(face_findings):
            if i in to_blur and f.box is not None:
                still = [g for g in new_faces if overlaps(g.box, [f.box], 0.3)]
                faces_left += bool(still)
                out_faces.append(replace(f, removed=not still))
            else:
                out_faces.append(f)
        face_findings = out_faces
    return (
        Recheck(
            performed=True,
            faces_remaining=faces_left,
            text_remaining=text_left,
            metadata_remaining=metadata_left,
        ),
        text_findings,
        face_findings,
    )


def warm_up() -> None:
    """Load every model now (OCR, face cascade, place table, language model), so the
    first photo a user checks is not the slow one. Call it when a worker starts."""
    from ..engine import default_screener

    default_screener()
    _ocr.ocr_engine()
    _faces.detect_faces(Image.new("RGB", (64, 64)))
    _meta.place_name(0.0, 1.0)


def failed_image_result(
    code: str, message: str, audience: str | Audience, data: object = b""
) -> ImageResult:
    try:
        aud = Audience.parse(audience)
    except ScreeningError:
        aud = Audience.PUBLIC
    digest = hashlib.sha256(bytes(data)).hexdigest() if isinstance(data, bytes | bytearray) else ""
    verdict, reasons = _decide.failure(code, message)
    return ImageResult(
        decision=verdict, audience=aud, findings=(), reasons=reasons, original_sha256=digest
    )


def screen_image_safe(data: bytes, **kwargs: Any) -> ImageResult:
    """:func:`screen_image` that never raises: a bad file or any failure is a ``block``
    with no clean copy (``clean_bytes == b""``), so nothing can be stored or sent."""
    audience = kwargs.get("audience", "public")
    try:
        return screen_image(data, **kwargs)
    except ImageInputError as exc:
        return failed_image_result(exc.code, str(exc), audience, data)
    except ScreeningError as exc:
        return failed_image_result(exc.code, str(exc), audience, data)
    except Exception:  # noqa: BLE001 - fail closed on anything unexpected
        return failed_image_result(
            "SCREENING_ERROR",
            "the photo could not be screened; treat it as unsafe",
            audience,
            data,
        )

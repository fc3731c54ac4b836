"""Photos attached in compose: screened on upload, only the clean copy kept.

`photo_attach` runs the upload through `screen_image_safe` with what the message's own
text is screened with (the screening audience of the channel, the case file, the
agency's public contacts, whether the recipients are entitled), the number of people in
the case with a photo consent in force, the worker's "blur every face" choice and
`redact=True`. A file that is not a picture we accept, or that could not be screened,
is refused with a message for the person and nothing is written. Otherwise a draft
`MessagePhoto` holds the clean copy (sealed) and the original's SHA-256 only; the
original bytes are never written anywhere.

A draft belongs to its author until `message_send` attaches it. If the audience, the
case, the recipients or the consents change before sending, `photos_current` screens
the stored clean copy again for the new circumstances (the decision is about the clean
copy, so this is the same question asked of the same bytes).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from casesafe import policy as pol
from casesafe.apps.accounts.access import AccessDenied, is_member
from casesafe.apps.cases import selectors as case_selectors
from casesafe.apps.checks.services import agency_public_contacts
from casesafe.apps.communications.models import MessagePhoto
from casesafe.apps.communications.preflight import (
    PHOTO_FAILURES,
    SCREENING_FAILURES,
    PhotoFact,
    entitled_recipients,
    resolve_recipients,
)
from casesafe.screening import CaseContext
from casesafe.screening.image import MAX_BYTES, ImageResult, screen_image_safe
from casesafe.screening.types import ScreeningConfig

logger = logging.getLogger("casesafe.communications")

MAX_PHOTOS = 4
ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,image/gif"
DRAFT_LIFETIME = dt.timedelta(days=1)  # drafts never sent are deleted after this
# Codes meaning "this file cannot be screened" (bad file, bad option, case file).
INPUT_FAILURES = PHOTO_FAILURES | {"INPUT_INVALID"}


class PhotoInputError(ValueError):
    """A file that cannot be attached (not a picture, too big, unscreenable): a form error."""


@dataclass(frozen=True)
class ScreeningFrame:
    """What a photo is screened with, and the key that says when to screen it again."""

    agency: Any
    audience: str  # the screening audience (secure on a channel with a BAA in force)
    context: CaseContext | None
    entitled: bool
    consented_faces: int | None

    def key(self, case: Any, blur_faces: bool) -> dict[str, Any]:
        return {
            "audience": self.audience,
            "case": case.pk if case is not None else None,
            "entitled": self.entitled,
            "consented_faces": self.consented_faces,
            "blur_faces": blur_faces,
        }


def consented_faces(case: Any, platform: str, today: dt.date) -> int | None:
    """People in the case with a photo consent in force on this channel (None without a
    case: unknown, which the engine treats as "ask")."""
    if case is None:
        return None
    people = {
        c.person_id
        for c in case_selectors.case_consents(case)
        if c.state_on(today) == "active"
        and ({"photos", "*"} & set(c.content_kinds))
        and (not c.channels or "*" in c.channels or platform in c.channels)
    }
    return len(people)


def screening_frame(
    user: Any, case: Any, *, platform: str, audience: str, recipients: Sequence[int | str]
) -> ScreeningFrame:
    """The same audience, case file and entitlement the message's text is screened with
    (`preflight_for`). Raises AccessDenied/Http404 for a case outside the caseload and
    PreflightInputError for an unknown recipient."""
    if case is None:
        if not is_member(user):
            raise AccessDenied("Sign in with an agency account.")
        case_facts = case_selectors.CaseFacts((), (), ())
        context = None
    else:
        case_facts = case_selectors.case_policy_facts(user, case)
        context = CaseContext.from_dict(case_selectors.case_context(user, case))
    agency = case.agency if case is not None else user.agency
    today = timezone.localdate()
    policy = case_selectors.active_policy(agency)
    people = resolve_recipients(case_facts, recipients)
    return ScreeningFrame(
        agency=agency,
        audience=pol.screening_audience(policy, platform, audience, today),
        context=context,
        entitled=entitled_recipients(audience, people),
        consented_faces=consented_faces(case, platform, today),
    )


def _screen(data: bytes, frame: ScreeningFrame, blur_faces: bool) -> ImageResult:
    return screen_image_safe(
        data,
        audience=frame.audience,
        case=frame.context,
        config=ScreeningConfig(recipient_entitled=frame.entitled),
        consented_faces=frame.consented_faces,
        blur_faces="all" if blur_faces else "none",
        redact=True,
        public_contacts=agency_public_contacts(frame.agency),
    )


def _summary(result: ImageResult) -> dict[str, Any]:
    """What is kept of the screening: codes, categories, boxes; no words of the photo."""
    return {
        "decision": result.decision.value,
        "reasons": [
            {"code": r.code, "decision": r.verdict.value, "message": r.message}
            for r in result.reasons
        ],
        "findings": [
            {
                "category": f.category,
                "source": f.source,
                "removed": f.removed,
                "box": list(f.box) if f.box is not None else None,
            }
            for f in result.findings
        ],
        "face_count": result.face_count,
        "width": result.width,
        "height": result.height,
    }


def _apply(photo: MessagePhoto, result: ImageResult) -> None:
    summary = _summary(result)
    photo.decision = summary["decision"]
    photo.reasons = summary["reasons"]
    photo.findings = summary["findings"]
    photo.face_count = summary["face_count"]
    photo.width = summary["width"]
    photo.height = summary["height"]


def photo_attach(
    user: Any,
    case: Any,
    *,
    data: bytes,
    platform: str,
    audience: str,
    recipients: Sequence[int | str] = (),
    blur_faces: bool = False,
    alt_text: str = "",
    already: int = 0,
) -> tuple[MessagePhoto, ImageResult]:
    """Screen an upload and keep its clean copy as a draft of `user`'s. Returns the row and
    the full result (whose explanations the page shows once; they are not stored)."""
    if already >= MAX_PHOTOS:
        raise PhotoInputError(f"A message can carry at most {MAX_PHOTOS} photos.")
    if not data:
        raise PhotoInputError("The file is empty.")
    if len(data) > MAX_BYTES:
        raise PhotoInputError(
            f"The photo is larger than {MAX_BYTES // (1024 * 1024)} MB. Nothing was kept."
        )
    frame = screening_frame(user, case, platform=platform, audience=audience, recipients=recipients)
    result = _screen(data, frame, blur_faces)
    codes = {r.code for r in result.reasons}
    if codes & INPUT_FAILURES:
        detail = next(r.message for r in result.reasons if r.code in INPUT_FAILURES)
        raise PhotoInputError(
            f"This file cannot be attached: {detail}. Use a JPEG, PNG, WebP, HEIC or GIF "
            f"photo up to {MAX_BYTES // (1024 * 1024)} MB. Nothing was kept."
        )
    if not result.clean_bytes or codes & SCREENING_FAILURES:
        raise PhotoInputError(
            "The photo could not be screened, so it cannot be attached. Nothing was kept."
        )
    if len(result.clean_bytes) > MAX_BYTES:
        raise PhotoInputError(
            f"The clean copy of this photo would be larger than {MAX_BYTES // (1024 * 1024)} "
            "MB. Use a smaller photo. Nothing was kept."
        )
    photo = MessagePhoto(
        agency=frame.agency,
        case=case,
        author=user,
        position=already,
        mime=result.clean_mime,
        original_sha256=result.original_sha256,
        blur_faces=blur_faces,
        alt_text=(alt_text or "").strip()[:500],
        screened_for=frame.key(case, blur_faces),
    )
    photo.seal(result.clean_bytes)
    _apply(photo, result)
    with transaction.atomic():
        photo.save()
    return photo, result


def photos_current(
    user: Any,
    case: Any,
    photos: Sequence[MessagePhoto],
    *,
    platform: str,
    audience: str,
    recipients: Sequence[int | str] = (),
) -> list[MessagePhoto]:
    """Screen again any draft whose circumstances changed since it was attached. The
    clean copy is what is screened (and, with blurring and redaction, replaced)."""
    if not photos:
        return list(photos)
    frame = screening_frame(user, case, platform=platform, audience=audience, recipients=recipients)
    for photo in photos:
        key = frame.key(case, photo.blur_faces)
        if photo.screened_for == key:
            continue
        result = _screen(photo.clean_bytes(), frame, photo.blur_faces)
        with transaction.atomic():
            if result.clean_bytes and not {r.code for r in result.reasons} & INPUT_FAILURES:
                photo.seal(result.clean_bytes)
                photo.mime = result.clean_mime
            _apply(photo, result)
            if not result.clean_bytes:
                photo.decision = MessagePhoto.Decision.BLOCK  # fail closed
            photo.screened_for = key
            photo.save()
    return list(photos)


def photo_facts(photos: Sequence[MessagePhoto]) -> tuple[PhotoFact, ...]:
    return tuple(
        PhotoFact(
            number=i,
            decision=p.decision,
            categories=tuple(sorted({f["category"] for f in p.findings if not f["removed"]})),
            reasons=tuple((r["code"], r["decision"], r.get("message", "")) for r in p.reasons),
            has_alt_text=bool((p.alt_text or "").strip()),
        )
        for i, p in enumerate(photos, start=1)
    )


def photo_record(photo: MessagePhoto) -> dict[str, Any]:
    """A photo in the record: digests, type, size, decision; never the bytes."""
    return {
        "original_sha256": photo.original_sha256,
        "clean_sha256": photo.clean_sha256,
        "mime": photo.mime,
        "size": photo.size,
        "decision": photo.decision,
        "reasons": [r["code"] for r in photo.reasons],
        "alt_text": photo.alt_text or "",
    }


def photo_set_alt(user: Any, photo: MessagePhoto, alt_text: str) -> None:
    if photo.author_id != user.pk or photo.message_id is not None:
        raise AccessDenied("Only the author may describe a photo before it is sent.")
    photo.alt_text = (alt_text or "").strip()[:500]
    photo.save(update_fields=["alt_text"])


def photo_remove(user: Any, photo: MessagePhoto) -> None:
    if photo.author_id != user.pk or photo.message_id is not None:
        raise AccessDenied("Only the author may remove a photo before it is sent.")
    photo.delete()


def drafts_purge(now: dt.datetime | None = None) -> int:
    """Delete drafts never sent (the periodic job, daily)."""
    cutoff = (now or timezone.now()) - DRAFT_LIFETIME
    count, _ = MessagePhoto.objects.filter(message__isnull=True, created_at__lt=cutoff).delete()
    return count

"""Photos in compose (issue 7): screened on upload, only the clean copy kept and sent, the
original's SHA-256 in the record, never its bytes; the photo's decision in pre-flight."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from PIL import Image

import casesafe
from casesafe.apps.checks.tests.test_photos import _gps_sign_jpeg
from casesafe.apps.communications import photos as photo_services
from casesafe.apps.communications import services
from casesafe.apps.communications.models import Message, MessagePhoto
from casesafe.apps.communications.preflight import preflight_for
from casesafe.apps.communications.testing import SmtpSink
from casesafe.apps.communications.tests.test_preflight import VISIT
from casesafe.apps.communications.tests.test_webhook import SECRET, _Gateway
from casesafe.apps.records.models import Attachment
from casesafe.apps.records.services import attachment_bytes

MARIA_EMAIL = "maria.g@example.net"
HERO = Path(casesafe.__file__).parent / "web/static/vendor/uswds/img/hero.jpg"


@pytest.fixture(scope="module")
def phone_photo() -> bytes:
    """A school sign photographed with a phone: GPS and the camera model in EXIF."""
    return _gps_sign_jpeg()


@pytest.fixture(scope="module")
def group_photo() -> bytes:
    """Three people (USWDS's hero photograph, a real photo)."""
    if not HERO.exists():
        pytest.skip("the USWDS hero photograph is not installed")
    with Image.open(HERO) as im:
        crop = im.convert("RGB").crop((0, 100, 900, 500))
    buffer = io.BytesIO()
    crop.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


@pytest.fixture
def maria(demo: dict[str, Any]) -> Any:
    person = demo["people"]["maria"]
    person.emails = [MARIA_EMAIL]
    person.save()
    return person


@pytest.fixture
def sink(settings: Any) -> Any:
    with SmtpSink() as s:
        for key, value in s.settings().items():
            setattr(settings, key, value)
        yield s


def _attach(demo: dict[str, Any], data: bytes, **kw: Any) -> tuple[MessagePhoto, Any]:
    args: dict[str, Any] = {
        "platform": "agency-email",
        "audience": "private",
        "recipients": ["Maria Gonzalez"],
    }
    args.update(kw)
    return photo_services.photo_attach(demo["worker"], demo["case"], data=data, **args)


def _send(demo: dict[str, Any], photos: list[MessagePhoto], **kw: Any) -> Message:
    args: dict[str, Any] = {
        "platform": "agency-email",
        "purpose": "scheduling",
        "audience": "private",
        "recipients": ["Maria Gonzalez"],
        "text": VISIT,
        "photos": photos,
    }
    args.update(kw)
    return services.message_send(demo["worker"], demo["case"], **args)


def _record(case: Any, kind: str) -> dict[str, Any]:
    from casesafe.apps.records.selectors import case_record

    user = case.assigned_workers.first()
    return next(e.content for e in case_record(user, case, kind=kind))


def _has_exif(data: bytes) -> bool:
    with Image.open(io.BytesIO(data)) as im:
        return bool(im.getexif()) or "exif" in im.info


def _storage_root() -> Path:
    """Where uploaded files go (the default storage; in tests a temporary folder)."""
    return Path(django_settings.STORAGES["default"]["OPTIONS"]["location"])


def _files_under(root: Any) -> dict[str, bytes]:
    base = Path(root)
    if not base.exists():
        return {}
    return {str(p): p.read_bytes() for p in base.rglob("*") if p.is_file()}


def test_only_the_clean_copy_is_stored_and_the_original_only_by_its_hash(demo, phone_photo):
    assert _has_exif(phone_photo) and b"Pixel 8" in phone_photo
    media_before = _files_under(_storage_root())
    photo, result = _attach(demo, phone_photo, alt_text="The school sign")
    photo.refresh_from_db()
    clean = photo.clean_bytes()
    assert photo.original_sha256 == hashlib.sha256(phone_photo).hexdigest()
    assert photo.clean_sha256 == hashlib.sha256(clean).hexdigest() != photo.original_sha256
    assert photo.size == len(clean) and photo.mime == "image/jpeg"
    # The stored copy has no EXIF, no GPS, no camera model; the column is ciphertext.
    assert not _has_exif(clean) and b"Pixel 8" not in clean
    assert photo.sealed.startswith("enc1:") and b"Exif" not in photo.sealed.encode()
    # The summary keeps categories and boxes, no words from the photo or its tags.
    categories = {f["category"] for f in photo.findings}
    assert {"LOCATION", "SCHOOL"} <= categories
    assert all(f["removed"] for f in photo.findings if f["category"] in ("LOCATION", "SCHOOL"))
    assert "Springfield" not in json.dumps(photo.findings) + json.dumps(photo.reasons)
    assert "LINCOLN" not in json.dumps(photo.findings).upper()
    assert any("Springfield" in f.explanation for f in result.findings)  # shown once, not kept
    # Nothing was written to file storage (the original least of all).
    assert _files_under(_storage_root()) == media_before
    assert photo.decision == "allow" and photo.message_id is None and photo.alt_text


@pytest.mark.parametrize(
    "data",
    [b"this is not a picture", b"\xff\xd8\xff\xe0" + b"\x00" * 64, b""],
    ids=["text", "truncated-jpeg", "empty"],
)
def test_a_bad_file_is_refused_and_nothing_is_written(demo, data):
    with pytest.raises(photo_services.PhotoInputError, match="Nothing was kept|empty"):
        _attach(demo, data)
    assert not MessagePhoto.objects.exists()


def test_a_file_over_the_limit_is_refused_before_it_is_decoded(demo):
    from casesafe.screening.image import MAX_BYTES

    with pytest.raises(photo_services.PhotoInputError, match="larger than 25 MB"):
        _attach(demo, b"\xff\xd8" + b"\x00" * MAX_BYTES)
    assert not MessagePhoto.objects.exists()


def test_email_carries_the_clean_copy_and_the_record_its_hashes(
    demo, maria, sink, phone_photo, django_capture_on_commit_callbacks
):
    photo, _ = _attach(demo, phone_photo, alt_text="The school sign")
    with django_capture_on_commit_callbacks(execute=True):
        message = _send(demo, [photo])
    message.refresh_from_db()
    assert message.status == Message.Status.SENT
    photo.refresh_from_db()
    assert photo.message_id == message.pk
    [got] = sink.messages
    parts = [p for p in got.message.walk() if p.get_content_maintype() == "image"]
    assert len(parts) == 1 and parts[0].get_content_type() == "image/jpeg"
    assert parts[0].get_filename() == "photo-1.jpg"
    attached = parts[0].get_payload(decode=True)
    assert attached == photo.clean_bytes()
    assert not _has_exif(attached) and b"Pixel 8" not in attached
    assert hashlib.sha256(phone_photo).digest() != hashlib.sha256(attached).digest()
    sent = _record(demo["case"], "message_sent")
    assert sent["photos"] == [
        {
            "original_sha256": hashlib.sha256(phone_photo).hexdigest(),
            "clean_sha256": hashlib.sha256(attached).hexdigest(),
            "mime": "image/jpeg",
            "size": len(attached),
            "decision": "allow",
            "reasons": [r["code"] for r in photo.reasons],
            "alt_text": "The school sign",
        }
    ]
    # The entry holds no picture: neither the upload nor the clean copy, in any encoding ...
    dumped = json.dumps(sent)
    for data in (phone_photo, attached):
        assert base64.b64encode(data[:300]).decode()[:40] not in dumped
    # ... but lists the clean copy by digest, kept sealed beside the record for the court
    # export; the original is nowhere.
    clean_digest = hashlib.sha256(attached).hexdigest()
    assert sent["attachments"] == [
        {"name": "photo-1.jpg", "sha256": clean_digest, "size": len(attached)}
    ]
    assert attachment_bytes(demo["case"].agency, clean_digest) == attached
    assert not Attachment.objects.filter(sha256=hashlib.sha256(phone_photo).hexdigest()).exists()


def test_a_blocked_photo_blocks_the_post_and_says_it_was_the_photo(demo, group_photo):
    # Three faces in a public post of a case where nobody has a photo consent in force.
    photo, _ = _attach(
        demo, group_photo, platform="facebook-page", audience="public", recipients=[]
    )
    assert photo.decision == "block" and photo.face_count >= 3
    assert "FACES_OVER_CONSENT" in {r["code"] for r in photo.reasons}
    with pytest.raises(services.SendRefused) as info:
        _send(
            demo,
            [photo],
            platform="facebook-page",
            purpose="recruitment",
            audience="public",
            recipients=[],
            text="Join our foster parent information night at the library on Tuesday.",
        )
    decision = info.value.result.decision
    assert decision.outcome.value == "block"
    [blocked] = [r for r in decision.reasons if r.code == "CONTENT_BLOCKED"]
    assert blocked.message.startswith("Photo 1:") and "faces" in blocked.message
    assert not Message.objects.exists()
    photo.refresh_from_db()
    assert photo.message_id is None  # still the author's draft


def test_blurring_every_face_clears_the_same_photo(demo, group_photo):
    photo, _ = _attach(
        demo,
        group_photo,
        platform="facebook-page",
        audience="public",
        recipients=[],
        blur_faces=True,
        alt_text="Three volunteers, faces blurred",
    )
    assert photo.decision == "allow", photo.reasons
    message = _send(
        demo,
        [photo],
        platform="facebook-page",
        purpose="recruitment",
        audience="public",
        recipients=[],
        text="Join our foster parent information night at the library on Tuesday.",
    )
    assert message.status == Message.Status.PENDING_APPROVAL
    requested = _record(demo["case"], "approval_requested")
    assert requested["photos"][0]["decision"] == "allow"


def test_a_warned_photo_needs_the_same_acknowledgement_as_text(
    demo, maria, sink, group_photo, django_capture_on_commit_callbacks
):
    # Three faces in a private message: a warning, not a block.
    photo, _ = _attach(demo, group_photo, alt_text="The family at the park")
    assert photo.decision == "warn"
    with pytest.raises(services.AcknowledgementRequired) as info:
        _send(demo, [photo])
    [warned] = [r for r in info.value.result.decision.reasons if r.code == "CONTENT_WARNING"]
    assert warned.message.startswith("Photo 1:")
    with django_capture_on_commit_callbacks(execute=True):
        message = _send(demo, [photo], acknowledgement="Maria asked for this photo")
    assert message.acknowledged
    assert _record(demo["case"], "message_sent")["photos"][0]["decision"] == "warn"
    assert len(sink.messages) == 1


def test_missing_alt_text_is_a_quality_note(demo, phone_photo):
    photo, _ = _attach(demo, phone_photo)
    facts = photo_services.photo_facts([photo])
    result = preflight_for(
        demo["worker"],
        demo["case"],
        platform="agency-email",
        purpose="scheduling",
        audience="private",
        recipients=["Maria Gonzalez"],
        text=VISIT,
        photos=facts,
    )
    assert "ALT_TEXT_MISSING" in {q.code for q in result.screening.quality}
    photo.alt_text = "The school sign"
    result = preflight_for(
        demo["worker"],
        demo["case"],
        platform="agency-email",
        purpose="scheduling",
        audience="private",
        recipients=["Maria Gonzalez"],
        text=VISIT,
        photos=photo_services.photo_facts([photo]),
    )
    assert "ALT_TEXT_MISSING" not in {q.code for q in result.screening.quality}


def test_a_change_of_audience_screens_the_clean_copy_again(demo, group_photo):
    photo, _ = _attach(demo, group_photo)  # private: a warning
    assert photo.decision == "warn"
    [same] = photo_services.photos_current(
        demo["worker"],
        demo["case"],
        [photo],
        platform="facebook-page",
        audience="public",
        recipients=[],
    )
    same.refresh_from_db()
    assert same.decision == "block" and same.screened_for["audience"] == "public"
    assert same.original_sha256 == hashlib.sha256(group_photo).hexdigest()


def test_someone_elses_draft_cannot_be_sent(demo, maria, phone_photo):
    photo, _ = _attach(demo, phone_photo)
    other = demo["users"]["supervisor"]
    with pytest.raises(services.AccessDenied):
        services.message_send(
            other,
            demo["case"],
            platform="agency-email",
            purpose="scheduling",
            audience="private",
            recipients=["Maria Gonzalez"],
            text=VISIT,
            photos=[photo],
        )


def test_webhook_carries_the_clean_copy_base64_inside_the_signed_body(
    demo, settings, phone_photo, django_capture_on_commit_callbacks
):
    from casesafe.apps.communications.channels import webhook_signature

    gateway = _Gateway([])
    settings.CASESAFE_WEBHOOKS = {"sms": {"url": gateway.url, "secret": SECRET}}
    try:
        linda = demo["people"]["linda"]
        photo, _ = _attach(demo, phone_photo, platform="sms", recipients=[linda.pk])
        with django_capture_on_commit_callbacks(execute=True):
            _send(demo, [photo], platform="sms", recipients=[linda.pk])
        [request] = gateway.requests
    finally:
        gateway.close()
    headers, raw = request["headers"], request["body"]
    assert headers["X-CaseSafe-Signature"] == webhook_signature(
        SECRET.encode(), headers["X-CaseSafe-Timestamp"], raw
    )
    [sent] = json.loads(raw)["photos"]
    data = base64.b64decode(sent["data_base64"])
    assert data == photo.clean_bytes() and sent["sha256"] == hashlib.sha256(data).hexdigest()
    assert sent["mime"] == "image/jpeg" and not _has_exif(data)


def test_the_clean_copy_is_served_only_to_who_may_see_it(demo, signed_in, phone_photo):
    photo, _ = _attach(demo, phone_photo)
    url = f"/messages/photos/{photo.pk}/"
    mine = signed_in(demo["worker"]).get(url + "?download=1")
    assert mine.status_code == 200 and mine["Content-Type"] == "image/jpeg"
    assert mine["Cache-Control"] == "no-store" and "attachment" in mine["Content-Disposition"]
    assert mine.content == photo.clean_bytes()
    # A draft is its author's alone, even for the case's supervisor.
    assert signed_in(demo["users"]["supervisor"]).get(url).status_code in (403, 404)


def test_drafts_never_sent_are_purged(demo, phone_photo):
    import datetime as dt

    from django.utils import timezone

    _attach(demo, phone_photo)
    assert photo_services.drafts_purge() == 0
    assert photo_services.drafts_purge(timezone.now() + dt.timedelta(days=2)) == 1
    assert not MessagePhoto.objects.exists()


# --------------------------------------------------------------------------- the page


def _form(demo: dict[str, Any], **kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "case": demo["case"].pk,
        "recipients": [demo["people"]["maria"].pk],
        "platform": "agency-email",
        "purpose": "scheduling",
        "audience": "private",
        "text": VISIT,
        "acknowledgement": "",
    }
    data.update(kw)
    return data


def test_compose_page_attaches_shows_findings_and_sends(
    demo, maria, sink, signed_in, phone_photo, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = signed_in(demo["worker"])
    page = client.post(
        "/messages/compose/",
        {
            **_form(demo, text=""),
            "action": "add_photo",
            "photo": SimpleUploadedFile("IMG_2041.jpg", phone_photo, "image/jpeg"),
            "photo_alt": "",
        },
    )
    assert page.status_code == 200, page.content.decode()[:2000]
    html = page.content.decode()
    [photo] = MessagePhoto.objects.all()
    assert f'name="photo_ids" value="{photo.pk}"' in html
    assert "Springfield" in html and "removed from the clean copy" in html
    assert "This clean copy is what will be sent" in html
    assert page.context["photos"][0]["preview"].startswith("data:image/jpeg;base64,")
    # Live pre-flight: the photo without alt text gives a note.
    panel = client.post(
        "/messages/compose/preflight/", {**_form(demo), "photo_ids": [photo.pk]}
    ).content.decode()
    assert 'data-outcome="allow"' in panel and "ALT_TEXT_MISSING" in panel
    described = client.post(
        "/messages/compose/preflight/",
        {**_form(demo), "photo_ids": [photo.pk], f"alt_{photo.pk}": "A school sign"},
    ).content.decode()
    assert "ALT_TEXT_MISSING" not in described
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(
            "/messages/compose/",
            {**_form(demo), "photo_ids": [photo.pk], f"alt_{photo.pk}": "A school sign"},
        )
    assert sent.status_code == 302
    photo.refresh_from_db()
    assert photo.message_id is not None and photo.alt_text == "A school sign"
    detail = client.get(sent["Location"]).content.decode()
    assert f"/messages/photos/{photo.pk}/?download=1" in detail


def test_compose_page_refuses_a_bad_file_with_a_form_error(demo, signed_in):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = signed_in(demo["worker"])
    page = client.post(
        "/messages/compose/",
        {
            **_form(demo),
            "action": "add_photo",
            "photo": SimpleUploadedFile("notes.jpg", b"not a picture at all", "image/jpeg"),
        },
    )
    assert page.status_code == 422
    assert "This file cannot be attached" in page.content.decode()
    assert page.context["photo_form"].errors["photo"]
    assert not MessagePhoto.objects.exists()


def test_the_supervisor_sees_the_clean_photos_of_a_post_to_approve(demo, signed_in, phone_photo):
    from casesafe.apps.communications.models import Approval

    comms = demo["users"]["comms"]
    photo, _ = photo_services.photo_attach(
        comms,
        None,
        data=phone_photo,
        platform="facebook-page",
        audience="public",
        alt_text="A school sign",
    )
    post = services.message_send(
        comms,
        None,
        platform="facebook-page",
        purpose="recruitment",
        audience="public",
        text="Join our foster parent information night at the library on Tuesday.",
        photos=[photo],
    )
    assert post.status == Message.Status.PENDING_APPROVAL
    approval = Approval.objects.get(message=post)
    supervisor = signed_in(demo["users"]["supervisor"])
    page = supervisor.get(f"/messages/approvals/{approval.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert f'src="/messages/photos/{photo.pk}/"' in html and 'alt="A school sign"' in html
    served = supervisor.get(f"/messages/photos/{photo.pk}/")
    assert served.status_code == 200 and served.content == photo.clean_bytes()
    # A caseworker (neither the author nor someone who decides on posts) gets nothing.
    assert signed_in(demo["worker"]).get(f"/messages/photos/{photo.pk}/").status_code in (403, 404)


def test_the_court_export_carries_the_clean_copy_that_was_sent(
    demo, maria, sink, phone_photo, django_capture_on_commit_callbacks, tmp_path
):
    import subprocess
    import sys

    from casesafe.apps.records.export import case_export

    photo, _ = _attach(demo, phone_photo, alt_text="The school sign")
    with django_capture_on_commit_callbacks(execute=True):
        _send(demo, [photo])
    photo.refresh_from_db()
    out = tmp_path / "bundle"
    case_export(demo["case"].agency, "DEMO-1", out, reason="hearing", actor=None)
    clean = out / "attachments" / photo.clean_sha256
    assert clean.read_bytes() == photo.clean_bytes()
    assert not (out / "attachments" / photo.original_sha256).exists()
    ok = subprocess.run(
        [sys.executable, str(out / "verify.py"), str(out)], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr


def test_the_api_attaches_a_photo_and_sends_it_with_the_message(
    demo, maria, sink, phone_photo, signed_in, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = signed_in(demo["worker"])
    form = {
        "case": "DEMO-1",
        "platform": "agency-email",
        "audience": "private",
        "recipients": "Maria Gonzalez",
        "alt_text": "The school sign",
    }
    r = client.post(
        "/api/v1/messages/photos",
        {**form, "photo": SimpleUploadedFile("sign.jpg", phone_photo, "image/jpeg")},
    )
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["original_sha256"] == hashlib.sha256(phone_photo).hexdigest()
    assert {"LOCATION", "SCHOOL"} <= {f["category"] for f in body["findings"]}
    assert "Springfield" not in r.content.decode()  # no place names kept or returned
    # A text file is refused with a clear message and nothing is kept.
    before = MessagePhoto.objects.count()
    bad = client.post(
        "/api/v1/messages/photos",
        {**form, "photo": SimpleUploadedFile("notes.jpg", b"not a photo at all", "image/jpeg")},
    )
    assert bad.status_code == 400 and "Nothing was kept" in bad.json()["detail"]
    assert MessagePhoto.objects.count() == before
    message = {
        "case": "DEMO-1",
        "platform": "agency-email",
        "purpose": "scheduling",
        "audience": "private",
        "recipients": ["Maria Gonzalez"],
        "text": VISIT,
    }
    # Someone else's photo, or one that does not exist, is refused.
    r = client.post(
        "/api/v1/messages", {**message, "photos": [body["id"] + 999]}, "application/json"
    )
    assert r.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        r = client.post("/api/v1/messages", {**message, "photos": [body["id"]]}, "application/json")
    assert r.status_code == 201, r.content
    [got] = sink.messages
    [part] = [p for p in got.message.walk() if p.get_content_maintype() == "image"]
    assert hashlib.sha256(part.get_payload(decode=True)).hexdigest() == body["clean_sha256"]

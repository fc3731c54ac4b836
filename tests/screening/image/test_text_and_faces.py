"""Acceptance points of issue 7: text in the picture, faces against consent, redaction."""

from __future__ import annotations

import pytest
from PIL import Image

from casesafe.screening.image import FACE, ImageOptionError, ImageResult, screen_image
from casesafe.screening.image.faces import detect_faces
from casesafe.screening.image.load import load_image
from casesafe.screening.image.ocr import OcrLine, blocks, read_lines, screen_lines
from casesafe.screening.types import Audience

from .imagegen import jpeg_bytes, sign


def _codes(result: ImageResult) -> set[str]:
    return {r.code for r in result.reasons}


def test_school_on_a_sign_is_a_school_finding_with_its_box(sign_result: ImageResult) -> None:
    school = [f for f in sign_result.findings if f.category == "SCHOOL" and f.source == "ocr"]
    assert len(school) == 1
    x0, y0, x1, y1 = school[0].box or (0, 0, 0, 0)
    # The sign sits in the middle of the 640x420 picture; both lines are inside the box.
    assert 100 < x0 < 320 < x1 < 560 and 100 < y0 < 210 < y1 < 330
    assert school[0].guidance == "privacy.no-school"
    assert not school[0].removed


def test_redact_burns_out_the_school_and_the_copy_no_longer_reads_it(
    sign_redacted: ImageResult,
) -> None:
    school = [f for f in sign_redacted.findings if f.category == "SCHOOL" and f.source == "ocr"]
    assert school and all(f.removed for f in school)
    assert sign_redacted.recheck.performed and sign_redacted.recheck.ok
    clean = load_image(sign_redacted.clean_bytes).pixels
    text = " ".join(line.text for line in read_lines(clean)).upper()
    assert "LINCOLN" not in text and "ELEMENTARY" not in text


def test_lines_of_one_sign_are_read_together() -> None:
    lines = [
        OcrLine("LINCOLN", (100, 100, 300, 140), 0.99),
        OcrLine("ELEMENTARY", (100, 150, 400, 190), 0.99),
        OcrLine("EXIT", (900, 600, 980, 640), 0.99),
    ]
    assert [len(b) for b in blocks(lines)] == [2, 1]
    found = screen_lines(lines, Audience.PUBLIC)
    assert [(f.category, f.box) for f in found] == [("SCHOOL", (100, 100, 400, 190))]


def test_name_tag_and_address_in_a_picture_block_a_public_post() -> None:
    im = sign(["HELLO my name is", "Tyler Gonzalez"], size=(520, 360), font_size=30)
    result = screen_image(jpeg_bytes(im), audience="public")
    assert "PERSON" in {f.category for f in result.findings if f.source == "ocr"}
    assert result.decision.value == "block"


def test_case_context_reaches_text_in_the_picture() -> None:
    case = {"people": [{"name": "Tyler Gonzalez", "aliases": ["Ty"], "role": "child"}]}
    im = sign(["GO TY!"], size=(480, 320), font_size=48)
    result = screen_image(jpeg_bytes(im), audience="public", case=case)
    people = [f for f in result.findings if f.category == "PERSON" and f.source == "ocr"]
    assert people and people[0].role == "child"


def test_three_faces_one_consent_public_is_blocked(group_jpeg: bytes) -> None:
    result = screen_image(group_jpeg, audience="public", consented_faces=1)
    faces = [f for f in result.findings if f.category == FACE]
    assert len(faces) == 3 and all(f.box for f in faces)
    assert result.face_count == 3
    assert result.decision.value == "block"
    assert "FACES_OVER_CONSENT" in _codes(result)


def test_three_faces_one_consent_private_is_a_warning(group_jpeg: bytes) -> None:
    result = screen_image(group_jpeg, audience="private", consented_faces=1)
    assert result.decision.value == "warn"


def test_blur_all_faces_leaves_none_for_the_detector(group_jpeg: bytes) -> None:
    result = screen_image(group_jpeg, audience="public", consented_faces=1, blur_faces="all")
    assert result.recheck.performed and result.recheck.faces_remaining == 0
    assert detect_faces(load_image(result.clean_bytes).pixels) == []
    assert all(f.removed for f in result.findings if f.category == FACE)
    assert "FACES_OVER_CONSENT" not in _codes(result)
    assert result.decision.value != "block"


def test_blur_chosen_faces_only(group_jpeg: bytes) -> None:
    result = screen_image(group_jpeg, audience="public", consented_faces=1, blur_faces="1,2")
    faces = [f for f in result.findings if f.category == FACE]
    assert [f.removed for f in faces] == [False, True, True]
    assert result.decision.value != "block"
    remaining = detect_faces(load_image(result.clean_bytes).pixels)
    assert len(remaining) == 1


def test_blurring_a_face_that_does_not_exist_is_an_option_error(group_jpeg: bytes) -> None:
    with pytest.raises(ImageOptionError, match="no face 7"):
        screen_image(group_jpeg, blur_faces=[7])


def test_a_picture_without_anything_is_allowed() -> None:
    im = Image.new("RGB", (200, 150), (90, 140, 200))
    result = screen_image(jpeg_bytes(im), audience="public")
    assert result.decision.value == "allow"
    assert _codes(result) == {"NO_FINDINGS"}


@pytest.mark.parametrize(
    ("ocr_text", "category"),
    [
        ("1423OakStreet", "ADDRESS"),  # PP-OCR drops spaces between words
        ("ROOSEVELTHIGH", "SCHOOL"),
        ("Cal1512-555-0142", "PHONE"),
        ("TylerGonzalez", "PERSON"),
    ],
)
def test_words_glued_together_by_ocr_are_still_screened(ocr_text: str, category: str) -> None:
    lines = [OcrLine(ocr_text, (10, 10, 300, 50), 0.95)]
    assert category in {f.category for f in screen_lines(lines, Audience.PUBLIC)}


def test_a_turned_sign_is_read_as_one_block() -> None:
    im = sign(["LINCOLN", "ELEMENTARY"], size=(640, 480), font_size=40, angle=-25)
    lines = read_lines(load_image(jpeg_bytes(im)).pixels)
    assert [len(b) for b in blocks(lines)] == [2]
    assert "SCHOOL" in {f.category for f in screen_lines(lines, Audience.PUBLIC)}

"""Entries: canonical bytes, salted commitments, purging."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casesafe.ledger.entry import (
    Entry,
    Record,
    build_record,
    canonical_json,
    commit_content,
    format_time,
    parse_canonical,
    purge,
    seal,
)
from casesafe.ledger.errors import EncodingError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def record(**over: object) -> Record:
    args: dict[str, object] = dict(
        seq=0,
        log="case",
        agency="acme",
        kind="message",
        subject="C-1",
        actor="u-1",
        content={"text": "hello"},
        at="2026-01-02T03:04:05.000006Z",
        salt=b"\x01" * 32,
    )
    args.update(over)
    return build_record(**args)  # type: ignore[arg-type]


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert (
        canonical_json({"b": 1, "a": [True, None, "é"]}) == '{"a":[true,null,"é"],"b":1}'.encode()
    )
    assert canonical_json('\u2028\n"') == b'"\xe2\x80\xa8\\n\\""'


@pytest.mark.parametrize(
    "bad", [1.5, float("nan"), float("inf"), 2**53, {1: "x"}, b"x", "\ud800", {"a": {1.0}}]
)
def test_canonical_json_rejects_what_has_no_single_form(bad: object) -> None:
    with pytest.raises(EncodingError):
        canonical_json(bad)


@given(json_values)
def test_canonical_roundtrip(value: object) -> None:
    data = canonical_json(value)
    assert parse_canonical(data) == value
    assert canonical_json(parse_canonical(data)) == data


@pytest.mark.parametrize(
    "text",
    [
        b'{"b":1,"a":2}',
        b'{"a": 1}',
        b'{"a":1.0}',
        b'{"a":1,"a":1}',
        b'"\\u00e9"',
        b"NaN",
        b"\xff",
        b"[1,]",
    ],
)
def test_parse_canonical_rejects_other_encodings(text: bytes) -> None:
    with pytest.raises(EncodingError):
        parse_canonical(text)


def test_leaf_data_is_exactly_the_documented_bytes() -> None:
    r = record()
    expected_commitment = hashlib.sha256(b"\x01" * 32 + b'{"text":"hello"}').hexdigest()
    assert r.entry.content_commitment == expected_commitment
    assert (
        r.entry.leaf_data()
        == (
            '{"actor":"u-1","agency":"acme","at":"2026-01-02T03:04:05.000006Z",'
            f'"content_commitment":"{expected_commitment}","kind":"message","log":"case",'
            '"meta":{},"seq":0,"subject":"C-1","v":1}'
        ).encode()
    )
    assert r.leaf_hash() == hashlib.sha256(b"\x00" + r.entry.leaf_data()).digest()
    assert Entry.from_json(parse_canonical(r.entry.leaf_data())) == r.entry


def test_salt_makes_commitments_unlinkable() -> None:
    a, b = seal({"text": "yes"}), seal({"text": "yes"})
    assert a.salt != b.salt and a.commitment() != b.commitment()
    assert len(a.salt) == 32


def test_purge_keeps_leaf_and_drops_content() -> None:
    r = record(content={"text": "Child's address is 1 Main St"})
    p = purge(r)
    assert p.purged and p.sealed is None
    assert p.leaf_hash() == r.leaf_hash() and p.content_ok()
    assert b"Main St" not in p.entry.leaf_data()
    assert "Main St" not in repr(p)


def test_content_ok_detects_changed_content_or_salt() -> None:
    r = record()
    assert r.content_ok()
    assert r.sealed is not None
    assert not Record(r.entry, seal({"text": "hellp"}, r.sealed.salt)).content_ok()
    assert not Record(r.entry, seal({"text": "hello"}, b"\x02" * 32)).content_ok()


def test_times_are_utc_with_microseconds() -> None:
    moment = datetime(2026, 1, 2, 5, 4, 5, 6, tzinfo=timezone(timedelta(hours=2)))
    assert format_time(moment) == "2026-01-02T03:04:05.000006Z"
    with pytest.raises(EncodingError):
        format_time(datetime(2026, 1, 2))
    assert record(at=datetime(2026, 1, 2, tzinfo=UTC)).entry.at == "2026-01-02T00:00:00.000000Z"


@pytest.mark.parametrize(
    "over",
    [
        {"log": "other"},
        {"seq": -1},
        {"seq": True},
        {"agency": ""},
        {"at": "2026-01-02 03:04:05"},
        {"at": "2026-13-02T03:04:05.000000Z"},
        {"content": 0.5},
        {"meta": {"x": 1.5}},
    ],
)
def test_invalid_entries_are_refused(over: dict[str, object]) -> None:
    with pytest.raises(EncodingError):
        record(**over)


def test_commit_content_requires_full_salt() -> None:
    with pytest.raises(EncodingError):
        commit_content("x", b"short")

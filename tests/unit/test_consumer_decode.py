"""Record value -> row or a reason naming the field; the time rule's window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from eventpipeline.consumer.decode import Invalid, Row, decode

pytestmark = pytest.mark.unit

NOW = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)


def run(value: bytes) -> Row:
    return decode(value, now=NOW, max_age=timedelta(days=92), max_future=timedelta(days=1))


def event(**overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "event_id": "6f1c1a9e-2a55-4f0e-9d67-8a3c0a7e4b11",
        "type": "page_view",
        "user_id": "u-1",
        "anonymous_id": None,
        "timestamp": "2026-11-15T11:59:00.250Z",
        "received_at": "2026-11-15T12:00:00Z",
        "properties": {"path": "/a\\b\t", "n": 3},
        "context": {"ip": "10.0.0.1"},
    }
    doc.update(overrides)
    return {k: v for k, v in doc.items() if v is not ...}


def test_valid_event_becomes_a_row_in_copy_order() -> None:
    row = run(orjson.dumps(event()))
    assert str(row.event_id) == "6f1c1a9e-2a55-4f0e-9d67-8a3c0a7e4b11"
    assert row.type == "page_view"
    assert row.user_id == "u-1"
    assert row.anonymous_id is None
    assert row.ts == datetime(2026, 11, 15, 11, 59, 0, 250000, tzinfo=UTC)
    assert orjson.loads(row.properties) == {"path": "/a\\b\t", "n": 3}
    assert orjson.loads(row.context) == {"ip": "10.0.0.1"}


def test_uuid_is_canonicalised_and_missing_objects_default_to_empty() -> None:
    row = run(orjson.dumps(event(event_id="6F1C1A9E2A554F0E9D678A3C0A7E4B11", properties=..., context=None)))
    assert str(row.event_id) == "6f1c1a9e-2a55-4f0e-9d67-8a3c0a7e4b11"
    assert row.properties == "{}"
    assert row.context == "{}"


def test_anonymous_only_is_fine_and_empty_user_id_counts_as_absent() -> None:
    row = run(orjson.dumps(event(user_id="", anonymous_id="anon-9")))
    assert row.user_id is None
    assert row.anonymous_id == "anon-9"


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (b"", "value"),
        (b"\xff\xfe not json", "value"),
        (b"[1, 2]", "value"),
        (orjson.dumps(event(event_id="nope")), "event_id"),
        (orjson.dumps(event(event_id=...)), "event_id"),
        (orjson.dumps(event(type="")), "type"),
        (orjson.dumps(event(type="x" * 201)), "type"),
        (orjson.dumps(event(type=5)), "type"),
        (orjson.dumps(event(user_id=None, anonymous_id=None)), "user_id"),
        (orjson.dumps(event(anonymous_id=["a"])), "anonymous_id"),
        (orjson.dumps(event(timestamp="yesterday")), "timestamp"),
        (orjson.dumps(event(timestamp="2026-11-15T11:59:00")), "timestamp"),
        (orjson.dumps(event(received_at=None)), "received_at"),
        (orjson.dumps(event(properties=[1])), "properties"),
        (orjson.dumps(event(context="x")), "context"),
        (orjson.dumps(event(type="a\u0000b")), "value"),
    ],
)
def test_invalid_records_name_the_field(value: bytes, field: str) -> None:
    with pytest.raises(Invalid) as info:
        run(value)
    assert str(info.value).startswith(f"{field}:")


def test_time_rule_accepts_the_window_edges_and_rejects_beyond() -> None:
    oldest = (NOW - timedelta(days=92)).isoformat()
    newest = (NOW + timedelta(days=1)).isoformat()
    assert run(orjson.dumps(event(timestamp=oldest))).ts == NOW - timedelta(days=92)
    assert run(orjson.dumps(event(timestamp=newest))).ts == NOW + timedelta(days=1)
    for ts in (NOW - timedelta(days=92, seconds=1), NOW + timedelta(days=1, seconds=1)):
        with pytest.raises(Invalid, match="timestamp: out of range"):
            run(orjson.dumps(event(timestamp=ts.isoformat())))


def test_offsets_are_normalised_to_the_same_instant() -> None:
    row = run(orjson.dumps(event(timestamp="2026-11-15T13:59:00+02:00")))
    assert row.ts == datetime(2026, 11, 15, 11, 59, tzinfo=UTC)


def test_objects_stay_raw_json_text_and_unknown_keys_are_ignored() -> None:
    value = b'{"event_id":"6f1c1a9e-2a55-4f0e-9d67-8a3c0a7e4b11","type":"t","user_id":"u","future_key":[1],' + (
        b'"timestamp":"2026-11-15T11:00:00Z","received_at":"2026-11-15T11:00:00Z",'
        b'"properties": {"a": [1, {"b": "c\\"d"}]},"context":null}'
    )
    row = run(value)
    assert orjson.loads(row.properties) == {"a": [1, {"b": 'c"d'}]}
    assert row.context == "{}"


def test_reason_names_the_field_and_not_the_internal_path() -> None:
    with pytest.raises(Invalid) as info:
        run(orjson.dumps(event(type="x" * 201)))
    assert str(info.value) == "type: Expected str of length <= 200"

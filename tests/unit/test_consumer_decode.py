"""Record value -> row or a reason naming the field; the time rule's window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
import orjson
import pytest
from eventpipeline.common.events import Event, encode
from eventpipeline.consumer.decode import Invalid, Row, decode

pytestmark = pytest.mark.unit

NOW = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)


def run(value: bytes) -> Row:
    return decode(value, now=NOW, max_age=timedelta(days=92), max_future=timedelta(days=1))


VALID = Event(
    event_id="6f1c1a9e-2a55-4f0e-9d67-8a3c0a7e4b11",
    message_id="m-1",
    type="track",
    event="Page Viewed",
    user_id="u-1",
    timestamp=datetime(2026, 11, 15, 11, 59, 0, 250000, tzinfo=UTC),
    received_at=datetime(2026, 11, 15, 12, 0, tzinfo=UTC),
    properties=msgspec.Raw(orjson.dumps({"path": "/a\\b\t", "n": 3})),
    context=msgspec.Raw(b'{"ip":"10.0.0.1"}'),
)


def event(**overrides: Any) -> dict[str, Any]:
    """The record as a dict (camelCase keys, from the contract), with keys replaced or (with ...) removed."""
    doc: dict[str, Any] = orjson.loads(encode(VALID))
    doc.update(overrides)
    return {k: v for k, v in doc.items() if v is not ...}


def test_valid_event_becomes_a_row_in_copy_order() -> None:
    row = run(encode(VALID))
    assert row.event_id == "6f1c1a9e-2a55-4f0e-9d67-8a3c0a7e4b11"
    assert (row.message_id, row.type, row.event) == ("m-1", "track", "Page Viewed")
    assert row.user_id == "u-1"
    assert row.anonymous_id is None
    assert row.ts == datetime(2026, 11, 15, 11, 59, 0, 250000, tzinfo=UTC)
    assert orjson.loads(row.properties) == {"path": "/a\\b\t", "n": 3}
    assert orjson.loads(row.context) == {"ip": "10.0.0.1"}
    assert row.traits == "{}"


def test_page_and_screen_names_are_the_rows_event_and_other_calls_have_none() -> None:
    assert run(orjson.dumps(event(type="page", event=..., name="Home"))).event == "Home"
    assert run(orjson.dumps(event(type="screen", event=...))).event == ""
    assert run(orjson.dumps(event(type="identify", event=..., traits={"plan": "pro"}))).traits == '{"plan":"pro"}'


def test_missing_objects_default_to_empty() -> None:
    row = run(orjson.dumps(event(properties=..., context=None)))
    assert row.properties == "{}"
    assert row.context == "{}"


def test_anonymous_only_is_fine() -> None:
    row = run(orjson.dumps(event(userId=..., anonymousId="anon-9")))
    assert row.user_id is None
    assert row.anonymous_id == "anon-9"


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (b"", "value"),
        (b"\xff\xfe not json", "value"),
        (b"[1, 2]", "value"),
        (orjson.dumps(event(eventId="nope")), "eventId"),
        (orjson.dumps(event(eventId="6F1C1A9E-2A55-4F0E-9D67-8A3C0A7E4B11")), "eventId"),  # canonical only
        (orjson.dumps(event(eventId=...)), "eventId"),
        (orjson.dumps(event(messageId="")), "messageId"),
        (orjson.dumps(event(type="page_view")), "type"),
        (orjson.dumps(event(event="x" * 201)), "event"),
        (orjson.dumps(event(event=5)), "event"),
        (orjson.dumps(event(userId=None, anonymousId=None)), "userId"),
        (orjson.dumps(event(anonymousId=["a"])), "anonymousId"),
        (orjson.dumps(event(timestamp="yesterday")), "timestamp"),
        (orjson.dumps(event(timestamp="2026-11-15T11:59:00")), "timestamp"),
        (orjson.dumps(event(receivedAt=None)), "receivedAt"),
        (orjson.dumps(event(properties=[1])), "properties"),
        (orjson.dumps(event(traits=[1])), "traits"),
        (orjson.dumps(event(context="x")), "context"),
        (orjson.dumps(event(event="a\u0000b")), "value"),
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
    value = b'{"eventId":"6f1c1a9e-2a55-4f0e-9d67-8a3c0a7e4b11","messageId":"m","type":"track","event":"e",' + (
        b'"userId":"u","future_key":[1],"timestamp":"2026-11-15T11:00:00Z","receivedAt":"2026-11-15T11:00:00Z",'
        b'"properties": {"a": [1, {"b": "c\\"d"}]},"context":null}'
    )
    row = run(value)
    assert orjson.loads(row.properties) == {"a": [1, {"b": 'c"d'}]}
    assert row.context == "{}"


def test_reason_names_the_field_and_not_the_internal_path() -> None:
    with pytest.raises(Invalid) as info:
        run(orjson.dumps(event(event="x" * 201)))
    assert str(info.value) == "event: Expected str of length <= 200"

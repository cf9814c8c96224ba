"""Hand validation: every invalid input gets its status and a message naming the field (and index)."""

from __future__ import annotations

import uuid
from typing import Any

import orjson
import pytest
from eventpipeline.ingest.validation import RequestError, media_type, parse_batch, parse_single

pytestmark = pytest.mark.unit

NOW = "2026-11-27T10:00:00.000000Z"
GOOD: dict[str, Any] = {"type": "page_view", "user_id": "u1"}


def single(event: object, max_event_bytes: int = 32 * 1024) -> dict[str, Any]:
    prepared = parse_single(orjson.dumps(event), received_at=NOW, max_event_bytes=max_event_bytes)
    assert len(prepared.values) == 1
    record: dict[str, Any] = orjson.loads(prepared.values[0])
    return record


def single_error(body: bytes) -> RequestError:
    with pytest.raises(RequestError) as info:
        parse_single(body, received_at=NOW, max_event_bytes=32 * 1024)
    return info.value


def batch(body: bytes, *, ndjson: bool = False, max_events: int = 2500, max_event_bytes: int = 32 * 1024) -> Any:
    return parse_batch(
        body, ndjson=ndjson, received_at=NOW, max_event_bytes=max_event_bytes, max_batch_events=max_events
    )


def batch_error(body: bytes, **kwargs: Any) -> RequestError:
    with pytest.raises(RequestError) as info:
        batch(body, **kwargs)
    return info.value


def test_minimal_event_gets_id_timestamps_and_empty_objects() -> None:
    record = single(GOOD)
    assert uuid.UUID(record["event_id"]).version == 7
    assert record["timestamp"] == NOW
    assert record["received_at"] == NOW
    assert record["properties"] == {}
    assert record["context"] == {}
    assert record["anonymous_id"] is None


def test_client_event_id_is_kept_in_canonical_form() -> None:
    given = uuid.uuid4()
    record = single({**GOOD, "event_id": str(given).upper()})
    assert record["event_id"] == str(given)


def test_timestamp_is_normalized_to_utc() -> None:
    record = single({**GOOD, "timestamp": "2026-11-27T12:30:00+02:00"})
    assert record["timestamp"] == "2026-11-27T10:30:00.000000Z"
    assert single({**GOOD, "timestamp": "2026-11-27T10:30:00.5Z"})["timestamp"] == "2026-11-27T10:30:00.500000Z"


def test_key_is_user_id_else_anonymous_id() -> None:
    prepared = parse_single(orjson.dumps(GOOD), received_at=NOW, max_event_bytes=32768)
    assert prepared.keys == [b"u1"]
    prepared = parse_single(orjson.dumps({"type": "t", "anonymous_id": "a9"}), received_at=NOW, max_event_bytes=32768)
    assert prepared.keys == [b"a9"]


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"user_id": "u"}, "type: required"),
        ({"type": 3, "user_id": "u"}, "type: must be a string"),
        ({"type": "", "user_id": "u"}, "type: must be 1 to 200 characters"),
        ({"type": "x" * 201, "user_id": "u"}, "type: must be 1 to 200 characters"),
        ({"type": "t"}, "user_id: required (or anonymous_id)"),
        ({"type": "t", "user_id": 7}, "user_id: must be a string"),
        ({"type": "t", "anonymous_id": ["a"]}, "anonymous_id: must be a string"),
        ({**GOOD, "event_id": "not-a-uuid"}, "event_id: must be a UUID string"),
        ({**GOOD, "event_id": 12}, "event_id: must be a UUID string"),
        ({**GOOD, "timestamp": "yesterday"}, "timestamp: not an ISO-8601 date-time: 'yesterday'"),
        ({**GOOD, "timestamp": "2026-11-27T10:00:00"}, "timestamp: needs a time zone"),
        ({**GOOD, "timestamp": 1700000000}, "timestamp: must be an ISO-8601 string with a time zone"),
        ({**GOOD, "properties": [1]}, "properties: must be a JSON object"),
        ({**GOOD, "context": "x"}, "context: must be a JSON object"),
        ({**GOOD, "userId": "u"}, "userId: unknown field"),
        ({**GOOD, "received_at": NOW}, "received_at: unknown field"),
    ],
)
def test_invalid_single_event_names_the_field(event: dict[str, Any], message: str) -> None:
    error = single_error(orjson.dumps(event))
    assert error.status == 400
    assert error.reason == "invalid"
    assert error.errors[0].startswith(message), error.errors


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "body: invalid JSON"),
        (b"{", "body: invalid JSON"),
        (b"[1]", "body: must be a JSON object"),
        (b"\xff\xfe{}", "body: invalid JSON"),  # not UTF-8
        (b'{"type": "\xed\xa0\x80", "user_id": "u"}', "body: invalid JSON"),  # a UTF-8 encoded surrogate
        (b"[" * 5000 + b"]" * 5000, "body: invalid JSON"),  # deeper than the parser goes
    ],
)
def test_malformed_single_body(body: bytes, message: str) -> None:
    error = single_error(body)
    assert error.status == 400
    assert error.errors[0].startswith(message)


def test_nesting_too_deep_to_store_is_refused_with_400() -> None:
    # 400 levels parse (orjson reads 1024) but cannot be written back (254)
    error = single_error(orjson.dumps({**GOOD}).replace(b"}", b',"properties":' + _deep(400) + b"}", 1))
    assert error.status == 400
    assert error.errors[0].startswith("event: cannot be stored")


def _deep(levels: int) -> bytes:
    return b'{"a":' * levels + b"1" + b"}" * levels


def test_event_over_the_size_limit_is_413() -> None:
    with pytest.raises(RequestError) as info:
        parse_single(orjson.dumps({**GOOD, "properties": {"s": "x" * 5000}}), received_at=NOW, max_event_bytes=4096)
    assert info.value.status == 413
    assert info.value.errors[0].startswith("event: ")
    assert "the limit is 4096" in info.value.errors[0]


def test_batch_array_and_object_forms_merge_batch_context() -> None:
    events = [{**GOOD, "context": {"ip": "1.2.3.4", "lib": "mine"}}, {"type": "t", "anonymous_id": "a"}]
    as_array = batch(orjson.dumps(events))
    assert len(as_array.ids) == 2
    as_object = batch(orjson.dumps({"events": events, "context": {"lib": "batch", "app": "web"}}))
    first, second = (orjson.loads(v) for v in as_object.values)
    assert first["context"] == {"lib": "mine", "app": "web", "ip": "1.2.3.4"}  # the event's own keys win
    assert second["context"] == {"lib": "batch", "app": "web"}


def test_ndjson_batch_with_context_line_and_blank_lines() -> None:
    lines = [b'{"context": {"app": "cli"}}', orjson.dumps(GOOD), b"", orjson.dumps({"type": "t", "user_id": "u2"})]
    prepared = batch(b"\r\n".join(lines) + b"\n", ndjson=True)
    assert prepared.keys == [b"u1", b"u2"]
    assert all(orjson.loads(v)["context"] == {"app": "cli"} for v in prepared.values)


def test_ndjson_bad_line_names_event_index_and_line() -> None:
    body = b"\n".join([orjson.dumps(GOOD), orjson.dumps(GOOD), b"{oops"])
    error = batch_error(body, ndjson=True)
    assert error.status == 400
    assert error.errors[0].startswith("events[2]: invalid JSON (line 3)")


def test_batch_errors_name_every_bad_index() -> None:
    events: list[Any] = [GOOD] * 20
    events[3] = {"type": "t", "user_id": 5}
    events[17] = {"type": "t", "user_id": "u", "timestamp": "nope"}
    events[18] = "string"
    error = batch_error(orjson.dumps(events))
    assert error.status == 400
    assert error.errors == [
        "events[3].user_id: must be a string",
        "events[17].timestamp: not an ISO-8601 date-time: 'nope'",
        "events[18]: must be a JSON object",
    ]


def test_duplicated_event_id_in_a_batch_is_refused() -> None:
    event_id = str(uuid.uuid4())
    events = [{**GOOD, "event_id": event_id}, GOOD, {**GOOD, "event_id": event_id.upper()}]
    error = batch_error(orjson.dumps(events))
    assert error.status == 400
    assert error.errors == ["events[2].event_id: duplicates events[0]"]


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"[]", 400, "events: the batch is empty"),
        (b"{}", 400, "events: required, a JSON array"),
        (b'{"events": [], "extra": 1}', 400, "extra: unknown field"),
        (b'{"events": [{}], "context": []}', 400, "context: must be a JSON object"),
        (b"3", 400, "body: must be a JSON array of events"),
        (b"[" + b",".join([orjson.dumps(GOOD)] * 6) + b"]", 413, "events: 6 events; the limit is 5"),
    ],
)
def test_batch_shape_errors(body: bytes, status: int, message: str) -> None:
    error = batch_error(body, max_events=5)
    assert error.status == status
    assert error.errors[0].startswith(message)


def test_ndjson_count_limit_stops_early() -> None:
    error = batch_error(b"\n".join([orjson.dumps(GOOD)] * 10), ndjson=True, max_events=5)
    assert error.status == 413
    assert error.errors == ["events: more than 5 events in one batch"]


def test_one_oversized_event_makes_the_batch_413_naming_it() -> None:
    events = [GOOD, {**GOOD, "properties": {"s": "x" * 3000}}]
    error = batch_error(orjson.dumps(events), max_event_bytes=1024)
    assert error.status == 413
    assert error.errors[0].startswith("events[1]: ")


def test_error_list_is_bounded() -> None:
    error = batch_error(orjson.dumps([{"type": 1}] * 500))
    assert len(error.errors) == 50


def test_media_type_parsing() -> None:
    assert media_type("Application/JSON; charset=utf-8") == "application/json"
    assert media_type(None) == ""

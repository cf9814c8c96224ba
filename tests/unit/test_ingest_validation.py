"""Segment messages -> records: every call type, the clock-skew rule, and every refusal with its status and a
message naming the field (and the message's index in a batch)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from eventpipeline.common.events import Event, decode, event_id_for
from eventpipeline.ingest.validation import Limits, RequestError, load_batch, load_single, media_type, prepare

pytestmark = pytest.mark.unit

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
LIMITS = Limits(max_event_bytes=32 * 1024, max_batch_events=2500)
TRACK: dict[str, Any] = {"type": "track", "event": "Signed Up", "userId": "u1"}


def records(body: dict[str, Any], *, limits: Limits = LIMITS) -> list[Event]:
    envelope = load_batch(orjson.dumps(body), ndjson=False, max_events=limits.max_batch_events)
    prepared = prepare(envelope, call=None, received_at=NOW, limits=limits)
    return [decode(value) for value in prepared.values]


def one(message: dict[str, Any], **batch: Any) -> Event:
    (record,) = records({"batch": [message], **batch})
    return record


def error(body: dict[str, Any] | bytes, *, call: str | None = None, limits: Limits = LIMITS) -> RequestError:
    raw = body if isinstance(body, bytes) else orjson.dumps(body)

    def run() -> None:
        if call is None:
            envelope = load_batch(raw, ndjson=False, max_events=limits.max_batch_events)
        else:
            envelope = load_single(raw)
        prepare(envelope, call=call, received_at=NOW, limits=limits)

    with pytest.raises(RequestError) as info:
        run()
    return info.value


def test_minimal_track_gets_an_id_the_receive_time_and_empty_objects() -> None:
    record = one(TRACK)
    assert uuid.UUID(record.event_id).version == 7
    assert record.message_id is None  # generated, so the event id itself
    assert (record.type, record.event, record.user_id) == ("track", "Signed Up", "u1")
    assert record.timestamp == NOW
    assert record.received_at == NOW
    assert bytes(record.properties) == bytes(record.traits) == bytes(record.context) == b"{}"


@pytest.mark.parametrize(
    ("message", "fields"),
    [
        ({"type": "identify", "userId": "u1", "traits": {"plan": "pro"}}, {"traits": b'{"plan":"pro"}'}),
        ({"type": "page", "anonymousId": "a1", "name": "Home"}, {"name": "Home", "anonymous_id": "a1"}),
        ({"type": "screen", "userId": "u1", "name": "Settings"}, {"name": "Settings"}),
        ({"type": "group", "userId": "u1", "groupId": "g1", "traits": {"seats": 3}}, {"group_id": "g1"}),
        ({"type": "alias", "userId": "u1", "previousId": "anon-7"}, {"previous_id": "anon-7"}),
    ],
)
def test_every_call_type_keeps_its_own_fields(message: dict[str, Any], fields: dict[str, Any]) -> None:
    record = one(message)
    assert record.type == message["type"]
    for name, expected in fields.items():
        value = getattr(record, name)
        assert (bytes(value) if name == "traits" else value) == expected


def test_identify_traits_sent_as_context_traits_are_the_traits() -> None:
    """RudderStack's SDKs put identify traits in context.traits only; top-level traits win when both are sent."""
    record = one({"type": "identify", "userId": "u1", "context": {"traits": {"plan": "pro"}}})
    assert orjson.loads(bytes(record.traits)) == {"plan": "pro"}
    both = {"type": "identify", "userId": "u1", "traits": {"plan": "team"}, "context": {"traits": {"plan": "pro"}}}
    assert orjson.loads(bytes(one(both).traits)) == {"plan": "team"}
    assert bytes(one({**TRACK, "context": {"traits": {"plan": "pro"}}}).traits) == b"{}"  # identify only


def test_message_id_is_any_string_and_its_event_id_is_derived() -> None:
    record = one({**TRACK, "messageId": "ajs-next-1700000000000-6f1c"})
    assert record.message_id == "ajs-next-1700000000000-6f1c"
    assert record.event_id == event_id_for("ajs-next-1700000000000-6f1c")
    given = uuid.uuid4()
    upper = one({**TRACK, "messageId": str(given).upper()})
    assert (upper.event_id, upper.message_id) == (str(given), str(given).upper())  # kept as sent
    same = one({**TRACK, "messageId": str(given)})
    assert (same.event_id, same.message_id) == (str(given), None)  # the event id itself: carried once


def test_clock_skew_is_corrected_with_sent_at() -> None:
    """The client's clock runs an hour ahead: timestamp and sentAt both carry the skew, which cancels out."""
    skewed = NOW + timedelta(hours=1)
    message = {**TRACK, "timestamp": (skewed - timedelta(minutes=5)).isoformat()}
    assert one(message, sentAt=skewed.isoformat()).timestamp == NOW - timedelta(minutes=5)
    # a message's own sentAt wins over the batch's
    own = {**message, "sentAt": (skewed - timedelta(minutes=5)).isoformat()}
    assert one(own, sentAt=skewed.isoformat()).timestamp == NOW
    # without sentAt the timestamp is taken as sent (normalised to UTC; no zone means UTC)
    assert one({**TRACK, "timestamp": "2026-11-27T12:30:00+02:00"}).timestamp == datetime(
        2026, 11, 27, 10, 30, tzinfo=UTC
    )
    assert one({**TRACK, "timestamp": "2026-11-27T09:30:00"}).timestamp == datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def test_batch_context_is_merged_under_the_message_context_and_category_kept() -> None:
    record = one(
        {"type": "page", "userId": "u1", "category": "Docs", "context": {"ip": "203.0.113.9", "app": "own"}},
        context={"app": "web", "locale": "fr"},
    )
    assert orjson.loads(bytes(record.context)) == {"app": "own", "locale": "fr", "ip": "203.0.113.9"}
    assert orjson.loads(bytes(record.properties)) == {"category": "Docs"}


def test_fields_segment_defines_but_we_do_not_store_are_accepted() -> None:
    record = one({**TRACK, "integrations": {"All": True}, "channel": "server", "_metadata": {"x": 1}, "version": 2})
    assert record.event == "Signed Up"


def test_ndjson_with_a_header_line() -> None:
    body = b"\n".join(
        [orjson.dumps({"context": {"app": "cli"}, "writeKey": "wk"}), orjson.dumps(TRACK), b"", orjson.dumps(TRACK)]
    )
    envelope = load_batch(body, ndjson=True, max_events=10)
    assert envelope.write_key == "wk"
    assert len(prepare(envelope, call=None, received_at=NOW, limits=LIMITS).values) == 2


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ({"event": "e", "userId": "u"}, "batch[0].type: required, one of alias, group, identify, page, screen, track"),
        ({**TRACK, "type": "view"}, "batch[0].type: not one of alias, group, identify, page, screen, track"),
        ({**TRACK, "type": ["track"]}, "batch[0].type: not one of alias, group, identify, page, screen, track"),
        ({**TRACK, "type": {"a": 1}}, "batch[0].type: not one of alias, group, identify, page, screen, track"),
        ({**TRACK, "event": None}, "batch[0].event: required for track"),
        ({**TRACK, "event": 7}, "batch[0].event: must be a string"),
        ({**TRACK, "event": "e" * 201}, "batch[0].event: longer than 200 characters"),
        ({**TRACK, "userId": None}, "batch[0].userId: required (or anonymousId)"),
        ({**TRACK, "userId": 42}, "batch[0].userId: must be a string"),
        ({**TRACK, "messageId": "m" * 201}, "batch[0].messageId: longer than 200 characters"),
        ({"type": "group", "userId": "u"}, "batch[0].groupId: required for group"),
        ({"type": "alias", "previousId": "p", "anonymousId": "a"}, "batch[0].userId: required for alias"),
        ({"type": "alias", "userId": "u"}, "batch[0].previousId: required for alias"),
        ({**TRACK, "properties": [1]}, "batch[0].properties: must be a JSON object"),
        ({**TRACK, "traits": "x"}, "batch[0].traits: must be a JSON object"),
        ({**TRACK, "context": 1}, "batch[0].context: must be a JSON object"),
        ({**TRACK, "integrations": []}, "batch[0].integrations: must be a JSON object"),
        ({**TRACK, "timestamp": "yesterday"}, "batch[0].timestamp: not an ISO-8601 date-time: 'yesterday'"),
        ({**TRACK, "timestamp": 1700000000}, "batch[0].timestamp: must be an ISO-8601 date-time string"),
        ({**TRACK, "sentAt": "soon"}, "batch[0].sentAt: not an ISO-8601 date-time: 'soon'"),
        ("not an object", "batch[0]: must be a JSON object"),
    ],
)
def test_invalid_message_is_400_naming_the_field(message: object, expected: str) -> None:
    refused = error({"batch": [message]})
    assert (refused.status, refused.errors) == (400, [expected])


@pytest.mark.parametrize(
    ("message", "field"),
    [
        ({**TRACK, "properties": {"note": "a\u0000b"}}, "batch[0].properties.note"),
        ({**TRACK, "properties": {"k\u0000": 1}}, "batch[0].properties.'k\\x00'"),
        ({**TRACK, "properties": {"list": ["ok", "\u0000"]}}, "batch[0].properties.list[1]"),
        ({**TRACK, "event": "Signed\u0000Up"}, "batch[0].event"),
        ({**TRACK, "userId": "u\u0000"}, "batch[0].userId"),
        ({"type": "identify", "userId": "u", "traits": {"name": "\u0000"}}, "batch[0].traits.name"),
        ({**TRACK, "context": {"page": {"title": "\u0000"}}}, "batch[0].context.page.title"),
    ],
)
def test_nul_characters_are_refused_naming_where_they_are(message: dict[str, Any], field: str) -> None:
    refused = error({"batch": [TRACK, message]})
    assert refused.status == 400
    assert refused.errors == [
        f"{field.replace('batch[0]', 'batch[1]')}: contains a NUL character (U+0000), which cannot be stored"
    ]


def test_nul_in_the_batch_context_is_refused() -> None:
    refused = error({"batch": [TRACK], "context": {"app": "\u0000"}})
    assert refused.errors == ["context.app: contains a NUL character (U+0000), which cannot be stored"]


def test_an_escaped_backslash_before_u0000_is_not_a_nul() -> None:
    assert orjson.loads(bytes(one({**TRACK, "properties": {"path": "C:\\u0000"}}).properties)) == {"path": "C:\\u0000"}


@pytest.mark.parametrize(
    "timestamp",
    ["1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-08-28T09:59:59Z", "2026-11-28T10:00:01Z"],
)
def test_timestamps_outside_the_stored_window_are_refused(timestamp: str) -> None:
    refused = error({"batch": [{**TRACK, "timestamp": timestamp}]})
    assert refused.status == 400
    assert refused.errors[0].startswith("batch[0].timestamp: ")
    assert "is outside the stored window [2026-08-29T10:00:00+00:00, 2026-11-28T10:00:00+00:00]" in refused.errors[0]


def test_window_edges_are_inside() -> None:
    assert one({**TRACK, "timestamp": "2026-08-29T10:00:00Z"}).timestamp == NOW - timedelta(days=90)
    assert one({**TRACK, "timestamp": "2026-11-28T10:00:00Z"}).timestamp == NOW + timedelta(days=1)


def test_a_skew_correction_that_leaves_the_window_is_refused() -> None:
    refused = error({"batch": [{**TRACK, "timestamp": "2026-11-27T10:00:00Z"}], "sentAt": "2027-11-27T10:00:00Z"})
    assert "(after clock-skew correction)" in refused.errors[0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"{", "body: invalid JSON"),
        (b"[]", 'body: must be a JSON object {"batch": [...]}'),
        (b'{"events": []}', "events: unknown field (expected batch, context, sentAt, ...)"),
        (b'{"batch": {}}', "batch: required, a JSON array of messages"),
        (b'{"batch": []}', "batch: empty"),
        (b'{"batch": [{}], "context": 1}', "context: must be a JSON object"),
        (b'{"batch": [{}], "writeKey": 1}', "writeKey: must be a string"),
        (b'{"batch": [{}], "sentAt": "x"}', "sentAt: not an ISO-8601 date-time: 'x'"),
    ],
)
def test_invalid_batch_shapes(body: bytes, expected: str) -> None:
    refused = error(body)
    assert refused.status == 400
    assert refused.errors[0].startswith(expected)


def test_single_call_type_must_match_its_route() -> None:
    refused = error({"event": "e", "userId": "u", "type": "page"}, call="track")
    assert refused.errors == ["type: must be 'track' here (or absent), got 'page'"]
    assert error({"userId": "u"}, call="track").errors == ["event: required for track"]


def test_errors_are_listed_up_to_the_limit_and_the_batch_is_all_or_nothing() -> None:
    refused = error(
        {"batch": [TRACK, {}, {}, {}]}, limits=Limits(max_event_bytes=32768, max_batch_events=10, max_errors=2)
    )
    assert len(refused.errors) == 2
    assert refused.errors[0].startswith("batch[1].type")


def test_one_message_id_twice_is_refused_even_spelt_differently() -> None:
    given = uuid.uuid4()
    body = {"batch": [{**TRACK, "messageId": str(given)}, {**TRACK, "messageId": str(given).upper()}]}
    assert error(body).errors == ["batch[1].messageId: duplicates batch[0]"]


def test_too_many_messages_and_too_large_records_are_413() -> None:
    assert error({"batch": [TRACK] * 3}, limits=Limits(max_event_bytes=32768, max_batch_events=2)).status == 413
    big = {**TRACK, "properties": {"s": "x" * 2000}}
    refused = error({"batch": [big]}, limits=Limits(max_event_bytes=1024, max_batch_events=10))
    assert refused.status == 413
    assert refused.errors[0].startswith("batch[0]: ")


def test_media_type() -> None:
    assert media_type("Application/JSON; charset=utf-8") == "application/json"
    assert media_type(None) == ""

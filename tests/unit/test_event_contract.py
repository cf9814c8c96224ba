"""The one event contract (eventpipeline.common.events.Event): what ingest accepts, the consumer stores.

The property: for any message (well-formed or not, NUL characters, far timestamps, skewed clocks included), ingest
either refuses it with a 400/413 naming a field, or every record it builds decodes in the consumer into a row with
no reason to dead-letter it, holding the fields the client sent.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
import orjson
import pytest
from eventpipeline.common.events import MAX_EVENT_AGE, MAX_FUTURE, Event, encode, event_id_for
from eventpipeline.consumer.decode import Decoder, has_nul
from eventpipeline.ingest.validation import Builder, Limits, Prepared, RequestError, load_batch, prepare
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

LIMITS = Limits(max_event_bytes=32 * 1024, max_batch_events=50)
RECEIVED = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
CALLS = ("track", "identify", "page", "screen", "group", "alias")

# text that includes what PostgreSQL refuses (NUL) and what JSON escapes (quotes, backslashes, control characters)
_text = st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=12)
_ident = st.one_of(st.none(), _text, st.integers(-(2**63), 2**63 - 1))
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False) | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=8,
)
_object = st.one_of(st.none(), st.dictionaries(_text, _json, max_size=4), _json)
_instant = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.sampled_from([UTC, None])
)
_near = st.timedeltas(min_value=-MAX_EVENT_AGE * 1.1, max_value=MAX_FUTURE * 1.1).map(lambda d: RECEIVED + d)
_timestamp = st.one_of(st.none(), _instant.map(datetime.isoformat), _near.map(datetime.isoformat), _text)


@st.composite
def messages(draw: st.DrawFn) -> dict[str, Any]:
    message: dict[str, Any] = {"type": draw(st.sampled_from((*CALLS, None, "view")))}
    for name, strategy in [
        ("messageId", _ident),
        ("userId", _ident),
        ("anonymousId", _ident),
        ("event", _ident),
        ("name", _ident),
        ("groupId", _ident),
        ("previousId", _ident),
        ("category", _ident),
        ("properties", _object),
        ("traits", _object),
        ("context", _object),
        ("timestamp", _timestamp),
        ("sentAt", st.one_of(st.none(), _near.map(datetime.isoformat))),
    ]:
        if draw(st.booleans()):
            message[name] = draw(strategy)
    return message


def _ingest(body: bytes) -> Prepared | RequestError:
    try:
        return prepare(load_batch(body, ndjson=False, max_events=50), call=None, received_at=RECEIVED, limits=LIMITS)
    except RequestError as refused:
        return refused


def _consumer() -> Decoder:
    """The consumer's own window, judged when it processes the record: a little after ingest received it."""
    return Decoder(now=RECEIVED + timedelta(minutes=5), max_age=MAX_EVENT_AGE, max_future=MAX_FUTURE)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(messages(), min_size=1, max_size=4), context=st.one_of(st.none(), st.dictionaries(_text, _json)))
def test_whatever_ingest_accepts_the_consumer_stores(batch: list[dict[str, Any]], context: Any) -> None:
    body = orjson.dumps({"batch": batch, **({"context": context} if context is not None else {})})
    outcome = _ingest(body)
    if isinstance(outcome, RequestError):
        assert outcome.status in {400, 413}
        assert outcome.errors
        assert all(": " in e for e in outcome.errors)  # each names a field
        return
    prepared = outcome
    decoder = _consumer()
    assert len(prepared.values) == len(batch)
    for message, value in zip(batch, prepared.values, strict=True):
        assert not has_nul(value)
        row = decoder.row(value)  # raises Invalid (a dead letter) if the contract were broken
        assert row.type == message["type"]
        if message.get("messageId"):
            assert (row.message_id or row.event_id) == message["messageId"]
            assert row.event_id == event_id_for(message["messageId"])
        assert row.user_id == (message.get("userId") or None)
        if row.type == "track":
            assert row.event == message["event"]
        if row.type in {"page", "screen"}:
            assert row.event == (message.get("name") or "")
        if isinstance(message.get("properties"), dict):
            for key, item in message["properties"].items():
                assert orjson.loads(row.properties)[key] == item


def test_an_ingest_record_decodes_in_the_consumer_field_for_field() -> None:
    body = {
        "batch": [
            {
                "type": "identify",
                "messageId": "m-1",
                "userId": "u1",
                "traits": {"email": "a@example.com", "plan": "pro"},
                "context": {"ip": "203.0.113.9"},
                "timestamp": "2026-11-27T09:59:00Z",
            }
        ],
        "sentAt": "2026-11-27T10:00:00Z",
    }
    prepared = prepare(
        load_batch(orjson.dumps(body), ndjson=False, max_events=5), call=None, received_at=RECEIVED, limits=LIMITS
    )
    row = _consumer().row(prepared.values[0])
    assert row.event_id == event_id_for("m-1")
    assert (row.message_id, row.type, row.event, row.user_id, row.anonymous_id) == ("m-1", "identify", "", "u1", None)
    assert row.ts == datetime(2026, 11, 27, 9, 59, tzinfo=UTC)
    assert row.received_at == RECEIVED
    assert orjson.loads(row.traits) == {"email": "a@example.com", "plan": "pro"}
    assert orjson.loads(row.context) == {"ip": "203.0.113.9"}
    assert orjson.loads(row.properties) == {}
    assert prepared.keys == [b"u1"]


def _same_ids(a: Event, b: Event, message: dict[str, Any]) -> tuple[Event, Event]:
    """A message without a messageId gets a fresh generated id on each path: compare everything else."""
    if message.get("messageId") is None:
        b = msgspec.structs.replace(b, event_id=a.event_id, message_id=a.message_id)
    return a, b


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    message=messages(),
    call=st.sampled_from((None, *CALLS)),
    context=st.one_of(st.none(), st.dictionaries(_text, _json)),
)
def test_the_fast_path_builds_what_the_checked_path_builds(
    message: dict[str, Any], call: str | None, context: dict[str, Any] | None
) -> None:
    """Ingest's fast path takes the common valid message in one pass; whatever it accepts, the field-by-field path
    accepts too and builds the same record."""
    body = orjson.dumps({"batch": [message], **({"context": context} if context is not None else {})})
    try:
        builder = Builder(load_batch(body, ndjson=False, max_events=5), RECEIVED, LIMITS)
    except RequestError:  # a batch refused as a whole (a NUL in its context): no message is built
        return
    fast = builder.fast(message, call)
    if fast is None:
        return
    checked, fast = _same_ids(builder.checked(message, call, ""), fast, message)
    assert encode(fast) == encode(checked)


def test_the_fast_path_takes_the_common_calls() -> None:
    """Guards the property above against a fast path that never runs."""
    envelope = load_batch(b'{"batch": [{}]}', ndjson=False, max_events=5)
    builder = Builder(envelope, RECEIVED, LIMITS)
    common = [
        {"type": "track", "event": "Signed Up", "userId": "u", "properties": {"plan": "pro"}, "messageId": "m"},
        {"type": "page", "name": "Home", "anonymousId": "a", "timestamp": "2026-11-27T09:00:00Z"},
        {"type": "screen", "userId": "u", "context": {"app": "ios"}},
        {"type": "identify", "userId": "u", "traits": {"plan": "pro"}, "integrations": {"All": True}},
    ]
    assert all(builder.fast(m, None) is not None for m in common)

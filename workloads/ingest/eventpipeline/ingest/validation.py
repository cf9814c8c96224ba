"""Segment messages -> Kafka records (eventpipeline.common.events.Event), checked by hand after one orjson parse.

Every error names the field, and in a batch the message's index: `batch[17].userId: must be a string`. A batch is
all-or-nothing: one bad message refuses the request, so a client never has to work out which part was stored.
What is accepted is storable: NUL characters (which PostgreSQL text and jsonb cannot hold) and timestamps outside
the consumer's window are refused here with the field named, never acknowledged and dead-lettered later.
The call layout, the clock-skew rule and what is stored are in docs/ingest.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import msgspec
import orjson
from eventpipeline.common.events import (
    CALL_TYPES,
    EMPTY_OBJECT,
    MAX_ID_LENGTH,
    MAX_NAME_LENGTH,
    Event,
    encode,
    event_id_for,
    partition_key,
)
from eventpipeline.ingest.fields import BY_NAME, CHECKED_OBJECTS, CHECKED_TEXT, IDENTITY, MAX_TIMESTAMP_LENGTH, REQUIRED
from eventpipeline.ingest.ids import uuid7

__all__ = [
    "Builder",
    "Envelope",
    "Limits",
    "Prepared",
    "RequestError",
    "load_batch",
    "load_single",
    "media_type",
    "prepare",
]

JSON_TYPES: Final = frozenset({"application/json", "text/plain"})  # text/plain: browsers' sendBeacon
NDJSON_TYPES: Final = frozenset({"application/x-ndjson", "application/ndjson", "application/jsonlines"})
BATCH_FIELDS: Final = frozenset({"batch", "context", "integrations", "sentAt", "writeKey", "metadata"})
_NUL: Final = b"\\u0000"  # a raw NUL byte is invalid JSON already; only the escape can smuggle one in
_NAMED: Final = frozenset({"page", "screen"})


class RequestError(Exception):
    """A request refused before anything was produced: an HTTP status, a metrics reason, messages for the client."""

    def __init__(self, status: int, reason: str, errors: list[str]) -> None:
        super().__init__(errors[0])
        self.status = status
        self.reason = reason
        self.errors = errors


class _FieldError(Exception):
    """One message's first problem; collected into a RequestError by the caller."""


class _TooLarge(_FieldError):
    """The record is larger than the per-event limit (413 rather than 400)."""


@dataclass(frozen=True)
class Limits:
    max_event_bytes: int
    max_batch_events: int
    max_errors: int = 50
    max_age: timedelta = timedelta(days=90)
    max_future: timedelta = timedelta(days=1)


@dataclass
class Envelope:
    """A parsed body before its messages are checked: the write key in it can authenticate the request first."""

    messages: list[Any]
    context: dict[str, Any] | None
    sent_at: object
    write_key: str | None
    has_nul: bool


class Prepared:
    """Records ready to produce, in request order: event ids (the deduplication keys), messageIds (as sent, or
    generated), record keys and values."""

    __slots__ = ("ids", "keys", "message_ids", "values")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.message_ids: list[str] = []
        self.keys: list[bytes | None] = []
        self.values: list[bytes] = []


def media_type(content_type: str | None) -> str:
    """`application/json; charset=utf-8` -> `application/json`."""
    if not content_type:
        return ""
    return content_type.split(";", 1)[0].strip().lower()


def _loads(body: bytes, where: str) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise RequestError(400, "invalid", [f"{where}: invalid JSON: {exc}"]) from None


def _write_key(value: object) -> str | None:
    if value is None:
        return None
    if type(value) is not str:
        raise RequestError(400, "invalid", ["writeKey: must be a string"])
    return value


def load_single(body: bytes) -> Envelope:
    """`POST /v1/track` and the other single calls: one JSON object, the message itself."""
    message = _loads(body, "body")
    if type(message) is not dict:
        raise RequestError(400, "invalid", ["body: must be a JSON object"])
    return Envelope([message], None, None, _write_key(message.get("writeKey")), _NUL in body)


def load_batch(body: bytes, *, ndjson: bool, max_events: int) -> Envelope:
    """`POST /v1/batch`: `{"batch": [...], "context": ..., "sentAt": ..., "writeKey": ...}`, or NDJSON (one message
    a line; a first line without `type` holding only batch fields is the batch's header)."""
    if ndjson:
        return _load_ndjson(body, max_events)
    document = _loads(body, "body")
    if type(document) is not dict:
        raise RequestError(400, "invalid", ['body: must be a JSON object {"batch": [...]}'])
    unknown = sorted(k for k in document if k not in BATCH_FIELDS)
    if unknown:
        raise RequestError(400, "invalid", [f"{unknown[0]}: unknown field (expected batch, context, sentAt, ...)"])
    messages = document.get("batch")
    if type(messages) is not list:
        raise RequestError(400, "invalid", ["batch: required, a JSON array of messages"])
    return _envelope(messages, document, body)


def _envelope(messages: list[Any], header: dict[str, Any], body: bytes) -> Envelope:
    context = header.get("context")
    if context is not None and type(context) is not dict:
        raise RequestError(400, "invalid", ["context: must be a JSON object"])
    integrations = header.get("integrations")
    if integrations is not None and type(integrations) is not dict:
        raise RequestError(400, "invalid", ["integrations: must be a JSON object"])
    if not messages:
        raise RequestError(400, "invalid", ["batch: empty"])
    has_nul = _NUL in body
    if has_nul and context and (path := _find_nul(context, "context")):
        raise RequestError(400, "invalid", [f"{path}: contains a NUL character (U+0000), which cannot be stored"])
    return Envelope(messages, context, header.get("sentAt"), _write_key(header.get("writeKey")), has_nul)


def _load_ndjson(body: bytes, max_events: int) -> Envelope:
    lines = [line for line in body.split(b"\n") if line.strip()]
    messages: list[Any] = []
    header: dict[str, Any] = {}
    for number, line in enumerate(lines):
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            where = f"batch[{len(messages)}]"
            raise RequestError(400, "invalid", [f"{where}: invalid JSON (line {number + 1}): {exc}"]) from None
        if number == 0 and type(item) is dict and "type" not in item and item.keys() <= BATCH_FIELDS - {"batch"}:
            header = item
            continue
        messages.append(item)
        if len(messages) > max_events:
            raise RequestError(413, "too_large", [f"batch: more than {max_events} messages"])
    return _envelope(messages, header, body)


def prepare(envelope: Envelope, *, call: str | None, received_at: datetime, limits: Limits) -> Prepared:
    """Check every message and build its record; any error refuses the whole request, listing up to
    `limits.max_errors`. `call`: the single-call endpoint's type, None for a batch (each message names its own)."""
    messages = envelope.messages
    if len(messages) > limits.max_batch_events:
        raise RequestError(
            413, "too_large", [f"batch: {len(messages)} messages; the limit is {limits.max_batch_events}"]
        )
    builder = Builder(envelope, received_at, limits)
    out = Prepared()
    errors: list[str] = []
    too_large = False
    for index, message in enumerate(messages):
        where = "" if call is not None else f"batch[{index}]."
        try:
            builder.add(message, call, where, out)
        except _FieldError as exc:
            too_large = too_large or isinstance(exc, _TooLarge)
            errors.append(str(exc))
            if len(errors) >= limits.max_errors:
                break
    if not errors:
        errors = _duplicates(out.ids, limits.max_errors)
    if errors:
        status, reason = (413, "too_large") if too_large else (400, "invalid")
        raise RequestError(status, reason, errors)
    return out


def _text(message: dict[str, Any], name: str, where: str, limit: int) -> str | None:
    """An optional string field: absent, null and "" are absent; else 1 to `limit` characters."""
    value = message.get(name)
    if value is None or value == "":
        return None
    if type(value) is not str:
        raise _FieldError(f"{where}{name}: must be a string")
    if len(value) > limit:
        raise _FieldError(f"{where}{name}: longer than {limit} characters")
    return value


def _object(message: dict[str, Any], name: str, where: str) -> dict[str, Any] | None:
    value = message.get(name)
    if value is None or type(value) is dict:
        return value
    raise _FieldError(f"{where}{name}: must be a JSON object")


def parse_time(value: object, name: str, where: str) -> datetime:
    """ISO-8601; without a time zone it is UTC (Segment's timestamps are UTC)."""
    if type(value) is not str or len(value) > MAX_TIMESTAMP_LENGTH:
        raise _FieldError(f"{where}{name}: must be an ISO-8601 date-time string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _FieldError(f"{where}{name}: not an ISO-8601 date-time: {value!r}") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _find_nul(value: object, path: str) -> str | None:
    """The path of the first string (or key) holding U+0000 in a decoded JSON value."""
    if type(value) is str:
        return path if "\x00" in value else None
    if type(value) is dict:
        for key, item in value.items():
            if "\x00" in key:
                return f"{path}.{key!r}"
            found = _find_nul(item, f"{path}.{key}")
            if found:
                return found
    elif type(value) is list:
        for index, item in enumerate(value):
            found = _find_nul(item, f"{path}[{index}]")
            if found:
                return found
    return None


def _raw(value: dict[str, Any] | None, name: str, where: str) -> msgspec.Raw:
    if not value:
        return EMPTY_OBJECT
    try:
        return msgspec.Raw(orjson.dumps(value))
    except orjson.JSONEncodeError as exc:  # nesting deeper than orjson writes (254 levels)
        raise _FieldError(f"{where}{name}: cannot be stored: {exc}") from None


class Builder:
    """Per request: the receive time, the accepted window, the batch's context and sentAt."""

    def __init__(self, envelope: Envelope, received_at: datetime, limits: Limits) -> None:
        self.received_at = received_at
        self.lo = received_at - limits.max_age
        self.hi = received_at + limits.max_future
        self.limits = limits
        self.context = envelope.context
        self.has_nul = envelope.has_nul
        self.sent_at: datetime | None = None
        if envelope.sent_at is not None:
            try:
                self.sent_at = parse_time(envelope.sent_at, "sentAt", "")
            except _FieldError as exc:
                raise RequestError(400, "invalid", [str(exc)]) from None

    def add(self, message: object, call: str | None, where: str, out: Prepared) -> None:
        """Check one message and append its record: the fast path for the common valid message, else the checked
        path, which names the first bad field."""
        record = self.fast(message, call) or self.checked(message, call, where)
        value = encode(record)
        if len(value) > self.limits.max_event_bytes:
            limit = self.limits.max_event_bytes
            raise _TooLarge(f"{where.rstrip('.') or 'message'}: {len(value)} bytes stored; the limit is {limit}")
        out.ids.append(record.event_id)
        out.message_ids.append(record.message_id or record.event_id)
        out.keys.append(partition_key(record.user_id, record.anonymous_id))
        out.values.append(value)

    def fast(self, message: object, call: str | None) -> Event | None:
        """The common valid track, page, screen or identify message in one pass of inline checks (a third of the
        checked path's CPU); None for anything else, which then goes through `checked`. Both build the same record
        for what they both accept (a property test in tests/unit/test_event_contract.py)."""
        if type(message) is not dict or self.has_nul:
            return None
        get = message.get
        kind = get("type")
        if call is not None:
            if kind is not None and kind != call:
                return None
            kind = call
        elif type(kind) is not str:
            return None  # absent, or a list or object (unhashable): `checked` names it
        message_id, user_id, anonymous_id = get("messageId"), get("userId"), get("anonymousId")
        event, name = get("event"), get("name")
        properties, traits, context, integrations = (
            get("properties"),
            get("traits"),
            get("context"),
            get("integrations"),
        )
        if not (
            (message_id is None or (type(message_id) is str and 0 < len(message_id) <= MAX_ID_LENGTH))
            and (user_id is None or (type(user_id) is str and 0 < len(user_id) <= MAX_ID_LENGTH))
            and (anonymous_id is None or (type(anonymous_id) is str and 0 < len(anonymous_id) <= MAX_ID_LENGTH))
            and (user_id or anonymous_id)
            and (properties is None or type(properties) is dict)
            and (traits is None or type(traits) is dict)
            and (context is None or type(context) is dict)
            and (integrations is None or type(integrations) is dict)
            and get("category") is None
        ):
            return None
        if kind == "track":
            if not (type(event) is str and 0 < len(event) <= MAX_NAME_LENGTH):
                return None
            name = None
        elif kind in _NAMED:
            if not (name is None or (type(name) is str and 0 < len(name) <= MAX_NAME_LENGTH)):
                return None
            event = None
        elif kind == "identify" and traits:
            event = name = None
        else:
            return None  # group, alias, identify with context.traits only, or no call type
        if get("timestamp") is None and get("originalTimestamp") is None and get("sentAt") is None:
            timestamp = self.received_at
        else:
            try:
                timestamp = self._timestamp(message, "")
            except _FieldError:
                return None
        if self.context:
            context = {**self.context, **context} if context else self.context
        try:
            raw_properties = msgspec.Raw(orjson.dumps(properties)) if properties else EMPTY_OBJECT
            raw_traits = msgspec.Raw(orjson.dumps(traits)) if traits else EMPTY_OBJECT
            raw_context = msgspec.Raw(orjson.dumps(context)) if context else EMPTY_OBJECT
        except orjson.JSONEncodeError:
            return None
        return self._record(
            kind,
            message_id,
            timestamp,
            ids=(user_id, anonymous_id, None, None),
            names=(event, name),
            objects=(raw_properties, raw_traits, raw_context),
        )

    def checked(self, message: object, call: str | None, where: str) -> Event:
        """Field by field in a fixed order, so the error names the first bad field."""
        if type(message) is not dict:
            raise _FieldError(f"{where.rstrip('.') or 'body'}: must be a JSON object")
        kind = message.get("type")
        if call is not None:
            if kind is not None and kind != call:
                raise _FieldError(f"{where}type: must be {call!r} here (or absent), got {kind!r}")
            kind = call
        elif not isinstance(kind, str) or kind not in CALL_TYPES:  # a list or an object is no type (nor hashable)
            allowed = ", ".join(sorted(CALL_TYPES))
            raise _FieldError(
                f"{where}type: required, one of {allowed}" if kind is None else f"{where}type: not one of {allowed}"
            )
        # Field by field as declared (fields.py, which the OpenAPI document is generated from).
        texts = {f.name: _text(message, f.name, where, f.max_length) for f in CHECKED_TEXT if kind in f.calls}
        for needed in REQUIRED.get(kind, ()):
            if texts[needed] is None:
                raise _FieldError(f"{where}{needed}: required for {kind}")
        if not any(texts[identity] for identity in IDENTITY):
            raise _FieldError(f"{where}userId: required (or anonymousId)")
        properties, traits, context, _integrations = (_object(message, f.name, where) for f in CHECKED_OBJECTS)
        message_id, user_id, anonymous_id = texts["messageId"], texts["userId"], texts["anonymousId"]
        event, name = texts.get("event"), texts.get("name")
        group_id, previous_id = texts.get("groupId"), texts.get("previousId")
        if kind in _NAMED and message.get("category") is not None:
            properties = self._category(message, properties, where)
        if self.context:
            context = {**self.context, **context} if context else self.context
        if kind == "identify" and not traits and context and type(context.get("traits")) is dict:
            traits = context["traits"]  # RudderStack's SDKs send identify traits as context.traits only
        timestamp = self._timestamp(message, where)
        if self.has_nul:
            self._refuse_nul(message, where)
        objects = (
            _raw(properties, "properties", where),
            _raw(traits, "traits", where),
            _raw(context, "context", where),
        )
        ids = (user_id, anonymous_id, group_id, previous_id)
        return self._record(kind, message_id, timestamp, ids=ids, names=(event, name), objects=objects)

    def _record(
        self,
        kind: Any,
        message_id: str | None,
        timestamp: datetime,
        *,
        ids: tuple[str | None, str | None, str | None, str | None],
        names: tuple[str | None, str | None],
        objects: tuple[msgspec.Raw, msgspec.Raw, msgspec.Raw],
    ) -> Event:
        """The record: (user, anonymous, group, previous) ids, (event, name), (properties, traits, context)."""
        user_id, anonymous_id, group_id, previous_id = ids
        event, name = names
        properties, traits, context = objects
        if message_id is None:
            event_id = message_id = uuid7()  # generated: canonical already
        else:
            event_id = event_id_for(message_id)
        return Event(
            event_id=event_id,
            message_id=None if message_id == event_id else message_id,  # the record carries it once
            type=kind,
            timestamp=timestamp,
            received_at=self.received_at,
            user_id=user_id,
            anonymous_id=anonymous_id,
            event=event,
            name=name,
            group_id=group_id,
            previous_id=previous_id,
            properties=properties,
            traits=traits,
            context=context,
        )

    @staticmethod
    def _category(message: dict[str, Any], properties: dict[str, Any] | None, where: str) -> dict[str, Any] | None:
        """A page's or screen's `category` is kept as `properties.category` unless properties already has one."""
        category = _text(message, "category", where, BY_NAME["category"].max_length)
        if category is None or (properties and "category" in properties):
            return properties
        return {**properties, "category": category} if properties else {"category": category}

    def _timestamp(self, message: dict[str, Any], where: str) -> datetime:
        """The event time corrected for the client's clock: receivedAt - (sentAt - timestamp) when the message or its
        batch has sentAt, else timestamp as sent; receivedAt when there is none. Must lie in the stored window."""
        sent_raw = message.get("sentAt")
        sent_at = parse_time(sent_raw, "sentAt", where) if sent_raw is not None else self.sent_at
        raw = message.get("timestamp")
        name = "timestamp"
        if raw is None:
            raw, name = message.get("originalTimestamp"), "originalTimestamp"
        if raw is None:
            return self.received_at
        timestamp = parse_time(raw, name, where)
        if sent_at is not None:
            try:
                timestamp = self.received_at - (sent_at - timestamp)
            except OverflowError:
                raise _FieldError(f"{where}{name}: out of range") from None
        if timestamp.tzinfo is not UTC:
            try:
                timestamp = timestamp.astimezone(UTC)  # the record holds UTC
            except OverflowError:
                raise _FieldError(f"{where}{name}: out of range") from None
        if not self.lo <= timestamp <= self.hi:
            lo, hi = self.lo.isoformat(), self.hi.isoformat()
            raise _FieldError(
                f"{where}{name}: {timestamp.isoformat()} is outside the stored window [{lo}, {hi}]"
                f" (after clock-skew correction)"
            )
        return timestamp

    @staticmethod
    def _refuse_nul(message: dict[str, Any], where: str) -> None:
        for key, value in message.items():
            path = _find_nul(value, key)
            if path is not None or "\x00" in key:
                field = path or repr(key)
                raise _FieldError(f"{where}{field}: contains a NUL character (U+0000), which cannot be stored")


def _duplicates(ids: list[str], max_errors: int) -> list[str]:
    """A batch may not carry one messageId twice (as a string, or as the same UUID spelt twice): which copy is meant
    would be a guess."""
    if len(set(ids)) == len(ids):
        return []
    first: dict[str, int] = {}
    errors: list[str] = []
    for index, message_id in enumerate(ids):
        if message_id in first:
            errors.append(f"batch[{index}].messageId: duplicates batch[{first[message_id]}]")
            if len(errors) >= max_errors:
                break
        else:
            first[message_id] = index
    return errors

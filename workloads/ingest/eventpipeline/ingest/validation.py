"""Decode and check events by hand (orjson plus explicit checks): about 3x cheaper than a pydantic model.

Every error names the field, and for a batch the event's index: `events[17].user_id: must be a string`.
A batch is all-or-nothing: one bad event rejects the request, so a client never has to work out which
part of a batch was stored. What a valid event becomes is the Kafka record of eventpipeline.common.events.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final

import orjson
from eventpipeline.common.events import MAX_ID_LENGTH, MAX_TYPE_LENGTH
from eventpipeline.ingest.ids import canonical_uuid, utc_now_iso, uuid7

__all__ = ["Prepared", "RequestError", "media_type", "parse_batch", "parse_single", "utc_now_iso"]

ALLOWED_FIELDS: Final = frozenset({"event_id", "type", "user_id", "anonymous_id", "timestamp", "properties", "context"})
_MAX_TIMESTAMP_LENGTH: Final = 64
_MAX_UUID_LENGTH: Final = 64
JSON_TYPES: Final = frozenset({"application/json"})
NDJSON_TYPES: Final = frozenset({"application/x-ndjson", "application/ndjson", "application/jsonlines"})


class RequestError(Exception):
    """A request refused before anything was produced: an HTTP status, a metrics reason, messages for the client."""

    def __init__(self, status: int, reason: str, errors: list[str]) -> None:
        super().__init__(errors[0])
        self.status = status
        self.reason = reason
        self.errors = errors


class _FieldError(Exception):
    """One event's first problem; collected into a RequestError by the caller."""


class _TooLarge(_FieldError):
    """The event serializes to more than the per-event limit (413 rather than 400)."""


class Prepared:
    """Events ready to produce, in request order: ids, record keys and record values."""

    __slots__ = ("ids", "keys", "values")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.keys: list[bytes | None] = []
        self.values: list[bytes] = []


def media_type(content_type: str | None) -> str:
    """`application/json; charset=utf-8` -> `application/json`."""
    if not content_type:
        return ""
    return content_type.split(";", 1)[0].strip().lower()


def _text(event: dict[str, Any], name: str, where: str, limit: int) -> str | None:
    value = event.get(name)
    if value is None:
        return None
    if type(value) is not str:
        raise _FieldError(f"{where}{name}: must be a string")
    if not value or len(value) > limit:
        raise _FieldError(f"{where}{name}: must be 1 to {limit} characters")
    return value


def _event_id(event: dict[str, Any], where: str) -> str:
    value = event.get("event_id")
    if value is None:
        return uuid7()
    canonical = canonical_uuid(value) if type(value) is str and len(value) <= _MAX_UUID_LENGTH else None
    if canonical is None:
        raise _FieldError(f"{where}event_id: must be a UUID string")
    return canonical


def _timestamp(event: dict[str, Any], where: str, received_at: str) -> str:
    value = event.get("timestamp")
    if value is None:
        return received_at
    if type(value) is not str or len(value) > _MAX_TIMESTAMP_LENGTH:
        raise _FieldError(f"{where}timestamp: must be an ISO-8601 string with a time zone")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _FieldError(f"{where}timestamp: not an ISO-8601 date-time: {value!r}") from None
    if parsed.tzinfo is None:
        raise _FieldError(f"{where}timestamp: needs a time zone (`Z` or an offset such as +02:00)")
    try:
        return parsed.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"
    except OverflowError:
        raise _FieldError(f"{where}timestamp: out of range") from None


def _object(event: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    value = event.get(name)
    if value is None:
        return {}
    if type(value) is not dict:
        raise _FieldError(f"{where}{name}: must be a JSON object")
    return value


def prepare_event(
    event: object,
    *,
    where: str,
    received_at: str,
    batch_context: dict[str, Any] | None,
    max_event_bytes: int,
    out: Prepared,
) -> None:
    """Check one decoded event and append its record to `out`; `where` is `events[3].` or empty.

    The common, valid event takes one compound check; anything unusual goes through the field-by-field
    checks below, which name the first problem.
    """
    if type(event) is dict and event.keys() <= ALLOWED_FIELDS:
        get = event.get
        event_type = get("type")
        user_id = get("user_id")
        anonymous_id = get("anonymous_id")
        event_id = get("event_id")
        properties = get("properties")
        context = get("context")
        if (
            type(event_type) is str
            and 0 < len(event_type) <= MAX_TYPE_LENGTH
            and (user_id is None or (type(user_id) is str and 0 < len(user_id) <= MAX_ID_LENGTH))
            and (anonymous_id is None or (type(anonymous_id) is str and 0 < len(anonymous_id) <= MAX_ID_LENGTH))
            and (user_id or anonymous_id)
            and (properties is None or type(properties) is dict)
            and (context is None or type(context) is dict)
        ):
            if event_id is None:
                event_id = uuid7()
            elif type(event_id) is str and len(event_id) == 36 and (fast := canonical_uuid(event_id)):
                event_id = fast
            else:
                event_id = _event_id(event, where)
            timestamp = received_at if get("timestamp") is None else _timestamp(event, where, received_at)
            record = {
                "event_id": event_id,
                "type": event_type,
                "user_id": user_id,
                "anonymous_id": anonymous_id,
                "timestamp": timestamp,
                "received_at": received_at,
                "properties": {} if properties is None else properties,
                "context": _merge(batch_context, context),
            }
            _append(out, record, where, max_event_bytes)
            return
    _prepare_slow(
        event,
        where=where,
        received_at=received_at,
        batch_context=batch_context,
        max_event_bytes=max_event_bytes,
        out=out,
    )


def _merge(batch_context: dict[str, Any] | None, context: dict[str, Any] | None) -> dict[str, Any]:
    if not batch_context:
        return {} if context is None else context
    return {**batch_context, **context} if context else batch_context


def _append(out: Prepared, record: dict[str, Any], where: str, max_event_bytes: int) -> None:
    try:
        value = orjson.dumps(record)
    except orjson.JSONEncodeError as exc:  # nesting deeper than orjson writes (254 levels)
        raise _FieldError(f"{where.rstrip('.') or 'event'}: cannot be stored: {exc}") from None
    if len(value) > max_event_bytes:
        raise _TooLarge(f"{where.rstrip('.') or 'event'}: {len(value)} bytes stored; the limit is {max_event_bytes}")
    out.ids.append(record["event_id"])
    key = record["user_id"] or record["anonymous_id"]
    out.keys.append(key.encode() if key else None)  # eventpipeline.common.events.partition_key, inlined
    out.values.append(value)


def _prepare_slow(
    event: object,
    *,
    where: str,
    received_at: str,
    batch_context: dict[str, Any] | None,
    max_event_bytes: int,
    out: Prepared,
) -> None:
    """Field by field, in a fixed order, so the error names the first bad field."""
    if type(event) is not dict:
        raise _FieldError(f"{where.rstrip('.') or 'body'}: must be a JSON object")
    if not event.keys() <= ALLOWED_FIELDS:
        unknown = sorted(k for k in event if k not in ALLOWED_FIELDS)
        raise _FieldError(f"{where}{unknown[0]}: unknown field")
    if event.get("type") is None:
        raise _FieldError(f"{where}type: required")
    event_type = _text(event, "type", where, MAX_TYPE_LENGTH)
    user_id = _text(event, "user_id", where, MAX_ID_LENGTH)
    anonymous_id = _text(event, "anonymous_id", where, MAX_ID_LENGTH)
    if user_id is None and anonymous_id is None:
        raise _FieldError(f"{where}user_id: required (or anonymous_id)")
    event_id = _event_id(event, where)
    timestamp = _timestamp(event, where, received_at)
    properties = _object(event, "properties", where)
    context = _object(event, "context", where)
    record = {
        "event_id": event_id,
        "type": event_type,
        "user_id": user_id,
        "anonymous_id": anonymous_id,
        "timestamp": timestamp,
        "received_at": received_at,
        "properties": properties,
        "context": _merge(batch_context, context),
    }
    _append(out, record, where, max_event_bytes)


def _loads(body: bytes, where: str) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise RequestError(400, "invalid", [f"{where}: invalid JSON: {exc}"]) from None


def parse_single(body: bytes, *, received_at: str, max_event_bytes: int) -> Prepared:
    """`POST /v1/events`: one JSON object."""
    event = _loads(body, "body")
    out = Prepared()
    try:
        prepare_event(
            event, where="", received_at=received_at, batch_context=None, max_event_bytes=max_event_bytes, out=out
        )
    except _TooLarge as exc:
        raise RequestError(413, "too_large", [str(exc)]) from None
    except _FieldError as exc:
        raise RequestError(400, "invalid", [str(exc)]) from None
    return out


def _split_ndjson(body: bytes, max_events: int) -> tuple[list[Any], dict[str, Any] | None]:
    """NDJSON: one event per line; blank lines are skipped; a first line `{"context": {...}}` is the batch context."""
    lines = [line for line in body.split(b"\n") if line.strip()]
    events: list[Any] = []
    context: dict[str, Any] | None = None
    for number, line in enumerate(lines):
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            where = f"events[{len(events)}]"
            raise RequestError(400, "invalid", [f"{where}: invalid JSON (line {number + 1}): {exc}"]) from None
        if number == 0 and type(item) is dict and item.keys() == {"context"}:
            if type(item["context"]) is not dict:
                raise RequestError(400, "invalid", ["context: must be a JSON object"])
            context = item["context"]
            continue
        events.append(item)
        if len(events) > max_events:
            raise RequestError(413, "too_large", [f"events: more than {max_events} events in one batch"])
    return events, context


def _split_json(body: bytes) -> tuple[list[Any], dict[str, Any] | None]:
    """JSON: an array of events, or `{"events": [...], "context": {...}}`."""
    document = _loads(body, "body")
    if type(document) is list:
        return document, None
    if type(document) is not dict:
        raise RequestError(400, "invalid", ["body: must be a JSON array of events or an object with `events`"])
    unknown = sorted(k for k in document if k not in {"events", "context"})
    if unknown:
        raise RequestError(400, "invalid", [f"{unknown[0]}: unknown field (expected `events` and `context`)"])
    events = document.get("events")
    if type(events) is not list:
        raise RequestError(400, "invalid", ["events: required, a JSON array"])
    context = document.get("context")
    if context is not None and type(context) is not dict:
        raise RequestError(400, "invalid", ["context: must be a JSON object"])
    return events, context


def parse_batch(
    body: bytes,
    *,
    ndjson: bool,
    received_at: str,
    max_event_bytes: int,
    max_batch_events: int,
    max_errors: int = 50,
) -> Prepared:
    """`POST /v1/batch`: check every event; any error rejects the whole batch, listing up to `max_errors`."""
    events, context = _split_ndjson(body, max_batch_events) if ndjson else _split_json(body)
    if not events:
        raise RequestError(400, "invalid", ["events: the batch is empty"])
    if len(events) > max_batch_events:
        raise RequestError(413, "too_large", [f"events: {len(events)} events; the limit is {max_batch_events}"])
    out = Prepared()
    errors: list[str] = []
    too_large = False
    for index, event in enumerate(events):
        try:
            prepare_event(
                event,
                where=f"events[{index}].",
                received_at=received_at,
                batch_context=context,
                max_event_bytes=max_event_bytes,
                out=out,
            )
        except _FieldError as exc:
            too_large = too_large or isinstance(exc, _TooLarge)
            errors.append(str(exc))
            if len(errors) >= max_errors:
                break
    if not errors:
        errors = _duplicates(out.ids, max_errors)
    if errors:
        status, reason = (413, "too_large") if too_large else (400, "invalid")
        raise RequestError(status, reason, errors)
    return out


def _duplicates(ids: list[str], max_errors: int) -> list[str]:
    """A batch may not carry one event id twice: which copy is meant would be a guess."""
    if len(set(ids)) == len(ids):
        return []
    first: dict[str, int] = {}
    errors: list[str] = []
    for index, event_id in enumerate(ids):
        if event_id in first:
            errors.append(f"events[{index}].event_id: duplicates events[{first[event_id]}]")
            if len(errors) >= max_errors:
                break
        else:
            first[event_id] = index
    return errors

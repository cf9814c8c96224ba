"""Kafka record value -> one validated row, or a clear reason to dead-letter it (never an exception upward).

The time rule (README): an event's `timestamp` must lie in [now - max_age, now + max_future]; outside it the event is
dead-lettered with reason `timestamp out of range`, so the consumer only ever creates partitions for a bounded set of
months and there is no DEFAULT partition to silently collect stray rows.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, NamedTuple
from uuid import UUID

import orjson
from eventpipeline.common.events import MAX_ID_LENGTH, MAX_TYPE_LENGTH

# The canonical form ingest writes; anything else goes through uuid.UUID (slower, same result).
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Row(NamedTuple):
    """One `events` row in column order (the COPY order), `ts` parsed for routing and the time rule."""

    event_id: str
    type: str
    user_id: str | None
    anonymous_id: str | None
    ts: datetime
    received_at: datetime
    properties: str
    context: str


class Invalid(Exception):
    """The record cannot become a row; `str(exc)` names the field and is the DLQ `ep-error` header."""


def _text(doc: dict[str, Any], field: str, limit: int, *, required: bool) -> str | None:
    value = doc.get(field)
    if value is None or value == "":
        if required:
            raise Invalid(f"{field}: required")
        return None
    if not isinstance(value, str):
        raise Invalid(f"{field}: must be a string, got {type(value).__name__}")
    if len(value) > limit:
        raise Invalid(f"{field}: longer than {limit} characters")
    return value


def _time(doc: dict[str, Any], field: str) -> datetime:
    value = doc.get(field)
    if not isinstance(value, str):
        raise Invalid(f"{field}: required ISO-8601 string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(f"{field}: not an ISO-8601 timestamp: {value[:64]!r}") from None
    if parsed.tzinfo is None:
        raise Invalid(f"{field}: timestamp without a UTC offset: {value[:64]!r}")
    return parsed


def _object(doc: dict[str, Any], field: str) -> str:
    value = doc.get(field)
    if value is None:
        return "{}"
    if not isinstance(value, dict):
        raise Invalid(f"{field}: must be a JSON object, got {type(value).__name__}")
    return orjson.dumps(value).decode()


def decode(value: bytes | None, *, now: datetime, max_age: timedelta, max_future: timedelta) -> Row:
    """Parse and validate one record value; raise Invalid with the reason."""
    if not value:
        raise Invalid("value: empty record")
    # PostgreSQL text and jsonb cannot hold NUL; reject here rather than fail the whole batch in COPY.
    if b"\\u0000" in value or b"\x00" in value:
        raise Invalid("value: contains a NUL character")
    try:
        doc = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise Invalid(f"value: not valid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise Invalid(f"value: must be a JSON object, got {type(doc).__name__}")
    raw_id = doc.get("event_id")
    if not isinstance(raw_id, str):
        raise Invalid("event_id: required UUID string")
    if _CANONICAL_UUID.fullmatch(raw_id):
        event_id = raw_id
    else:
        try:
            event_id = str(UUID(raw_id))
        except ValueError:
            raise Invalid(f"event_id: not a UUID: {raw_id[:64]!r}") from None
    event_type = _text(doc, "type", MAX_TYPE_LENGTH, required=True)
    assert event_type is not None
    user_id = _text(doc, "user_id", MAX_ID_LENGTH, required=False)
    anonymous_id = _text(doc, "anonymous_id", MAX_ID_LENGTH, required=False)
    if user_id is None and anonymous_id is None:
        raise Invalid("user_id: one of user_id or anonymous_id is required")
    ts = _time(doc, "timestamp")
    if ts < now - max_age or ts > now + max_future:
        raise Invalid(f"timestamp: out of range (accepted: now - {max_age} .. now + {max_future}): {ts.isoformat()}")
    received_at = _time(doc, "received_at")
    return Row(
        event_id,
        event_type,
        user_id,
        anonymous_id,
        ts,
        received_at,
        _object(doc, "properties"),
        _object(doc, "context"),
    )

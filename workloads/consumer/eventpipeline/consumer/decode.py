"""Kafka record value -> one validated row, or a clear reason to dead-letter it (never an exception upward).

Decoding and type checks run in one msgspec call (C) against the contract, eventpipeline.common.events.Event;
`properties`, `traits` and `context` stay raw JSON text, checked to be objects and handed to COPY without a
re-encode. The time rule (README): `timestamp` must lie in [now - max_age, now + max_future]; outside it the record
is dead-lettered with reason `timestamp: out of range`, so the consumer only ever creates partitions for a bounded
set of months and there is no DEFAULT partition. Ingest refuses such events at the door (a narrower window), so a
dead letter here means something unforeseen: a hand-produced record. The past side is measured from when Kafka
received the record when that is earlier than now (`received`): a record read after a backlog, or again after a
reprocess rewound the group (docs/reprocess.md), is judged as when it arrived instead of being dead-lettered for
having waited in the topic.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import NamedTuple

import msgspec
from eventpipeline.common.events import decode as decode_event

_FIELD_AT = re.compile(r"`\$\.([A-Za-z_]+)`")
_MISSING = re.compile(r"missing required field `([A-Za-z_]+)`")


class Row(NamedTuple):
    """One `events` row in column order (eventpipeline.common.schema.EVENT_COLUMNS, the COPY order), `ts` parsed
    for routing and the time rule. `event` is the track event name or the page/screen name, '' for the others."""

    event_id: str
    message_id: str | None  # None: the messageId was the event id itself (a UUID)
    type: str
    event: str
    user_id: str | None
    anonymous_id: str | None
    group_id: str | None
    previous_id: str | None
    ts: datetime
    received_at: datetime
    properties: str
    traits: str
    context: str


class Invalid(Exception):
    """The record cannot become a row; `str(exc)` names the field and is the DLQ `ep-error` header."""


class TooOld(Invalid):
    """Older than the window measured from now; the caller may measure again from the record's receive time."""


def _reason(exc: msgspec.ValidationError) -> str:
    """msgspec's message, led by the field it names (`type: Expected str of length <= 200`)."""
    text = str(exc)
    found = _FIELD_AT.search(text) or _MISSING.search(text)
    field = found.group(1) if found else "value"
    return f"{field}: {text.split(' - at ', 1)[0].replace('`', '')}"


def _object(raw: msgspec.Raw, field: str) -> str:
    text = str(raw, "utf-8")  # straight from msgspec's buffer: no bytes copy
    if text[0] != "{":
        if text == "null":
            return "{}"
        raise Invalid(f"{field}: must be a JSON object")
    return text


def has_nul(value: bytes) -> bool:
    """PostgreSQL text and jsonb cannot hold NUL: such a record is refused here rather than failing a whole COPY."""
    return b"\x00" in value or b"\\u0000" in value


class Decoder:
    """Decodes the records of one batch against one time window (computed once, not per record).

    The per-record Python work around msgspec (window arithmetic, bytes copies, checks) cost more than msgspec's
    own parse; this keeps it to a few attribute reads and comparisons (docs/benchmarks.md, consumer).
    """

    def __init__(self, *, now: datetime, max_age: timedelta, max_future: timedelta) -> None:
        self._now = now
        self._lo = now - max_age
        self._hi = now + max_future
        self._max_age, self._max_future = max_age, max_future

    def _window(self) -> str:
        return f"accepted: now - {self._max_age} .. now + {self._max_future}"

    def row(self, value: bytes | None, *, nul_checked: bool = False, received: datetime | None = None) -> Row:
        """Parse and validate one record value; raise Invalid with the reason. `nul_checked`: the caller already
        knows the value holds no NUL (one scan over the whole batch). `received`: when Kafka received the record;
        an earlier time than now moves the window's past side back with it (TooOld is raised only without it)."""
        if not value:
            raise Invalid("value: empty record")
        if not nul_checked and has_nul(value):
            raise Invalid("value: contains a NUL character")
        try:
            rec = decode_event(value)
        except msgspec.ValidationError as exc:
            raise Invalid(_reason(exc)) from None
        except msgspec.DecodeError as exc:
            raise Invalid(f"value: not valid JSON: {exc}") from None
        user_id = rec.user_id
        if user_id is None and rec.anonymous_id is None:
            raise Invalid("userId: one of userId or anonymousId is required")
        ts = rec.timestamp
        if ts > self._hi:
            raise Invalid(f"timestamp: out of range ({self._window()}): {ts.isoformat()}")
        if ts < self._lo and (received is None or ts < min(received, self._now) - self._max_age):
            if received is None:
                raise TooOld(f"timestamp: out of range ({self._window()}): {ts.isoformat()}")
            raise Invalid(
                f"timestamp: out of range ({self._window()}, from the receive time {received.isoformat()}): "
                f"{ts.isoformat()}"
            )
        return Row._make(  # _make: a third cheaper than Row(...)'s keyword-capable __new__
            (
                rec.event_id,
                rec.message_id,
                rec.type,
                rec.event or rec.name or "",
                user_id,
                rec.anonymous_id,
                rec.group_id,
                rec.previous_id,
                ts,
                rec.received_at,
                _object(rec.properties, "properties"),
                _object(rec.traits, "traits"),
                _object(rec.context, "context"),
            )
        )


def decode(value: bytes | None, *, now: datetime, max_age: timedelta, max_future: timedelta) -> Row:
    """Parse and validate one record value; raise Invalid with the reason."""
    return Decoder(now=now, max_age=max_age, max_future=max_future).row(value)

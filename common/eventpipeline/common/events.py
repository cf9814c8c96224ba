"""The event contract between ingest (producer) and consumer: what one Kafka record holds.

One typed struct, `Event`, is the record: ingest encodes it (`encode`), the consumer decodes it (`decode`), and
benches and tests generate records with it. Its JSON is camelCase like the Segment message it comes from
(docs/ingest.md): `eventId` (the deduplication key, `event_id_for(messageId)`), `messageId` (the client's id, any
string of 1 to 200 characters; left out when it is the `eventId` itself, i.e. the canonical UUID SDKs send), `type`
(the call), `event` (track), `name` (page, screen), `userId`, `anonymousId`, `groupId`, `previousId`, `timestamp`
(the event time after clock-skew correction, UTC), `receivedAt`, `properties`, `traits`, `context` (JSON objects,
carried as raw JSON text so neither side re-encodes them). The record key is the user id (or the anonymous id), so
one user's events stay ordered.

Whatever a record holds, the database can store: ingest refuses the rest at the door (docs/ingest.md), and the
consumer still checks, dead-lettering anything unforeseen.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta
from typing import Annotated, Final, Literal, get_args

import msgspec

CallType = Literal["track", "identify", "page", "screen", "group", "alias"]
CALL_TYPES: Final[frozenset[str]] = frozenset(get_args(CallType))
MAX_NAME_LENGTH: Final = 200
"""Longest event name (track) or page/screen name."""
MAX_ID_LENGTH: Final = 200
"""Longest userId, anonymousId, groupId, previousId and messageId."""

# The stored time window (workloads/consumer/README.md, "The time rule"): the consumer stores events whose
# timestamp lies in [received - MAX_EVENT_AGE, now + MAX_FUTURE], `received` being the record's Kafka timestamp
# (or now, if later), so a record is judged the same when read again after a rewind. Ingest accepts a narrower
# window (INGEST_WINDOW_MARGIN less on the past side): the margin absorbs clock differences between ingest and
# the broker.
MAX_EVENT_AGE: Final = timedelta(days=92)
MAX_FUTURE: Final = timedelta(days=1)
INGEST_WINDOW_MARGIN: Final = timedelta(days=2)

_Name = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_NAME_LENGTH)]
_Id = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID_LENGTH)]
_Time = Annotated[datetime, msgspec.Meta(tz=True)]
# The canonical (lower-case, hyphenated) spelling only: ingest writes it, and the consumer hands it to PostgreSQL
# as text (a str is cheaper than a uuid.UUID on both sides: ~1.5 us per UUID object).
_EventId = Annotated[str, msgspec.Meta(pattern="^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
EMPTY_OBJECT: Final = msgspec.Raw(b"{}")


class Event(msgspec.Struct, kw_only=True, rename="camel", gc=False, omit_defaults=True):
    """One Kafka record. `gc=False`: it holds no containers (raw JSON is bytes), so the cyclic GC never tracks it."""

    event_id: _EventId
    type: CallType
    timestamp: _Time
    received_at: _Time
    message_id: _Id | None = None  # None: the eventId is the messageId
    user_id: _Id | None = None
    anonymous_id: _Id | None = None
    event: _Name | None = None
    name: _Name | None = None
    group_id: _Id | None = None
    previous_id: _Id | None = None
    properties: msgspec.Raw = EMPTY_OBJECT
    traits: msgspec.Raw = EMPTY_OBJECT
    context: msgspec.Raw = EMPTY_OBJECT


SCHEMA_VERSION_HEADER: Final = "ep-schema"
SCHEMA_VERSION: Final = b"2"
"""Version 2: this struct (camelCase, Segment calls). Version 1 was the snake_case record before it."""

_ENCODER: Final = msgspec.json.Encoder()
_DECODER: Final = msgspec.json.Decoder(Event)


def encode(event: Event) -> bytes:
    """The record value."""
    return _ENCODER.encode(event)


def decode(value: bytes) -> Event:
    """Parse a record value; raises msgspec.ValidationError (names the field) or msgspec.DecodeError."""
    return _DECODER.decode(value)


def partition_key(user_id: str | None, anonymous_id: str | None) -> bytes | None:
    """The Kafka record key: per-user order (user id first, then anonymous id)."""
    key = user_id or anonymous_id
    return key.encode() if key else None


_CANONICAL: Final = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
MESSAGE_ID_NAMESPACE: Final = uuid.UUID("8a1c0d52-7c1e-5b8e-9f3a-2d6e4b0c9a17")
"""Namespace of the name-based (version 5) event ids of messageIds that are not UUIDs. Never change it: stored
ids would stop matching their redeliveries."""


def canonical_uuid(value: str) -> str | None:
    """The lower-case hyphenated form of a UUID string (any case, braces, `urn:uuid:`, no hyphens), else None."""
    if len(value) == 36 and _CANONICAL.fullmatch(value):
        return value.lower()
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def event_id_for(message_id: str) -> str:
    """The deduplication key of a messageId: the UUID itself when it is one (any spelling), else a version-5 UUID
    of the exact string. Two messages share an id exactly when their messageIds are equal (as UUIDs, or as strings);
    a name-based id colliding with a client's random UUID would take a SHA-1 collision."""
    return canonical_uuid(message_id) or str(uuid.uuid5(MESSAGE_ID_NAMESPACE, message_id))


def replay_group(dlq_topic: str) -> str:
    """The consumer group whose committed offsets on the dead-letter topic mark what was replayed: the replay
    command commits there, and the operator reports the records past them (`Degraded`, reason `DeadLetters`)."""
    return f"{dlq_topic}-replay"

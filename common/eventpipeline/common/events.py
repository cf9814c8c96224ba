"""The event contract between ingest (producer) and consumer: what one Kafka record holds.

A record's value is one JSON object (UTF-8, produced with orjson) with these keys:
`event_id` (UUID string, the idempotency key), `type`, `user_id` and/or `anonymous_id`,
`timestamp` (ISO-8601 UTC, client time or the receive time when absent), `received_at`
(ISO-8601 UTC, server time), `properties` and `context` (JSON objects).
The record key is the user id (or the anonymous id), so one user's events stay ordered.
"""

from __future__ import annotations

from typing import Final

EVENT_FIELDS: Final = (
    "event_id",
    "type",
    "user_id",
    "anonymous_id",
    "timestamp",
    "received_at",
    "properties",
    "context",
)
MAX_TYPE_LENGTH: Final = 200
MAX_ID_LENGTH: Final = 200
SCHEMA_VERSION_HEADER: Final = "ep-schema"
SCHEMA_VERSION: Final = b"1"


def partition_key(user_id: str | None, anonymous_id: str | None) -> bytes | None:
    """The Kafka record key: per-user order (user id first, then anonymous id)."""
    key = user_id or anonymous_id
    return key.encode() if key else None

"""Schema-name validation: the name is quoted with psycopg.sql everywhere, and also checked so a typo fails loudly."""

from __future__ import annotations

import re
from typing import Final

_SCHEMA_RE: Final = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def validate_schema(schema: str) -> str:
    """Return `schema` if it is a plain lower-case Postgres identifier (not `pg_*`), else raise ValueError."""
    if not isinstance(schema, str) or not _SCHEMA_RE.fullmatch(schema) or schema.startswith("pg_"):
        raise ValueError(
            f"schema: {schema!r} is not a valid schema name "
            "(lower-case letters, digits and _, starting with a letter or _, at most 63 characters, not pg_*)"
        )
    return schema


EVENT_COLUMNS: Final = (
    "event_id",
    "message_id",
    "type",
    "event",
    "user_id",
    "anonymous_id",
    "group_id",
    "previous_id",
    "ts",
    "received_at",
    "properties",
    "traits",
    "context",
)
"""The columns of `events` (migrations 0001 and 0004), in the order the consumer copies and the rotation exports."""

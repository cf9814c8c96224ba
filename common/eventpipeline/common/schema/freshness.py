"""End-to-end freshness, defined once: the newest event analytics can count (stored, and not in the future).

Analytics answers it at /v1/freshness; the operator writes its age to `status.freshness`. `{events}` is the schema's
events table, filled in with psycopg.sql by each caller.
"""

from __future__ import annotations

from typing import Final

NEWEST_EVENT_SQL: Final = "SELECT max(ts) FROM {events} WHERE ts <= now()"

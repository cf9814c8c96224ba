"""The reprocess's PostgreSQL step: remove a time range's rows, their ledger ids and their share of every rollup, in
one transaction, so the range can be stored again from the topic exactly once.

The rollups are not decremented by what the deleted rows held: every bucket, day, month and profile the range
touches is recomputed from the raw rows left in it (the rows outside the range), the way `rebuild_rollups` does for
all of them. The consumers then add the range's rows back through their usual ledger-gated statement, and
`repair_traits` recomputes the profiles once more at the end (their merge is order-sensitive). Ledger ids
outside the range are kept: they make the consumers skip the records re-read before and after the range.
The consumers must be stopped meanwhile (the caller holds them at zero): a batch written between the delete and
the rewind would be stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from eventpipeline.common.schema import validate_schema
from psycopg import sql

# The identify users whose profile (user_traits) the range feeds, and their profiles recomputed from the raw rows.
_TRAITS_USERS = """CREATE TEMP TABLE ep_reprocess_users ON COMMIT DROP AS
    SELECT DISTINCT coalesce(user_id, 'anon:' || anonymous_id) AS user_key FROM {s}.events
    WHERE ts >= %(start)s AND ts < %(end)s AND type = 'identify'"""
_TRAITS = (
    "DELETE FROM {s}.user_traits WHERE user_key IN (SELECT user_key FROM ep_reprocess_users)",
    """INSERT INTO {s}.user_traits (user_key, traits, updated_ts)
       SELECT coalesce(user_id, 'anon:' || anonymous_id), {s}.jsonb_merge_agg(traits ORDER BY ts), max(ts)
       FROM {s}.events WHERE type = 'identify'
         AND coalesce(user_id, 'anon:' || anonymous_id) IN (SELECT user_key FROM ep_reprocess_users)
       GROUP BY 1""",
)
_STEPS = (
    _TRAITS_USERS,
    "DELETE FROM {s}.events WHERE ts >= %(start)s AND ts < %(end)s",
    "DELETE FROM {s}.event_ids WHERE ts >= %(start)s AND ts < %(end)s",
    # a bucket the range touches: it starts before the range's end and ends after its start
    """DELETE FROM {s}.event_counts_minute
       WHERE bucket >= date_trunc('minute', %(start)s, 'UTC') AND bucket < %(end)s""",
    """INSERT INTO {s}.event_counts_minute (bucket, type, event, events)
       SELECT date_trunc('minute', ts, 'UTC'), type, event, count(*) FROM {s}.events
       WHERE ts >= date_trunc('minute', %(start)s, 'UTC') AND ts < date_trunc('minute', %(end)s, 'UTC') + '1 minute'
         AND date_trunc('minute', ts, 'UTC') < %(end)s
       GROUP BY 1, 2, 3""",
    """DELETE FROM {s}.event_counts_hour
       WHERE bucket >= date_trunc('hour', %(start)s, 'UTC') AND bucket < %(end)s""",
    """INSERT INTO {s}.event_counts_hour (bucket, type, event, events)
       SELECT date_trunc('hour', ts, 'UTC'), type, event, count(*) FROM {s}.events
       WHERE ts >= date_trunc('hour', %(start)s, 'UTC') AND ts < date_trunc('hour', %(end)s, 'UTC') + '1 hour'
         AND date_trunc('hour', ts, 'UTC') < %(end)s
       GROUP BY 1, 2, 3""",
    """DELETE FROM {s}.user_days
       WHERE day >= (%(start)s AT TIME ZONE 'UTC')::date AND day::timestamp AT TIME ZONE 'UTC' < %(end)s""",
    """INSERT INTO {s}.user_days (day, type, event, user_key)
       SELECT DISTINCT (ts AT TIME ZONE 'UTC')::date, type, event, coalesce(user_id, 'anon:' || anonymous_id)
       FROM {s}.events
       WHERE ts >= date_trunc('day', %(start)s, 'UTC') AND ts < date_trunc('day', %(end)s, 'UTC') + '1 day'
         AND date_trunc('day', ts, 'UTC') < %(end)s""",
    # a month's bits come from its user_days rows (all of that month's days are kept together)
    """DELETE FROM {s}.user_months
       WHERE month >= date_trunc('month', %(start)s AT TIME ZONE 'UTC')::date
         AND month::timestamp AT TIME ZONE 'UTC' < %(end)s""",
    """INSERT INTO {s}.user_months (month, user_key, days)
       SELECT date_trunc('month', day::timestamp)::date, user_key, bit_or(1 << (extract(day FROM day)::int - 1))
       FROM {s}.user_days
       WHERE day >= date_trunc('month', %(start)s AT TIME ZONE 'UTC')::date
         AND date_trunc('month', day::timestamp) AT TIME ZONE 'UTC' < %(end)s
       GROUP BY 1, 2""",
    *_TRAITS,
)


@dataclass(frozen=True)
class Deleted:
    events: int
    ledger_ids: int


def delete_range(conn: psycopg.Connection[Any], schema: str, *, start: datetime, end: datetime) -> Deleted:
    """Remove [start, end) (event time) from the rows, the ledger and the rollups, all or nothing. Safe to repeat."""
    validate_schema(schema)
    s = sql.Identifier(schema)
    params = {"start": start, "end": end}
    counts: list[int] = []
    with conn.transaction():
        # one statement waiting behind a long reader would hold every lock taken so far
        conn.execute("SET LOCAL lock_timeout = '30s'")
        for step in _STEPS:
            counts.append(conn.execute(sql.SQL(step).format(s=s), params).rowcount)
    return Deleted(events=counts[1], ledger_ids=counts[2])


def repair_traits(conn: psycopg.Connection[Any], schema: str, *, start: datetime, end: datetime) -> int:
    """Recompute the profiles the range's identify calls feed, once its rows are back; return how many.

    The consumers merge a batch's traits into a profile on the side of whichever is newer, so identify calls of the
    range, re-read after the profile already holds later ones, only fill keys it lacks: a key set before the range,
    again inside it and never after keeps the older value. Safe next to the consumers still writing live events:
    each statement reads what committed before it, and a consumer's upsert on a profile rewritten here waits for
    this transaction and then merges its newer calls on top."""
    validate_schema(schema)
    s = sql.Identifier(schema)
    with conn.transaction():
        conn.execute("SET LOCAL lock_timeout = '30s'")
        for step in (_TRAITS_USERS, *_TRAITS):
            rows = conn.execute(sql.SQL(step).format(s=s), {"start": start, "end": end}).rowcount
    return rows

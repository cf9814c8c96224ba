"""Recompute the rollups from the raw rows: a repair tool, and how benchmarks and tests build datasets loaded
straight into `events` (the consumer keeps the rollups itself, in the same transaction as the raw rows)."""

from __future__ import annotations

from typing import Any

import psycopg
from eventpipeline.common.schema.names import validate_schema
from psycopg import sql


def rebuild_rollups(conn: psycopg.Connection[Any], schema: str) -> None:
    """Replace every rollup (contracts.md) and `user_traits` with what the raw rows of `events` say; the coarser
    rollups are derived from the finer ones inside the same transaction (a fraction of rescanning `events`).
    `user_traits` keeps users whose identify rows the rotation already dropped; a rebuild forgets them."""
    validate_schema(schema)
    s = sql.Identifier(schema)
    with conn.transaction():
        conn.execute(
            sql.SQL(
                "TRUNCATE {s}.event_counts_minute, {s}.user_days, {s}.event_counts_hour, {s}.user_months,"
                " {s}.user_traits"
            ).format(s=s)
        )
        conn.execute(
            sql.SQL(
                "INSERT INTO {s}.event_counts_minute (bucket, type, event, events)"
                " SELECT date_trunc('minute', ts, 'UTC'), type, event, count(*) FROM {s}.events GROUP BY 1, 2, 3"
            ).format(s=s)
        )
        conn.execute(
            sql.SQL(
                "INSERT INTO {s}.user_days (day, type, event, user_key)"
                " SELECT DISTINCT (ts AT TIME ZONE 'UTC')::date, type, event,"
                " coalesce(user_id, 'anon:' || anonymous_id) FROM {s}.events"
            ).format(s=s)
        )
        conn.execute(
            sql.SQL(
                "INSERT INTO {s}.event_counts_hour (bucket, type, event, events)"
                " SELECT date_trunc('hour', bucket, 'UTC'), type, event, sum(events)"
                " FROM {s}.event_counts_minute GROUP BY 1, 2, 3"
            ).format(s=s)
        )
        conn.execute(
            sql.SQL(
                "INSERT INTO {s}.user_months (month, user_key, days)"
                " SELECT date_trunc('month', day::timestamp)::date, user_key,"
                " bit_or(1 << (extract(day FROM day)::int - 1))"
                " FROM {s}.user_days GROUP BY 1, 2"
            ).format(s=s)
        )
        conn.execute(
            sql.SQL(
                "INSERT INTO {s}.user_traits (user_key, traits, updated_ts)"
                " SELECT coalesce(user_id, 'anon:' || anonymous_id), {s}.jsonb_merge_agg(traits ORDER BY ts), max(ts)"
                " FROM {s}.events WHERE type = 'identify' GROUP BY 1"
            ).format(s=s)
        )

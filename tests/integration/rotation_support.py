"""Helpers for the rotation tests: a migrated schema with rows in chosen months, an S3 client, the archive."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from eventpipeline.common.schema import migrate
from psycopg import sql


def insert_month(conn: psycopg.Connection[Any], schema: str, year: int, month: int, n: int) -> None:
    """`n` events spread over the month (partition must exist), with their minute rollups."""
    start = datetime(year, month, 1, tzinfo=UTC)
    rows = [
        (str(uuid.uuid4()), f"t{i % 3}", f"u{i % 7}", start + timedelta(hours=i % 600, seconds=i), start)
        for i in range(n)
    ]
    with conn.cursor().copy(
        sql.SQL("COPY {} (event_id, type, user_id, ts, received_at) FROM STDIN").format(
            sql.Identifier(schema, "events")
        )
    ) as copy:
        for row in rows:
            copy.write_row(row)
    conn.execute(
        sql.SQL(
            "INSERT INTO {c} (bucket, type, events) SELECT date_trunc('minute', ts), type, count(*) FROM {e}"
            " WHERE ts >= %s AND ts < %s GROUP BY 1, 2"
            " ON CONFLICT (bucket, type, event) DO UPDATE SET events = excluded.events"
        ).format(c=sql.Identifier(schema, "event_counts_minute"), e=sql.Identifier(schema, "events")),
        (start, start + timedelta(days=31)),
    )
    # The other rollups, as the consumer keeps them (0001, 0003), so rotation's trimming is seen on every table.
    e = sql.Identifier(schema, "events")
    window = (start, start + timedelta(days=31))
    rollups = {
        "event_counts_hour": "INSERT INTO {t} (bucket, type, events) SELECT date_trunc('hour', ts, 'UTC'), type,"
        " count(*) FROM {e} WHERE ts >= %s AND ts < %s GROUP BY 1, 2"
        " ON CONFLICT (bucket, type, event) DO UPDATE SET events = excluded.events",
        "user_days": "INSERT INTO {t} (day, type, user_key) SELECT DISTINCT (ts AT TIME ZONE 'UTC')::date, type,"
        " user_id FROM {e} WHERE ts >= %s AND ts < %s ON CONFLICT DO NOTHING",
        "user_months": "INSERT INTO {t} (month, user_key, days)"
        " SELECT date_trunc('month', ts AT TIME ZONE 'UTC')::date, user_id,"
        " bit_or(1 << (extract(day FROM ts AT TIME ZONE 'UTC')::int - 1)) FROM {e}"
        " WHERE ts >= %s AND ts < %s GROUP BY 1, 2"
        " ON CONFLICT (month, user_key) DO UPDATE SET days = {t}.days | excluded.days",
    }
    for table, stmt in rollups.items():
        conn.execute(sql.SQL(stmt).format(t=sql.Identifier(schema, table), e=e), window)


def fresh_schema(conn: psycopg.Connection[Any], schema: str) -> None:
    migrate(conn, schema)


def object_keys(s3: Any, bucket: str) -> list[str]:
    return sorted(o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", []))

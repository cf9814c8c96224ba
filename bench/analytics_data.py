"""The analytics benchmark's dataset: N events over ~3 months in schema `bench_analytics`, built once and reused.

Rows are generated inside PostgreSQL (`INSERT ... SELECT` over `generate_series`, one time slice per transaction,
in time order so index inserts append) rather than streamed through Python: the same rows, a fraction of the
CPU on a 2-core machine. Rollups are then computed by SQL from the raw rows, as the consumer maintains them.
A `bench_meta` row written last marks the dataset complete; a partial one (interrupted run) is rebuilt.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import psycopg
from eventpipeline.common.schema import create_partitions, migrate, rebuild_rollups
from psycopg import sql

SCHEMA = "bench_analytics"
VERSION = (
    3  # 2: migration 0003's rollups; 3: 0004's Segment calls (track calls named by the old types); upgraded in place
)
START = datetime(2026, 9, 1, tzinfo=UTC)
END = datetime(2026, 11, 27, tzinfo=UTC)  # 87 days: three monthly partitions
USERS = 50_000
EVENTS = (  # the track calls' event names
    "page_view",
    "click",
    "scroll",
    "search",
    "add_to_cart",
    "checkout",
    "purchase",
    "signup",
    "login",
    "logout",
    "share",
    "error",
)

# one slice of the time range; power(random(), k) skews types and users toward a popular few
_INSERT = """
INSERT INTO {events} (event_id, type, event, user_id, anonymous_id, ts, received_at, properties)
SELECT gen_random_uuid(), 'track',
       (%(events)s::text[])[1 + floor(power(random(), 2.5) * %(nevents)s)::int],
       CASE WHEN anon THEN NULL ELSE 'u' || floor(power(random(), 1.5) * %(users)s)::int END,
       CASE WHEN anon THEN 'a' || floor(random() * 4 * %(users)s)::int END,
       ts, ts + interval '80 milliseconds',
       jsonb_build_object(
           'plan', (ARRAY['free','pro','team','enterprise'])[1 + floor(power(random(), 2) * 4)::int],
           'country', 'c' || floor(power(random(), 3) * 60)::int,
           'path', '/p/' || floor(power(random(), 2) * 500)::int)
  FROM (SELECT random() < 0.2 AS anon,
               %(lo)s::timestamptz + (%(hi)s::timestamptz - %(lo)s::timestamptz) * ((g + random()) / %(n)s) AS ts
          FROM generate_series(0, %(n)s - 1) g) s
"""


def _meta(conn: psycopg.Connection[Any]) -> tuple[int, int] | None:
    """(rows, version) of a complete dataset, else None."""
    try:
        row = conn.execute(sql.SQL("SELECT rows, version FROM {}.bench_meta").format(sql.Identifier(SCHEMA))).fetchone()
    except psycopg.errors.UndefinedTable:
        return None
    return (int(row[0]), int(row[1])) if row else None


def _meta_ok(conn: psycopg.Connection[Any], rows: int) -> bool:
    return _meta(conn) == (rows, VERSION)


def _upgrade(conn: psycopg.Connection[Any], log: Callable[[str], None]) -> dict[str, Any]:
    """Version 1 or 2 -> 3: the migrations backfill the new rollups from the old ones and re-key the rows as track
    calls named by their old type (minutes, not a rebuild)."""
    started = time.monotonic()
    s = sql.Identifier(SCHEMA)
    applied = migrate(conn, SCHEMA)
    for table in ("events", "event_counts_minute", "event_counts_hour", "user_days", "user_months"):
        conn.execute(sql.SQL("VACUUM ANALYZE {}.{}").format(s, sql.Identifier(table)))
    conn.execute(sql.SQL("UPDATE {}.bench_meta SET version = %s, built_at = now()").format(s), (VERSION,))
    took = round(time.monotonic() - started, 1)
    log(f"dataset: upgraded {SCHEMA} in place (migrations {applied}) in {took} s")
    return {"upgraded_s": took}


def ensure_dataset(dsn: str, rows: int, *, log: Callable[[str], None] = print, slices: int = 40) -> dict[str, Any]:
    """Reuse `bench_analytics` when complete with `rows` events, else (re)build it. Returns timings."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        if _meta_ok(conn, rows):
            log(f"dataset: reusing {SCHEMA} ({rows:,} events)")
            return {"reused": True, "rows": rows}
        if _meta(conn) in {(rows, 1), (rows, 2)}:
            return {"reused": True, "rows": rows} | _upgrade(conn, log)
        log(f"dataset: building {SCHEMA} with {rows:,} events (once; later runs reuse it)")
        started = time.monotonic()
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(SCHEMA)))
        migrate(conn, SCHEMA)
        create_partitions(conn, SCHEMA, [(2026, 9), (2026, 10), (2026, 11), (2026, 12)])
        s = sql.Identifier(SCHEMA)
        conn.execute(sql.SQL("CREATE TABLE {}.bench_meta (rows bigint, version int, built_at timestamptz)").format(s))
        insert = sql.SQL(_INSERT).format(events=sql.Identifier(SCHEMA, "events"))
        span = END - START
        per = rows // slices
        for i in range(slices):
            n = per if i < slices - 1 else rows - per * (slices - 1)
            lo, hi = START + span * i / slices, START + span * (i + 1) / slices
            params = {"events": list(EVENTS), "nevents": len(EVENTS), "users": USERS, "lo": lo, "hi": hi, "n": n}
            conn.execute(insert, params)
            if i % 5 == 4:
                elapsed = time.monotonic() - started
                log(f"  {per * (i + 1):>11,} rows  {elapsed:6.0f} s  ({per * (i + 1) / elapsed:,.0f} rows/s)")
        loaded = time.monotonic()
        rebuild_rollups(conn, SCHEMA)
        rolled = time.monotonic()
        conn.execute(sql.SQL("VACUUM ANALYZE {}.events").format(s))
        conn.execute(sql.SQL("VACUUM ANALYZE {}.event_counts_minute").format(s))
        conn.execute(sql.SQL("VACUUM ANALYZE {}.user_days").format(s))
        conn.execute(sql.SQL("VACUUM ANALYZE {}.event_counts_hour").format(s))
        conn.execute(sql.SQL("VACUUM ANALYZE {}.user_months").format(s))
        conn.execute(sql.SQL("INSERT INTO {}.bench_meta VALUES (%s, %s, now())").format(s), (rows, VERSION))
        done = time.monotonic()
        timings = {
            "reused": False,
            "rows": rows,
            "load_s": round(loaded - started, 1),
            "rollups_s": round(rolled - loaded, 1),
            "vacuum_analyze_s": round(done - rolled, 1),
            "rows_per_s": round(rows / (loaded - started)),
        }
        log(f"dataset: built in {done - started:.0f} s {timings}")
        return timings


def wait_for_replica(
    replica_dsn: str, rows: int, *, timeout_s: float = 1800, log: Callable[[str], None] = print
) -> float:
    """Poll the replica until it has replayed the completed dataset; returns the seconds waited."""
    started = time.monotonic()
    while True:
        try:
            with psycopg.connect(replica_dsn, autocommit=True, connect_timeout=5) as conn:
                if _meta_ok(conn, rows):
                    return time.monotonic() - started
        except psycopg.OperationalError:
            pass
        if time.monotonic() - started > timeout_s:
            raise TimeoutError(f"the replica did not replay {SCHEMA} within {timeout_s:.0f} s")
        log("  waiting for the replica to replay the dataset ...")
        time.sleep(5)

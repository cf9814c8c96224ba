"""Monthly partitions of `events` (`events_pYYYYMM`): their names, what the catalog holds, creating and dropping
them; and pruning of the dedup ledger.

Partition DDL runs in its own short transaction under the schema's advisory lock: `CREATE TABLE ... PARTITION OF`
locks the parent, so it must never ride along with a data transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import psycopg
from eventpipeline.common.schema.migrate import lock_schema
from eventpipeline.common.schema.names import validate_schema
from psycopg import sql

# The dedup ledger keeps an id at least this long (the contract's floor); callers may keep it longer.
MIN_LEDGER_RETENTION = timedelta(hours=24)
_NAME: Final = re.compile(r"^events_p(\d{4})(\d{2})$")


def partition_name(year: int, month: int) -> str:
    """`events_pYYYYMM`, the name of the partition holding events of that UTC month."""
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        raise ValueError(f"partition month out of range: year={year} month={month}")
    return f"events_p{year:04d}{month:02d}"


def partition_month(name: str) -> tuple[int, int] | None:
    """The (year, month) of an `events_pYYYYMM` table name; None for any other name."""
    match = _NAME.match(name)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        return None
    return int(match.group(1)), int(match.group(2))


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """The (year, month) `n` months after (year, month); n may be negative."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """[start, end) of a UTC month."""
    ny, nm = add_months(year, month, 1)
    return datetime(year, month, 1, tzinfo=UTC), datetime(ny, nm, 1, tzinfo=UTC)


@dataclass(frozen=True)
class PartitionCatalog:
    """What the catalog says about `<schema>.events` and its monthly tables."""

    attached: set[str]
    pending_detach: set[str]  # DETACH ... CONCURRENTLY interrupted: needs FINALIZE
    detached: set[str]  # plain tables named events_pYYYYMM, left by an interrupted rotation
    default_partition: str | None


def _children(conn: psycopg.Connection[Any], schema: str) -> list[tuple[str, bool]]:
    """Every partition of `<schema>.events` with whether its detach is pending."""
    validate_schema(schema)
    rows = conn.execute(
        "SELECT c.relname, i.inhdetachpending FROM pg_inherits i"
        " JOIN pg_class c ON c.oid = i.inhrelid"
        " JOIN pg_class p ON p.oid = i.inhparent"
        " JOIN pg_namespace n ON n.oid = p.relnamespace"
        " WHERE n.nspname = %s AND p.relname = 'events'",
        (schema,),
    ).fetchall()
    return [(str(name), bool(pending)) for name, pending in rows]


def existing_partitions(conn: psycopg.Connection[Any], schema: str) -> set[str]:
    """Names of the partitions currently attached to `<schema>.events` (a pending detach still counts)."""
    return {name for name, _pending in _children(conn, schema)}


def read_catalog(conn: psycopg.Connection[Any], schema: str) -> PartitionCatalog:
    """Attached, pending-detach and detached-leftover monthly tables, and a DEFAULT partition if someone added one."""
    children = _children(conn, schema)
    loose = conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = %s AND c.relkind = 'r' AND NOT c.relispartition",
        (schema,),
    ).fetchall()
    default = conn.execute(
        "SELECT d.relname FROM pg_partitioned_table pt JOIN pg_class p ON p.oid = pt.partrelid"
        " JOIN pg_namespace n ON n.oid = p.relnamespace JOIN pg_class d ON d.oid = pt.partdefid"
        " WHERE n.nspname = %s AND p.relname = 'events'",
        (schema,),
    ).fetchone()
    return PartitionCatalog(
        attached={name for name, pending in children if not pending},
        pending_detach={name for name, pending in children if pending},
        detached={str(r[0]) for r in loose if partition_month(str(r[0])) is not None},
        default_partition=str(default[0]) if default else None,
    )


def create_partitions(conn: psycopg.Connection[Any], schema: str, months: list[tuple[int, int]]) -> list[str]:
    """Create the given (year, month) partitions that are missing; return the names created by this call."""
    validate_schema(schema)
    created: list[str] = []
    with conn.transaction():
        lock_schema(conn, schema)
        # CREATE ... PARTITION OF locks the parent exclusively: behind a long reader it would queue every insert,
        # so give up after a few seconds instead (callers retry with backoff). A caller's own bound is kept.
        if conn.execute("SELECT current_setting('lock_timeout')").fetchone() == ("0",):
            conn.execute("SET LOCAL lock_timeout = '5s'")
        have = existing_partitions(conn, schema)
        for year, month in sorted(set(months)):
            name = partition_name(year, month)
            if name in have:
                continue
            start, end = month_bounds(year, month)
            conn.execute(
                sql.SQL("CREATE TABLE {}.{} PARTITION OF {}.events FOR VALUES FROM ({}) TO ({})").format(
                    sql.Identifier(schema),
                    sql.Identifier(name),
                    sql.Identifier(schema),
                    sql.Literal(start),
                    sql.Literal(end),
                )
            )
            created.append(name)
    return created


def ensure_partitions(conn: psycopg.Connection[Any], schema: str, *, now: datetime, months_ahead: int = 2) -> list[str]:
    """Make sure the partitions for the month of `now` and the `months_ahead` following months exist.

    Idempotent and safe to race (advisory lock). Returns the names created by this call.
    """
    if months_ahead < 0:
        raise ValueError(f"months_ahead: must be >= 0, got {months_ahead}")
    utc = now.astimezone(UTC)
    months = [add_months(utc.year, utc.month, i) for i in range(months_ahead + 1)]
    return create_partitions(conn, schema, months)


def drop_partitions_before(conn: psycopg.Connection[Any], schema: str, *, before: datetime) -> list[str]:
    """Drop the partitions whose whole month ends on or before `before` (retention); return their names."""
    validate_schema(schema)
    dropped: list[str] = []
    with conn.transaction():
        lock_schema(conn, schema)
        for name in sorted(existing_partitions(conn, schema)):
            month = partition_month(name)
            if month is None:
                continue
            _, end = month_bounds(*month)
            if end <= before:
                conn.execute(sql.SQL("DROP TABLE {}.{}").format(sql.Identifier(schema), sql.Identifier(name)))
                dropped.append(name)
    return dropped


def prune_event_ids(
    conn: psycopg.Connection[Any], schema: str, *, now: datetime, retention: timedelta, limit: int = 50_000
) -> int:
    """Delete up to `limit` ledger ids first seen before `now - retention`; return how many were deleted.

    The retention may not be below 24 h: an id must be remembered at least that long (contracts.md).
    """
    validate_schema(schema)
    if retention < MIN_LEDGER_RETENTION:
        raise ValueError(f"retention: must be at least {MIN_LEDGER_RETENTION}, got {retention}")
    cutoff = now - retention
    with conn.transaction():
        cur = conn.execute(
            sql.SQL(
                "DELETE FROM {s}.event_ids WHERE event_id IN"
                " (SELECT event_id FROM {s}.event_ids WHERE seen_at < %s LIMIT %s)"
            ).format(s=sql.Identifier(schema)),
            (cutoff, limit),
        )
        return cur.rowcount


def month_of(ts: datetime) -> tuple[int, int]:
    """The UTC (year, month) of a timestamp."""
    utc = ts.astimezone(UTC)
    return utc.year, utc.month

"""The schema package against the real PostgreSQL: migrations (idempotent, raced, recorded, tamper-checked),
month partitions (no DEFAULT partition), ledger pruning, the analytics indexes."""

from __future__ import annotations

import importlib
import threading
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from eventpipeline.common.schema import (
    create_partitions,
    drop_partitions_before,
    ensure_partitions,
    existing_partitions,
    load_migrations,
    migrate,
    prune_event_ids,
)
from eventpipeline.infra.endpoints import Endpoints
from psycopg import sql

pytestmark = pytest.mark.integration

# the module (the package re-exports its function under the same name)
migrate_module = importlib.import_module("eventpipeline.common.schema.migrate")


def test_migrate_is_recorded_and_idempotent(pg_conn: psycopg.Connection[Any], pg_schema: str) -> None:
    assert migrate(pg_conn, pg_schema) == [1, 2, 3, 4]
    assert migrate(pg_conn, pg_schema) == []
    rows = pg_conn.execute(
        sql.SQL("SELECT version, name, length(checksum) FROM {}.schema_migrations ORDER BY version").format(
            sql.Identifier(pg_schema)
        )
    ).fetchall()
    assert rows == [
        (1, "events", 64),
        (2, "ledger_brin", 64),
        (3, "hour_counts_user_months", 64),
        (4, "segment_calls", 64),
    ]
    tables = {
        r[0]
        for r in pg_conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s UNION "
            "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relkind = 'p'",
            (pg_schema, pg_schema),
        ).fetchall()
    }
    assert {
        "events",
        "event_ids",
        "event_counts_minute",
        "user_days",
        "event_counts_hour",
        "user_months",
        "user_traits",
        "schema_migrations",
    } <= tables
    indexes = {
        r[0]
        for r in pg_conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND tablename = 'events'", (pg_schema,)
        ).fetchall()
    }
    assert any("(ts)" in d for d in indexes)
    assert any("(event, ts)" in d for d in indexes)


def test_0004_rekeys_rows_stored_before_it_as_track_calls(
    pg_conn: psycopg.Connection[Any], pg_schema: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before 0004 `type` held the event name: those rows become track calls named so, rollups included, even two
    former types in one bucket (which share the new type `track`)."""
    monkeypatch.setattr(migrate_module, "load_migrations", lambda: load_migrations()[:3])
    assert migrate(pg_conn, pg_schema) == [1, 2, 3]
    monkeypatch.undo()
    s = sql.Identifier(pg_schema)
    create_partitions(pg_conn, pg_schema, [(2026, 11)])
    ts = datetime(2026, 11, 5, 10, 30, tzinfo=UTC)
    with pg_conn.transaction():
        for event_id, name in ((uuid.uuid4(), "signup"), (uuid.uuid4(), "click")):
            pg_conn.execute(
                sql.SQL(
                    "INSERT INTO {}.events (event_id, type, user_id, ts, received_at) VALUES (%s, %s, 'u1', %s, %s)"
                ).format(s),
                (event_id, name, ts, ts),
            )
            pg_conn.execute(
                sql.SQL("INSERT INTO {}.event_counts_minute VALUES (%s, %s, 1)").format(s), ("2026-11-05T10:30Z", name)
            )
            pg_conn.execute(
                sql.SQL("INSERT INTO {}.event_counts_hour VALUES (%s, %s, 1)").format(s), ("2026-11-05T10:00Z", name)
            )
            pg_conn.execute(sql.SQL("INSERT INTO {}.user_days VALUES ('2026-11-05', %s, 'u1')").format(s), (name,))
    assert migrate(pg_conn, pg_schema) == [4]
    rows = pg_conn.execute(
        sql.SQL("SELECT type, event, message_id IS NULL FROM {}.events ORDER BY event").format(s)
    ).fetchall()
    assert rows == [("track", "click", True), ("track", "signup", True)]
    for table in ("event_counts_minute", "event_counts_hour"):
        counts = pg_conn.execute(
            sql.SQL("SELECT type, event, events FROM {} ORDER BY 2").format(sql.Identifier(pg_schema, table))
        )
        assert counts.fetchall() == [("track", "click", 1), ("track", "signup", 1)]
    days = pg_conn.execute(sql.SQL("SELECT type, event, user_key FROM {}.user_days ORDER BY 2").format(s)).fetchall()
    assert days == [("track", "click", "u1"), ("track", "signup", "u1")]


def test_concurrent_migrations_apply_once(endpoints: Endpoints, pg_conn: psycopg.Connection[Any]) -> None:
    schema = f"t_race_{uuid.uuid4().hex[:8]}"  # not created beforehand: migrate creates it, under the lock
    results: list[list[int]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
                results.append(migrate(conn, schema))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(5)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert errors == []
        assert sorted(results) == [[], [], [], [], [1, 2, 3, 4]]
    finally:
        pg_conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def test_a_changed_applied_migration_is_refused(pg_conn: psycopg.Connection[Any], pg_schema: str) -> None:
    migrate(pg_conn, pg_schema)
    pg_conn.execute(sql.SQL("UPDATE {}.schema_migrations SET checksum = 'x'").format(sql.Identifier(pg_schema)))
    with pytest.raises(RuntimeError, match="changed after it was applied"):
        migrate(pg_conn, pg_schema)


def test_unsafe_schema_names_never_reach_sql(pg_conn: psycopg.Connection[Any]) -> None:
    with pytest.raises(ValueError, match="schema"):
        migrate(pg_conn, 'x"; DROP SCHEMA public; --')


def test_partitions_by_month_and_no_default(pg_conn: psycopg.Connection[Any], pg_schema: str) -> None:
    migrate(pg_conn, pg_schema)
    now = datetime(2026, 11, 20, tzinfo=UTC)
    assert ensure_partitions(pg_conn, pg_schema, now=now, months_ahead=2) == [
        "events_p202611",
        "events_p202612",
        "events_p202701",
    ]
    assert ensure_partitions(pg_conn, pg_schema, now=now, months_ahead=2) == []
    s = sql.Identifier(pg_schema)
    insert = sql.SQL(
        "INSERT INTO {}.events (event_id, type, user_id, ts, received_at)"
        " VALUES (gen_random_uuid(), 't', 'u', %s, now())"
    ).format(s)
    pg_conn.execute(insert, (datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC),))
    routed = pg_conn.execute(sql.SQL("SELECT count(*) FROM {}.events_p202612").format(s)).fetchone()
    assert routed == (1,)
    # A month without a partition is refused: there is no DEFAULT partition (the consumer creates months first).
    with pytest.raises(psycopg.errors.CheckViolation):
        pg_conn.execute(insert, (datetime(2025, 1, 1, tzinfo=UTC),))
    assert drop_partitions_before(pg_conn, pg_schema, before=datetime(2027, 1, 1, tzinfo=UTC)) == [
        "events_p202611",
        "events_p202612",
    ]
    assert existing_partitions(pg_conn, pg_schema) == {"events_p202701"}


def test_ledger_pruning_keeps_recent_ids(pg_conn: psycopg.Connection[Any], pg_schema: str) -> None:
    migrate(pg_conn, pg_schema)
    now = datetime.now(UTC)
    s = sql.Identifier(pg_schema)
    for seen in (now - timedelta(hours=30), now - timedelta(hours=30), now - timedelta(hours=23)):
        pg_conn.execute(
            sql.SQL("INSERT INTO {}.event_ids (event_id, ts, seen_at) VALUES (gen_random_uuid(), %s, %s)").format(s),
            (seen, seen),
        )
    with pytest.raises(ValueError, match="retention"):
        prune_event_ids(pg_conn, pg_schema, now=now, retention=timedelta(hours=23))
    assert prune_event_ids(pg_conn, pg_schema, now=now, retention=timedelta(hours=24)) == 2
    assert pg_conn.execute(sql.SQL("SELECT count(*) FROM {}.event_ids").format(s)).fetchone() == (1,)

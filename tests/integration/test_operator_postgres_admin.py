"""Postgres management against the real primary and replica: migrations idempotent, partitions ensured, the
replica streaming, the schema dropped on Delete."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import psycopg.sql
import pytest
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator import postgres_admin

pytestmark = pytest.mark.integration

NOW = datetime(2026, 11, 15, tzinfo=UTC)


def test_migrate_is_idempotent_and_partitions_are_made_ahead(endpoints: Endpoints, pg_schema: str) -> None:
    first = postgres_admin.ensure_database(endpoints.postgres_primary_dsn, pg_schema, now=NOW, premake=3)
    assert first.partitions == ["events_p202611", "events_p202612", "events_p202701", "events_p202702"]
    assert any(a.startswith("applied migrations") for a in first.actions)
    second = postgres_admin.ensure_database(endpoints.postgres_primary_dsn, pg_schema, now=NOW, premake=3)
    assert second.actions == []
    assert second.partitions == first.partitions
    later = postgres_admin.ensure_database(
        endpoints.postgres_primary_dsn, pg_schema, now=datetime(2027, 1, 2, tzinfo=UTC), premake=3
    )
    assert later.actions == [f"created partitions events_p202703, events_p202704 in schema {pg_schema}"]
    assert (later.oldest, later.newest) == ("events_p202611", "events_p202704")
    with psycopg.connect(endpoints.postgres_primary_dsn) as conn:
        count = conn.execute(
            "select count(*) from information_schema.tables where table_schema = %s and table_name = 'events'",
            (pg_schema,),
        ).fetchone()
    assert count == (1,)


def test_the_real_replica_is_streaming(endpoints: Endpoints) -> None:
    report = postgres_admin.replica_status(endpoints.postgres_replica_dsn)
    assert report.in_recovery
    assert report.streaming, report.message
    assert report.receive_lsn is not None
    primary_view = postgres_admin.primary_replication(endpoints.postgres_primary_dsn)
    assert any(row["state"] == "streaming" for row in primary_view)


def test_a_primary_is_not_a_streaming_replica(endpoints: Endpoints) -> None:
    report = postgres_admin.replica_status(endpoints.postgres_primary_dsn)
    assert not report.streaming
    assert "not in recovery" in report.message


def test_unreachable_replica_is_reported_not_raised() -> None:
    report = postgres_admin.replica_status("postgresql://u:secret@127.0.0.1:1/db")
    assert not report.streaming
    assert "secret" not in report.message


def test_unreachable_primary_raises_unavailable() -> None:
    with pytest.raises(postgres_admin.PostgresUnavailableError):
        postgres_admin.ensure_database("postgresql://u:p@127.0.0.1:1/db", "x", now=NOW, premake=1)


def test_drop_schema(endpoints: Endpoints, pg_schema: str) -> None:
    postgres_admin.ensure_database(endpoints.postgres_primary_dsn, pg_schema, now=NOW, premake=1)
    assert postgres_admin.drop_schema(endpoints.postgres_primary_dsn, pg_schema)
    assert not postgres_admin.drop_schema(endpoints.postgres_primary_dsn, pg_schema)


def test_newest_event_is_the_newest_stored_one_not_in_the_future(endpoints: Endpoints, pg_schema: str) -> None:
    """What status.freshness measures (common.schema.NEWEST_EVENT_SQL, analytics' own definition): an empty schema
    has none; a future-dated event is not counted; the newest past one is."""
    now = datetime.now(UTC)
    dsn = endpoints.postgres_primary_dsn
    postgres_admin.ensure_database(dsn, pg_schema, now=now, premake=1)
    assert postgres_admin.newest_event(dsn, pg_schema) is None
    newest = now.replace(microsecond=0) - timedelta(seconds=90)
    with psycopg.connect(dsn) as conn:
        for ts in (newest - timedelta(minutes=5), newest, now + timedelta(days=3)):
            conn.execute(
                psycopg.sql.SQL(
                    "insert into {} (event_id, type, event, user_id, ts, received_at)"
                    " values (%s, 'track', '', 'u', %s, %s)"
                ).format(psycopg.sql.Identifier(pg_schema, "events")),
                (uuid.uuid4(), ts, now),
            )
    assert postgres_admin.newest_event(dsn, pg_schema) == newest


def test_newest_event_of_an_unreachable_primary_raises_unavailable() -> None:
    with pytest.raises(postgres_admin.PostgresUnavailableError) as caught:
        postgres_admin.newest_event("postgresql://u:secret@127.0.0.1:1/db", "eventpipeline")
    assert "secret" not in str(caught.value)

"""The consumer's writer after the operator's rotation dropped a month it had cached: the row is still stored."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from eventpipeline.common.schema import existing_partitions, migrate
from eventpipeline.consumer.decode import Row
from eventpipeline.consumer.writer import PgWriter
from eventpipeline.infra.endpoints import Endpoints

pytestmark = pytest.mark.integration


def row(ts: datetime) -> Row:
    event_id = str(uuid.uuid4())
    return Row(event_id, event_id, "late", "", "u1", None, None, None, ts, ts, "{}", "{}", "{}")


def test_a_month_dropped_behind_the_writers_back_is_recreated(
    endpoints: Endpoints, pg_conn: psycopg.Connection[Any], pg_schema: str
) -> None:
    migrate(pg_conn, pg_schema)
    month_ago = datetime.now(UTC).replace(day=1, hour=12) - timedelta(days=20)
    name = f"events_p{month_ago:%Y%m}"
    writer = PgWriter(endpoints.postgres_primary_dsn, pg_schema)
    try:
        assert writer.write([row(month_ago)]) == 1
        pg_conn.execute(f'ALTER TABLE "{pg_schema}".events DETACH PARTITION "{pg_schema}"."{name}"')
        pg_conn.execute(f'DROP TABLE "{pg_schema}"."{name}"')
        assert writer.write([row(month_ago)]) == 1  # the cache still lists the dropped month
    finally:
        writer.close()
    assert name in existing_partitions(pg_conn, pg_schema)
    count = pg_conn.execute(f'SELECT count(*) FROM "{pg_schema}".events WHERE type = %s', ("late",)).fetchone()
    assert count == (1,)

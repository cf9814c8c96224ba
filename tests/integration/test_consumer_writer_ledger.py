"""The writer's two ledger paths: optimistic (plain ledger insert) for clean batches, ledger-gated after a stored
id aborted it. Either way every id is stored once and the rollups equal a GROUP BY over the raw rows."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from eventpipeline.common.schema import migrate
from eventpipeline.consumer.decode import Row
from eventpipeline.consumer.writer import PgWriter
from eventpipeline.infra.endpoints import Endpoints

from tests.support.consumer import assert_exact

pytestmark = pytest.mark.integration


def rows(n: int) -> list[Row]:
    """Track calls over three names, and every fifth an identify whose traits change with `i`."""
    now = datetime.now(UTC)
    out = []
    for i in range(n):
        event_id = str(uuid.uuid4())
        call, event, traits = (
            ("identify", "", f'{{"plan": "p{i % 2}", "i{i % 3}": {i}}}')
            if i % 5 == 0
            else (
                "track",
                f"t{i % 3}",
                "{}",
            )
        )
        ts = now - timedelta(seconds=i)
        out.append(
            Row(event_id, event_id, call, event, f"u{i % 7}", None, None, None, ts, now, '{"i": 1}', traits, "{}")
        )
    return out


def optimistic(writer: PgWriter) -> bool:
    """Whether the writer's next batch tries the plain ledger insert first."""
    return writer._optimistic


def test_a_batch_with_stored_ids_falls_back_to_the_gated_path_and_stores_only_the_new(
    endpoints: Endpoints, pg_conn: psycopg.Connection[Any], pg_schema: str
) -> None:
    migrate(pg_conn, pg_schema)
    first, later = rows(50), rows(30)
    writer = PgWriter(endpoints.postgres_primary_dsn, pg_schema)
    try:
        assert writer.write(first) == 50
        assert optimistic(writer)
        assert writer.write(first[:20] + later[:10]) == 10  # a redelivery mixed with new events
        assert not optimistic(writer)  # the next batch goes straight through the ledger
        assert writer.write(later[10:]) == 20
        assert optimistic(writer)  # a clean batch turns the optimistic path back on
        assert writer.write(first + later) == 0
    finally:
        writer.close()
    assert_exact(pg_conn, pg_schema, 80)


def test_two_writers_racing_on_the_same_ids_store_each_once(
    endpoints: Endpoints, pg_conn: psycopg.Connection[Any], pg_schema: str
) -> None:
    migrate(pg_conn, pg_schema)
    batch = rows(3000)
    writers = [PgWriter(endpoints.postgres_primary_dsn, pg_schema) for _ in range(2)]
    parts = [batch[:2000], batch[1000:]]  # 1,000 ids in both, written at the same time
    results: list[int] = []
    errors: list[BaseException] = []

    def run(writer: PgWriter, part: list[Row]) -> None:
        try:
            results.append(writer.write(part))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w, p)) for w, p in zip(writers, parts, strict=True)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for w in writers:
            w.close()
    assert errors == []
    assert sum(results) == 3000
    assert_exact(pg_conn, pg_schema, 3000)

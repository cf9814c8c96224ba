"""The shared PostgreSQL pair: a row committed on the primary streams to the hot-standby replica."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from eventpipeline.infra.endpoints import Endpoints

from tests.support import eventually

pytestmark = pytest.mark.integration


def test_row_written_on_primary_is_read_on_replica(
    endpoints: Endpoints, pg_conn: psycopg.Connection[tuple[object, ...]], pg_schema: str
) -> None:
    marker = uuid.uuid4().hex
    pg_conn.execute(f'create table "{pg_schema}".notes (id serial primary key, body text)')
    pg_conn.execute(f'insert into "{pg_schema}".notes (body) values (%s)', (marker,))

    with psycopg.connect(endpoints.postgres_replica_dsn, autocommit=True) as replica:
        assert replica.execute("select pg_is_in_recovery()").fetchone() == (True,)

        def replicated() -> bool:
            try:
                row = replica.execute(f'select body from "{pg_schema}".notes').fetchone()
            except psycopg.errors.UndefinedTable:
                return False
            return row == (marker,)

        assert eventually(replicated, timeout=30)


def test_replica_refuses_writes(endpoints: Endpoints, pg_schema: str) -> None:
    with (
        psycopg.connect(endpoints.postgres_replica_dsn, autocommit=True) as replica,
        pytest.raises(psycopg.errors.ReadOnlySqlTransaction),
    ):
        replica.execute(f'create table "{pg_schema}".nope (id int)')

"""Shared by the analytics integration tests: a random dataset in a fresh schema, and an app under test."""

from __future__ import annotations

import contextlib
import functools
import random
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
import psycopg
from eventpipeline.analytics.app import create_app
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.common.schema import create_partitions, migrate, rebuild_rollups
from eventpipeline.infra.endpoints import Endpoints
from psycopg import sql

from tests.support import ServedProcess, eventually, served_tier

EVENTS = ("Page Viewed", "Clicked", "Signed Up", "Order Completed", "Logged Out")
PAGES = ("Home", "Pricing", "Docs")
FILTERS: tuple[dict[str, str], ...] = (
    {},
    {"type": "page"},
    {"type": "identify"},
    {"event": "Signed Up"},
    {"type": "track", "event": "Clicked"},
    {"trait": "plan:pro"},
    {"type": "track", "trait": "plan:team"},
)
START = datetime(2026, 10, 29, tzinfo=UTC)
END = datetime(2026, 12, 3, tzinfo=UTC)
# timestamps that sit exactly on (or a hair off) minute, day and month boundaries
EDGES = (
    datetime(2026, 10, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2026, 11, 1, tzinfo=UTC),
    datetime(2026, 11, 1, 0, 0, 0, 1, tzinfo=UTC),
    datetime(2026, 11, 15, 12, 30, tzinfo=UTC),
    datetime(2026, 11, 30, 23, 59, 30, tzinfo=UTC),
    datetime(2026, 12, 1, tzinfo=UTC),
)


@dataclass(frozen=True)
class Dataset:
    schema: str
    rows: int


def random_events(n: int, seed: int) -> list[tuple[Any, ...]]:
    rnd = random.Random(seed)
    span = (END - START).total_seconds()
    out: list[tuple[Any, ...]] = []
    for i in range(n):
        if i % 25 == 0:  # a burst on the boundaries
            ts = rnd.choice(EDGES) + timedelta(microseconds=rnd.choice((0, 0, 1, 500_000)))
        elif i % 7 == 0:  # a busy day, so day-aligned ranges have whole days with traffic
            ts = datetime(2026, 11, 20, tzinfo=UTC) + timedelta(seconds=rnd.uniform(0, 86_400))
        else:
            ts = START + timedelta(seconds=rnd.uniform(0, span))
        user = f"u{rnd.randrange(120)}" if rnd.random() < 0.8 else None
        anon = f"a{rnd.randrange(60)}" if user is None or rnd.random() < 0.3 else None
        props: dict[str, Any] = {}
        if rnd.random() < 0.7:
            props["plan"] = rnd.choice(("free", "pro", "team", "enterprise"))
        if rnd.random() < 0.3:
            props["n"] = rnd.randrange(5)
        roll = rnd.random()
        call, event, traits = "track", rnd.choice(EVENTS), {}
        if roll > 0.8:
            call, event = "page", rnd.choice((*PAGES, ""))  # a page call may have no name
        if roll > 0.92:  # a user's traits change over time: the latest (by event time) are kept per key
            call, event, traits = "identify", "", {"plan": rnd.choice(("free", "pro", "team")), "seats": i % 4}
        event_id = uuid.UUID(int=rnd.getrandbits(128))
        row = (event_id, str(event_id), call, event, user, anon, ts, ts, orjson.dumps(props).decode())
        out.append((*row, orjson.dumps(traits).decode()))
    return out


def load_dataset(conn: psycopg.Connection[Any], schema: str, events: list[tuple[Any, ...]]) -> Dataset:
    """Raw rows by COPY; rollups computed by SQL from the raw rows, as the consumer maintains them."""
    migrate(conn, schema)
    create_partitions(conn, schema, [(2026, 10), (2026, 11), (2026, 12)])
    s = sql.Identifier(schema)
    with conn.transaction():
        with conn.cursor().copy(
            sql.SQL(
                "COPY {}.events (event_id, message_id, type, event, user_id, anonymous_id, ts, received_at,"
                " properties, traits) FROM STDIN"
            ).format(s)
        ) as copy:
            for row in events:
                copy.write_row(row)
        rebuild_rollups(conn, schema)
    return Dataset(schema, len(events))


def wait_for_replica(replica_dsn: str, schema: str, rows: int, timeout: float = 60.0) -> None:
    """Poll the replica until it has replayed the dataset."""
    deadline = time.monotonic() + timeout
    query = sql.SQL("SELECT (SELECT count(*) FROM {s}.events), (SELECT count(*) FROM {s}.user_days)").format(
        s=sql.Identifier(schema)
    )
    while True:
        try:
            with psycopg.connect(replica_dsn, autocommit=True, connect_timeout=3) as conn:
                row = conn.execute(query).fetchone()
                if row is not None and row[0] == rows and row[1] > 0:
                    return
        except psycopg.errors.UndefinedTable:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"replica did not replay {schema} within {timeout}s")
        time.sleep(0.2)


def dsn_with_port(dsn: str, port: int) -> str:
    return psycopg.conninfo.make_conninfo(dsn, port=str(port))


READ_KEY = "rk_integration"


@functools.cache
def read_keys_file() -> Path:
    """A keys file holding READ_KEY, for the settings of every app under test (the API has no open mode)."""
    path = Path(tempfile.mkdtemp(prefix="ep-analytics-keys-")) / "keys"
    path.write_text(f"{READ_KEY}\n")
    return path


@contextlib.asynccontextmanager
async def running_app(settings: AnalyticsSettings) -> AsyncIterator[tuple[httpx.AsyncClient, Any]]:
    """The app with its lifespan run (pools opened, health checked), and an in-process client that presents
    READ_KEY."""
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        headers = {"X-Read-Key": READ_KEY}
        async with httpx.AsyncClient(
            transport=transport, base_url="http://analytics", timeout=60, headers=headers
        ) as client:
            yield client, app


def metric(app: Any, name: str, labels: dict[str, str] | None = None) -> float:
    value = app.state.services.metrics.registry.get_sample_value(name, labels or {})
    return float(value or 0.0)


def app_name() -> str:
    return f"epa-{uuid.uuid4().hex[:10]}"


Settings = Callable[..., AnalyticsSettings]


def raw(conn: psycopg.Connection[Any], schema: str, query: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    ids = {"e": sql.Identifier(schema, "events"), "ut": sql.Identifier(schema, "user_traits")}
    return conn.execute(sql.SQL(query).format(**ids), params).fetchall()


def where(filters: dict[str, str]) -> str:
    """The naive SQL of the analytics filters, over `events` alone (and user_traits for a trait)."""
    out = "ts >= %(f)s AND ts < %(t)s"
    out += " AND type = %(type)s" if "type" in filters else ""
    out += " AND event = %(event)s" if "event" in filters else ""
    if "trait" in filters:
        out += (
            " AND coalesce(user_id, 'anon:' || anonymous_id) IN"
            " (SELECT user_key FROM {ut} WHERE traits ->> %(tn)s = %(tv)s)"
        )
    return out


def filter_params(filters: dict[str, str]) -> dict[str, Any]:
    name, _, value = filters.get("trait", "").partition(":")
    return {"type": filters.get("type"), "event": filters.get("event"), "tn": name, "tv": value}


def expected_summary(
    conn: psycopg.Connection[Any], schema: str, f: datetime, t: datetime, filters: dict[str, str]
) -> dict[str, Any]:
    p = {"f": f, "t": t, **filter_params(filters)}
    cond = where(filters)
    by_type = raw(conn, schema, f"SELECT type, count(*) FROM {{e}} WHERE {cond} GROUP BY 1 ORDER BY 2 DESC, 1", p)
    by_event = raw(
        conn, schema, f"SELECT type, event, count(*) FROM {{e}} WHERE {cond} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2", p
    )
    users = raw(
        conn, schema, f"SELECT count(DISTINCT coalesce(user_id, 'anon:' || anonymous_id)) FROM {{e}} WHERE {cond}", p
    )
    return {
        "total_events": sum(n for _, n in by_type),
        "unique_users": users[0][0],
        "events_by_type": [{"type": ty, "events": n} for ty, n in by_type],
        "events_by_event": [{"type": ty, "event": ev, "events": n} for ty, ev, n in by_event],
    }


@contextlib.contextmanager
def run_analytics(tmp_path: Path, *, primary_dsn: str, schema: str, **env: str) -> Iterator[ServedProcess]:
    """`python -m eventpipeline.analytics` as a real process on a free port, reading `schema` from the primary
    (replicas, Redis and tuning through `env`, by field name: `redis_url=""` is EP_ANALYTICS_REDIS_URL)."""
    settings = {
        "primary_dsn": primary_dsn,
        "redis_url": "",
        "schema": schema,
        "read_keys_file": str(read_keys_file()),
        "application_name": app_name(),
        **env,
    }
    with served_tier("analytics", tmp_path, settings) as server:
        yield server


@contextlib.contextmanager
def tables_locked(endpoints: Endpoints, schema: str) -> Iterator[None]:
    """Every table of `schema` held ACCESS EXCLUSIVE on the primary, and (replayed) on the replica, until the block
    ends: any read of them waits, so a query is in flight, or runs past its statement timeout, for as long as the
    test needs, whatever the machine's speed."""
    with psycopg.connect(endpoints.postgres_primary_dsn) as conn:
        tables = conn.execute(
            "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = %s AND c.relkind IN ('r', 'p')",
            (schema,),
        ).fetchall()
        conn.execute(
            sql.SQL("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE").format(
                sql.SQL(", ").join(sql.SQL(name) for (name,) in tables)
            )
        )
        conn.execute("SELECT pg_switch_wal()")  # ship the lock record now, not at the WAL writer's next flush

        def replayed() -> bool:
            with psycopg.connect(endpoints.postgres_replica_dsn, autocommit=True) as replica:
                row = replica.execute(
                    "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE n.nspname = %s AND l.mode = 'AccessExclusiveLock'",
                    (schema,),
                ).fetchone()
            return row is not None and row[0] >= len(tables)

        eventually(replayed, what="the replica replays the locks")
        try:
            yield
        finally:
            conn.rollback()


def waiting_on_locks(endpoints: Endpoints, application_name: str) -> int:
    """The process's sessions on the replica (`<name>-replica-0`) waiting for a lock."""
    with psycopg.connect(endpoints.postgres_replica_dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE %s AND wait_event_type = 'Lock'",
            (f"{application_name}-%",),
        ).fetchone()
    assert row is not None
    return int(row[0])


@contextlib.contextmanager
def replicated_dataset(endpoints: Endpoints, prefix: str, events: int, seed: int) -> Iterator[str]:
    """A fresh schema `<prefix>_<random>` holding `events` random events on the primary, replayed on the replica;
    its name. Dropped afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("create schema {}").format(sql.Identifier(name)))
        data = load_dataset(conn, name, random_events(events, seed=seed))
    wait_for_replica(endpoints.postgres_replica_dsn, name, data.rows)
    try:
        yield name
    finally:
        with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(name)))

"""Where reads go and what survives: replica routing seen by the servers, replica and Redis outages, stampedes."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis
from eventpipeline.analytics.params import ceil, truncate
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.infra.private import start_private_postgres, start_private_redis
from pydantic import SecretStr

from tests.integration.analytics_support import (
    Dataset,
    app_name,
    dsn_with_port,
    expected_summary,
    load_dataset,
    metric,
    random_events,
    read_keys_file,
    running_app,
    wait_for_replica,
)
from tests.support import eventually, free_port

pytestmark = pytest.mark.integration

RANGE = {"from": "2026-10-31T22:13:07Z", "to": "2026-11-21T03:04:05.5Z"}
OTHER = {"from": "2026-11-02T00:00:00Z", "to": "2026-11-20T12:00:00Z"}
THIRD = {"from": "2026-11-30T23:59:59.25Z", "to": "2026-12-01T00:00:00.75Z"}


def expected(dsn: str, schema: str, params: dict[str, str]) -> dict[str, Any]:
    """The summary of the range the API counts: widened to whole minutes."""
    f, t = (datetime.fromisoformat(params[k]).astimezone(UTC) for k in ("from", "to"))
    f, t = truncate(f, "minute"), ceil(t, "minute")
    with psycopg.connect(dsn, autocommit=True) as conn:
        return expected_summary(conn, schema, f, t, {})


def same(answer: dict[str, Any], exp: dict[str, Any]) -> bool:
    return {k: answer[k] for k in exp} == exp


def backends(dsn: str, application_name: str, mentioning: str) -> int:
    """Server side: sessions of this app whose last statement mentions `mentioning` (our unique schema)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s AND query LIKE %s",
            (application_name, f"%{mentioning}%"),
        ).fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
def dataset(endpoints: Any, pg_conn: psycopg.Connection[Any], pg_schema: str) -> Dataset:
    data = load_dataset(pg_conn, pg_schema, random_events(3000, seed=61))
    wait_for_replica(endpoints.postgres_replica_dsn, pg_schema, data.rows)
    return data


def settings_for(endpoints: Any, schema: str, **overrides: Any) -> AnalyticsSettings:
    values: dict[str, Any] = {
        "read_keys_file": read_keys_file(),
        "primary_dsn": endpoints.postgres_primary_dsn,
        "replica_dsns": [endpoints.postgres_replica_dsn],
        "redis_url": "",
        "db_schema": schema,
        "application_name": app_name(),
        "replica_check_seconds": 0.2,
        "pool_timeout_seconds": 1.0,
    }
    return AnalyticsSettings(**(values | overrides))


async def test_reads_are_served_by_the_replica(endpoints: Any, dataset: Dataset) -> None:
    s = settings_for(endpoints, dataset.schema)
    async with running_app(s) as (client, app):
        resp = await client.get("/v1/metrics/summary", params=RANGE)
        assert resp.status_code == 200
        assert same(resp.json(), expected(endpoints.postgres_primary_dsn, dataset.schema, RANGE))
        # the replica's own view: a session of our replica pool ran the rollup query; none on the primary did
        assert backends(endpoints.postgres_replica_dsn, f"{s.application_name}-replica-0", dataset.schema) >= 1
        assert backends(endpoints.postgres_primary_dsn, f"{s.application_name}-primary", dataset.schema) == 0
        assert metric(app, "ep_analytics_db_queries_total", {"role": "replica", "host": "replica-0"}) == 1
        text = (await client.get("/metrics")).text
        assert 'ep_analytics_replica_healthy{replica="replica-0"} 1.0' in text
        assert 'ep_http_requests_total{method="GET",route="/v1/metrics/summary",status="200"} 1.0' in text


async def test_unreachable_replica_means_the_primary_answers(endpoints: Any, dataset: Dataset) -> None:
    dead = dsn_with_port(endpoints.postgres_replica_dsn, free_port())
    s = settings_for(endpoints, dataset.schema, replica_dsns=[dead])
    async with running_app(s) as (client, app):
        resp = await client.get("/v1/metrics/summary", params=RANGE)
        assert resp.status_code == 200
        assert same(resp.json(), expected(endpoints.postgres_primary_dsn, dataset.schema, RANGE))
        assert backends(endpoints.postgres_primary_dsn, f"{s.application_name}-primary", dataset.schema) >= 1
        assert metric(app, "ep_analytics_replica_healthy", {"replica": "replica-0"}) == 0
        assert (await client.get("/readyz")).status_code == 200


@pytest.fixture
def private_dir() -> Iterator[Path]:
    """Not tmp_path: concurrent pytest runs on this machine prune each other's numbered temp dirs."""
    path = Path(tempfile.mkdtemp(prefix="ep-analytics-", dir="/var/tmp"))
    path.chmod(0o755)  # the private Postgres runs as the `postgres` user
    yield path
    shutil.rmtree(path, ignore_errors=True)


async def test_replica_stopped_mid_run_the_primary_answers(private_dir: Path) -> None:
    with start_private_postgres(private_dir / "pg", replica=True) as pg:
        schema = "analytics_failover"
        with psycopg.connect(pg.endpoint, autocommit=True) as conn:
            data = load_dataset(conn, schema, random_events(2000, seed=62))
        wait_for_replica(pg.replica_endpoint, schema, data.rows)
        s = AnalyticsSettings(
            read_keys_file=read_keys_file(),
            primary_dsn=SecretStr(pg.endpoint),
            replica_dsns=[SecretStr(pg.replica_endpoint)],
            redis_url=SecretStr(""),
            db_schema=schema,
            application_name=app_name(),
            replica_check_seconds=0.2,
            pool_timeout_seconds=1.0,
        )
        async with running_app(s) as (client, app):
            first = await client.get("/v1/metrics/summary", params=RANGE)
            assert first.status_code == 200
            assert metric(app, "ep_analytics_db_queries_total", {"role": "replica", "host": "replica-0"}) == 1
            pg.services[1].stop()  # the replica only; the primary keeps running
            second = await client.get("/v1/metrics/summary", params=OTHER)
            assert second.status_code == 200
            assert same(second.json(), expected(pg.endpoint, schema, OTHER))
            assert same(first.json(), expected(pg.endpoint, schema, RANGE))
            assert metric(app, "ep_analytics_db_queries_total", {"role": "primary", "host": "primary"}) == 1
            assert backends(pg.endpoint, f"{s.application_name}-primary", schema) >= 1
            # the health loop keeps it out of rotation
            eventually(lambda: metric(app, "ep_analytics_replica_healthy", {"replica": "replica-0"}) == 0 or None)


async def test_redis_stopped_answers_stay_correct(endpoints: Any, dataset: Dataset, private_dir: Path) -> None:
    with start_private_redis(private_dir / "redis") as server:
        s = settings_for(endpoints, dataset.schema, redis_url=server.endpoint, redis_breaker_seconds=1.0)
        want = expected(endpoints.postgres_primary_dsn, dataset.schema, RANGE)
        async with running_app(s) as (client, app):
            miss = await client.get("/v1/metrics/summary", params=RANGE)
            assert miss.headers["x-cache"] == "miss"
            assert miss.headers["content-type"] == "application/json"
            assert int(miss.headers["content-length"]) == len(miss.content)
            stored = redis.Redis.from_url(server.endpoint, decode_responses=True).keys(f"{s.cache_prefix}summary?*")
            assert len(stored) == 2  # the answer really went to Redis, with its stale copy
            assert len([k for k in stored if str(k).endswith(":stale")]) == 1
            server.stop()
            served = []
            for params in (OTHER, RANGE, OTHER, THIRD):
                resp = await client.get("/v1/metrics/summary", params=params)
                assert resp.status_code == 200
                served.append(resp.headers["x-cache"])
                assert same(resp.json(), expected(endpoints.postgres_primary_dsn, dataset.schema, params))
            assert same(miss.json(), want)
            # computed once each while Redis is down, then kept in-process for the TTL
            assert served == ["bypass", "local", "local", "bypass"]
            assert metric(app, "ep_analytics_cache_errors_total", {"op": "get"}) >= 1


async def test_unreachable_redis_answers_from_the_database(endpoints: Any, dataset: Dataset) -> None:
    s = settings_for(
        endpoints, dataset.schema, redis_url=f"redis://127.0.0.1:{free_port()}/0", redis_breaker_seconds=600
    )
    async with running_app(s) as (client, app):
        for params in (OTHER, RANGE, THIRD):
            resp = await client.get("/v1/metrics/summary", params=params)
            assert resp.status_code == 200
            assert resp.headers["x-cache"] == "bypass"
            assert same(resp.json(), expected(endpoints.postgres_primary_dsn, dataset.schema, params))
        # the start-up ping found it dead; the breaker then kept every request off Redis
        assert metric(app, "ep_analytics_cache_errors_total", {"op": "ping"}) == 1
        assert metric(app, "ep_analytics_cache_errors_total", {"op": "get"}) == 0
        assert metric(app, "ep_analytics_cache_bypass_total") == 3


def rollup_scans(dsn: str, schema: str) -> int:
    """Server-side count of reads of the minute rollup (seq + index scans) in this test's own schema."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables"
            " WHERE schemaname = %s AND relname = 'event_counts_minute'",
            (schema,),
        ).fetchone()
    assert row is not None
    return int(row[0])


def settled_scans(dsn: str, schema: str, application_name: str) -> int:
    """Backends flush their statistics when they exit: wait until the app's sessions are gone and counts settle."""

    def gone() -> bool:
        return backends(dsn, application_name, "") == 0

    eventually(gone)
    last = rollup_scans(dsn, schema)
    while True:
        time.sleep(0.5)
        now = rollup_scans(dsn, schema)
        if now == last:
            return now
        last = now


async def test_two_hundred_clients_across_expiry_compute_once_per_ttl(
    endpoints: Any, dataset: Dataset, redis_prefix: str
) -> None:
    dsn, schema = endpoints.postgres_primary_dsn, dataset.schema
    before = rollup_scans(dsn, schema)
    # calibration: how many rollup scans one computation of this answer costs on this server
    solo = settings_for(endpoints, schema, replica_dsns=[])
    async with running_app(solo) as (client, _):
        assert (await client.get("/v1/metrics/summary", params=RANGE)).status_code == 200
    per_computation = settled_scans(dsn, schema, f"{solo.application_name}-primary") - before
    assert per_computation >= 1

    ttl = 3.0
    name = app_name()
    common = {
        "replica_dsns": [],
        "redis_url": endpoints.redis_url,
        "cache_prefix": redis_prefix,
        "cache_ttl_seconds": ttl,
        "cache_early_refresh": 0.0,  # the lock and the stale copy alone must hold the line
        "redis_timeout_seconds": 2.0,  # 200 in-process clients lag the event loop; this test is not about timeouts
        "application_name": name,
    }
    a, b = settings_for(endpoints, schema, **common), settings_for(endpoints, schema, **common)
    start = rollup_scans(dsn, schema)
    async with running_app(a) as (client_a, app_a), running_app(b) as (client_b, app_b):
        warm = await client_a.get("/v1/metrics/summary", params=RANGE)
        warmed_at = time.monotonic()
        assert warm.headers["x-cache"] == "miss"
        await asyncio.sleep(ttl - 0.5)

        async def one_client(i: int) -> list[str]:
            client = client_a if i % 2 else client_b  # two processes' worth of caches sharing one Redis
            seen = []
            for _ in range(3):
                resp = await client.get("/v1/metrics/summary", params=RANGE)
                assert resp.status_code == 200
                assert resp.json()["total_events"] == warm.json()["total_events"]
                seen.append(resp.headers["x-cache"])
                await asyncio.sleep(0.4)
            return seen

        results = await asyncio.gather(*(one_client(i) for i in range(200)))
        finished_at = time.monotonic()
        for app in (app_a, app_b):  # a recompute started by the last requests may still be running
            await app.state.services.cache.drain()
        served = [how for seen in results for how in seen]
        misses = metric(app_a, "ep_analytics_cache_misses_total", {"endpoint": "summary"}) + metric(
            app_b, "ep_analytics_cache_misses_total", {"endpoint": "summary"}
        )
        stale = metric(app_a, "ep_analytics_cache_stale_total") + metric(app_b, "ep_analytics_cache_stale_total")
    scans = settled_scans(dsn, schema, f"{name}-primary") - start
    computations = scans / per_computation
    windows = 1 + int((finished_at - warmed_at) // ttl)  # TTL periods the run touched, the warm-up's included
    assert len(served) == 600
    assert scans % per_computation == 0
    assert 2 <= computations <= windows, (computations, windows, served.count("miss"))
    assert misses == computations  # the app's own count agrees with the server's
    assert stale + served.count("wait") >= 1  # others were served while one recomputed

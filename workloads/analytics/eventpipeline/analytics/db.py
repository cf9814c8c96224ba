"""One psycopg pool per host (primary + each replica), reads routed by `ReplicaSelector`, metered per host.

Pools are created closed and opened in the lifespan (psycopg docs, advanced/pool). Each pool sets its own
`application_name` (`<app>-primary`, `<app>-replica-0`, ...) so the server can tell which host served a read;
health probes use a separate connection (`<app>-health-replica-0`) so they never muddy that signal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import psycopg
from eventpipeline.analytics.costs import QueryTooExpensive
from eventpipeline.analytics.metrics import Metrics
from eventpipeline.analytics.replicas import (
    LAG_SQL,
    ReplicaSelector,
    ReplicaState,
    check_all,
    health_loop,
    replica_names,
)
from eventpipeline.analytics.settings import AnalyticsSettings
from psycopg import AsyncConnection
from psycopg_pool import AsyncConnectionPool, PoolTimeout

log = logging.getLogger("eventpipeline.analytics.db")
T = TypeVar("T")
Work = Callable[[AsyncConnection[Any]], Awaitable[T]]


class Database:
    def __init__(self, settings: AnalyticsSettings, metrics: Metrics) -> None:
        self._s = settings
        self._metrics = metrics
        self.primary = self._pool(settings.primary_dsn.get_secret_value(), "primary")
        names = replica_names(settings.replica_dsns)
        self.replicas = [
            self._pool(dsn.get_secret_value(), name) for dsn, name in zip(settings.replica_dsns, names, strict=True)
        ]
        self.selector = ReplicaSelector([ReplicaState(n) for n in names], settings.replica_max_lag_seconds)
        self._probes: list[AsyncConnection[Any] | None] = [None] * len(names)
        self._task: asyncio.Task[None] | None = None

    def _conn_kwargs(self, app_name: str) -> dict[str, Any]:
        return {
            "application_name": f"{self._s.application_name}-{app_name}",
            "connect_timeout": self._s.connect_timeout_seconds,
            # JIT compiles for ~0.4 s before a month-long aggregate even starts; these queries never repay it.
            # work_mem: a multi-month distinct over `user_months` spills to disk at the default 4 MB.
            "options": f"-c statement_timeout={self._s.statement_timeout_ms} -c TimeZone=UTC -c jit=off"
            " -c work_mem=32MB",
            "autocommit": True,
            "prepare_threshold": None,  # plan each range afresh: edge and month ranges differ wildly
        }

    def _pool(self, dsn: str, name: str) -> AsyncConnectionPool[AsyncConnection[Any]]:
        return AsyncConnectionPool(
            dsn,
            min_size=self._s.pool_min_size,
            max_size=self._s.pool_max_size,
            timeout=self._s.pool_timeout_seconds,
            kwargs=self._conn_kwargs(name),
            open=False,
            name=f"{self._s.application_name}-{name}",
        )

    async def open(self) -> None:
        """Open every pool without waiting (a dead replica must not block start), then one health round."""
        for pool in (self.primary, *self.replicas):
            await pool.open(wait=False)
        if self.replicas:
            await check_all(self.selector, self._probe, self._s.pool_timeout_seconds)
            self._sync_health_gauges()
            self._task = asyncio.create_task(
                health_loop(
                    self.selector,
                    self._probe,
                    period=self._s.replica_check_seconds,
                    limit_seconds=self._s.pool_timeout_seconds,
                    after=self._sync_health_gauges,
                ),
                name="replica-health",
            )

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for conn in self._probes:
            if conn is not None:
                await conn.close()
        for pool in (self.primary, *self.replicas):
            await pool.close()

    async def _probe(self, index: int) -> float:
        conn = self._probes[index]
        if conn is None or conn.closed or conn.broken:
            conn = await AsyncConnection.connect(
                self._s.replica_dsns[index].get_secret_value(), **self._conn_kwargs(f"health-replica-{index}")
            )
            self._probes[index] = conn
        try:
            cur = await conn.execute(LAG_SQL)
            row = await cur.fetchone()
        except psycopg.Error:
            await conn.close()
            self._probes[index] = None
            raise
        assert row is not None
        lag = float(row[1])
        self._metrics.replica_lag.labels(replica=self.selector.states[index].name).set(lag)
        return lag

    def _sync_health_gauges(self) -> None:
        for state in self.selector.states:
            self._metrics.replica_healthy.labels(replica=state.name).set(1 if state.healthy else 0)

    async def read(self, work: Work[T]) -> T:
        """Run `work` on a healthy replica (in turn), trying the next one and then the primary when a host fails.

        A statement timeout is the question's fault, not the host's: it raises `QueryTooExpensive` at once, without
        trying another host (which would run the same expensive statement again) or marking the replica unhealthy.
        """
        for index in self.selector.pick():
            host = self.selector.states[index].name
            try:
                return await self._run(self.replicas[index], "replica", host, work)
            except PoolTimeout:
                # every connection busy: the replica is slow, not broken; try elsewhere but keep it in rotation
                log.warning("replica pool exhausted; trying the next host", extra={"replica": host})
            except psycopg.errors.QueryCanceled as exc:  # 57014: our statement_timeout (nobody else cancels)
                raise self._too_expensive(exc) from None
            except (psycopg.OperationalError, TimeoutError) as exc:
                log.warning("replica read failed; trying the next host", extra={"replica": host, "error": str(exc)})
                self.selector.mark_failed(index, f"{type(exc).__name__}: {exc}"[:200])
                self._sync_health_gauges()
            except psycopg.errors.SerializationFailure as exc:
                # 40001: a replica cancels a read that conflicts with replaying the primary's WAL; not its fault
                log.warning("replica read conflicted; trying the next host", extra={"replica": host, "error": str(exc)})
        try:
            return await self._run(self.primary, "primary", "primary", work)
        except psycopg.errors.QueryCanceled as exc:
            raise self._too_expensive(exc) from None

    def _too_expensive(self, exc: psycopg.errors.QueryCanceled) -> QueryTooExpensive:
        log.info("query ran past the statement timeout", extra={"error": str(exc)[:200]})
        return QueryTooExpensive(
            f"the query ran longer than {self._s.statement_timeout_ms} ms; narrow the range or the filters"
        )

    async def _run(self, pool: AsyncConnectionPool[AsyncConnection[Any]], role: str, host: str, work: Work[T]) -> T:
        started = time.perf_counter()
        try:
            async with pool.connection() as conn:
                result = await work(conn)
        except Exception:
            self._metrics.db_errors.labels(role=role, host=host).inc()
            raise
        finally:
            self._metrics.db_duration.labels(role=role, host=host).observe(time.perf_counter() - started)
        self._metrics.db_queries.labels(role=role, host=host).inc()
        return result

    async def ready(self) -> bool:
        """Ready when a healthy replica or the primary hands out a working connection (not metered)."""
        pools = [self.replicas[i] for i in self.selector.pick()[:1]] + [self.primary]
        for pool in pools:
            try:
                async with pool.connection() as conn:
                    await conn.execute("SELECT 1")
            except Exception:  # noqa: S112 - readiness is a yes/no; try the next host
                continue
            return True
        return False

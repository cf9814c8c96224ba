"""The Starlette app: auth, validated parameters, cached answers, metrics. Clients live in the lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import orjson
from eventpipeline.analytics.auth import presented_key
from eventpipeline.analytics.cache import Cache, redis_client
from eventpipeline.analytics.costs import KeyConcurrency, QueryRefused
from eventpipeline.analytics.db import Database
from eventpipeline.analytics.metrics import Metrics
from eventpipeline.analytics.openapi import openapi_document
from eventpipeline.analytics.params import (
    ALLOWED,
    Limits,
    ParamError,
    Query,
    SummaryQuery,
    TimeseriesQuery,
    TopQuery,
    cache_key,
    parse_summary,
    parse_timeseries,
    parse_top,
)
from eventpipeline.analytics.queries import Queries, freshness_answer
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.common.httpopenapi import OPENAPI_PATH, openapi_route
from eventpipeline.common.httpserver import ApiKeys, Reply, Shedding, TimedApp
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from psycopg import OperationalError
from psycopg_pool import PoolTimeout
from starlette.applications import Starlette
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

log = logging.getLogger("eventpipeline.analytics.app")

PARSED_ENTRIES = 4096
ROUTES = {f"/v1/metrics/{name}" for name in ALLOWED} | {"/healthz", "/readyz", "/metrics", OPENAPI_PATH}
_JSON: Final = (b"content-type", b"application/json")
_UNAUTHORIZED: Final = Reply(401, orjson.dumps({"error": "unauthorized"}), [_JSON, (b"www-authenticate", b"Bearer")])


def _json(payload: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(payload), status_code=status, media_type="application/json")


def _reply(status: int, payload: Any, *extra: tuple[bytes, bytes]) -> Reply:
    return Reply(status, orjson.dumps(payload), [_JSON, *extra])


@dataclass
class Services:
    """Everything a request needs; built and torn down by the lifespan."""

    settings: AnalyticsSettings
    metrics: Metrics
    keys: ApiKeys
    limits: Limits
    queries: Queries
    per_key: KeyConcurrency
    in_flight: int = 0  # answers being looked up or computed (bounded by settings.max_inflight_requests)
    db: Database | None = None
    cache: Cache | None = None


def _params(query_string: bytes, endpoint: str) -> dict[str, str]:
    """Single-valued, known parameters only: a typo is a 400 rather than a silently ignored filter."""
    out: dict[str, str] = {}
    query = QueryParams(query_string)
    for name in query:
        if name not in ALLOWED[endpoint]:
            allowed = ", ".join(sorted(ALLOWED[endpoint])) or "none"
            raise ParamError(name[:64], f"unknown parameter; allowed: {allowed}")
        values = query.getlist(name)
        if len(values) > 1:
            raise ParamError(name, "given more than once")
        out[name] = values[0]
    return out


class MetricsEndpoint:
    """One `/v1/metrics/*` endpoint as a raw ASGI app that returns its status, so it serves both the timing
    middleware's fast path and (as a class instance, not a function) a Starlette route."""

    def __init__(self, answer: Callable[[Scope], Awaitable[Reply]]) -> None:
        self._answer = answer

    async def __call__(self, scope: Scope, _receive: Receive, send: Send) -> int:
        reply = await self._answer(scope)
        await reply.send(send)
        return reply.status


def create_app(settings: AnalyticsSettings) -> Starlette:
    metrics = Metrics()
    keys = ApiKeys(settings.read_keys_file, kind="read")
    metrics.read_keys.set_function(keys.__len__)
    svc = Services(
        settings=settings,
        metrics=metrics,
        keys=keys,
        limits=Limits(
            max_range=timedelta(days=settings.max_range_days),
            max_buckets=settings.max_buckets,
            max_limit=settings.max_limit,
            max_raw_range=timedelta(days=settings.max_raw_range_days),
        ),
        queries=Queries(settings.db_schema, use_rollups=settings.use_rollups),
        per_key=KeyConcurrency(settings.max_uncached_per_key),
    )
    retry_after = (b"retry-after", str(settings.retry_after_seconds).encode())
    overloaded = _reply(503, {"error": "overloaded"}, retry_after)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        svc.db = Database(settings, metrics)
        await svc.db.open()
        svc.cache = Cache(settings, metrics, redis_client(settings) if settings.redis_url else None)
        metrics.local_cache_bytes.set_function(lambda: svc.cache.local_bytes if svc.cache else 0)
        await svc.cache.warm_up()
        reloader = asyncio.create_task(keys.reload_forever(settings.keys_reload_seconds), name="read-keys-reload")
        # Everything allocated so far lives as long as the process: keep it out of every future collection
        # (fewer, shorter GC pauses in the cached path's tail latency).
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            reloader.cancel()
            await svc.cache.close()
            await svc.db.close()

    # query string -> (cache key, parsed query): the hot path skips parsing and normalizing a string it has seen
    parsed: dict[tuple[str, bytes], tuple[str, Query | None]] = {}

    def endpoint(name: str, parse: Callable[[dict[str, str], Limits], Query] | None) -> MetricsEndpoint:
        async def answer(scope: Scope) -> Reply:
            identity = svc.keys.match(presented_key(scope["headers"]))
            if identity is None:
                return _UNAUTHORIZED
            raw = (name, scope["query_string"])
            known = parsed.get(raw)
            if known is None:
                try:
                    params = _params(scope["query_string"], name)
                    query = parse(params, svc.limits) if parse else None
                except ParamError as exc:
                    return _reply(400, {"error": "invalid parameter", "param": exc.param, "detail": exc.message})
                known = (cache_key(name, query) if query is not None else name, query)
                if len(parsed) >= PARSED_ENTRIES:
                    parsed.clear()  # crude bound; hot dashboards refill it at once
                parsed[raw] = known
            key, query = known
            assert svc.cache is not None
            if svc.in_flight >= settings.max_inflight_requests:
                metrics.http.refused("overloaded")
                return overloaded
            svc.in_flight += 1
            try:
                body, how = await svc.cache.get(key, name, svc.per_key.guard(identity, _computer(svc, query)))
            except QueryRefused as exc:
                extra = (retry_after,) if exc.status == 429 else ()
                return _reply(exc.status, {"error": exc.error, "detail": exc.detail}, *extra)
            except (OperationalError, PoolTimeout) as exc:
                log.warning("database unavailable", extra={"endpoint": name, "error": f"{type(exc).__name__}: {exc}"})
                return _reply(503, {"error": "database unavailable"}, retry_after)
            except Exception:
                log.exception("query failed", extra={"endpoint": name, "key": key})
                return _reply(503, {"error": "database unavailable"}, retry_after)
            finally:
                svc.in_flight -= 1
            if query is None:  # freshness: the age is computed now, from the cached newest timestamp
                body = orjson.dumps(freshness_answer(orjson.loads(body), datetime.now(UTC)))
            return Reply(200, body, [_JSON, (b"x-cache", how.encode())])

        return MetricsEndpoint(answer)

    async def healthz(_: Request) -> Response:
        return _json({"status": "ok"})

    async def readyz(_: Request) -> Response:
        ok = svc.db is not None and await svc.db.ready()
        return _json({"ready": ok}, 200 if ok else 503)

    async def metrics_endpoint(_: Request) -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    answers = {
        "/v1/metrics/summary": endpoint("summary", parse_summary),
        "/v1/metrics/timeseries": endpoint("timeseries", parse_timeseries),
        "/v1/metrics/top": endpoint("top", parse_top),
        "/v1/metrics/freshness": endpoint("freshness", None),
    }
    routes = [
        # GETs never reach these: the timing middleware's fast path serves them. HEAD and the 405s go this way.
        *(Route(path, answer, methods=["GET"]) for path, answer in answers.items()),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics_endpoint),
        openapi_route(openapi_document(svc.limits)),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    shed = Shedding(settings.shed_queue_seconds, overloaded)
    app.add_middleware(TimedApp, metrics=metrics.http, routes=ROUTES, fast={"GET": answers}, shed=shed)
    app.state.services = svc
    return app


def _computer(svc: Services, query: Query | None) -> Callable[[], Awaitable[bytes]]:
    """The database work behind one answer, run on whichever host the router picks."""
    assert svc.db is not None
    db, q = svc.db, svc.queries

    async def compute() -> bytes:
        result: dict[str, Any]
        if isinstance(query, SummaryQuery):
            result = await db.read(lambda conn: q.summary(conn, query))
        elif isinstance(query, TimeseriesQuery):
            result = await db.read(lambda conn: q.timeseries(conn, query))
        elif isinstance(query, TopQuery):
            result = await db.read(lambda conn: q.top(conn, query))
        else:
            result = await db.read(q.newest_event)
        return orjson.dumps(result)

    return compute

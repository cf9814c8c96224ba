"""The Starlette app: auth, validated parameters, cached answers, metrics. Clients live in the lifespan."""

from __future__ import annotations

import contextlib
import gc
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from eventpipeline.analytics.auth import KeyChecker, load_keys
from eventpipeline.analytics.cache import Cache, redis_client
from eventpipeline.analytics.db import Database
from eventpipeline.analytics.metrics import Metrics
from eventpipeline.analytics.params import (
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
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("eventpipeline.analytics.app")

ALLOWED = {
    "summary": {"from", "to", "type", "event", "trait"},
    "timeseries": {"from", "to", "type", "event", "trait", "interval"},
    "top": {"from", "to", "type", "event", "trait", "dimension", "limit"},
    "freshness": set(),
}
PARSED_ENTRIES = 4096
ROUTES = {f"/v1/metrics/{name}" for name in ALLOWED} | {"/healthz", "/readyz", "/metrics"}


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(payload), status_code=status, media_type="application/json", headers=headers)


class Answer(Response):
    """A JSON body with its headers built straight as ASGI bytes: Response.__init__ (header normalization) was
    the largest single cost of a cached answer."""

    media_type = "application/json"

    def __init__(self, body: bytes, how: str) -> None:  # deliberately skips Response.__init__
        self.status_code = 200
        self.body = body
        self.background = None
        self.raw_headers = [
            (b"content-length", str(len(body)).encode()),
            (b"content-type", b"application/json"),
            (b"x-cache", how.encode()),
        ]


@dataclass
class Services:
    """Everything a request needs; built and torn down by the lifespan."""

    settings: AnalyticsSettings
    metrics: Metrics
    keys: KeyChecker
    limits: Limits
    queries: Queries
    db: Database | None = None
    cache: Cache | None = None


Handler = Callable[[Request], Awaitable[Response]]


class MetricsMiddleware:
    """Raw ASGI (cheaper than BaseHTTPMiddleware): contract latency histogram and counter per route.

    It also calls the `/v1/metrics/*` handlers directly (`fast`), skipping Starlette's exception middleware and
    router: on a cache hit those layers were a large share of the request's CPU (docs/benchmarks.md).
    """

    def __init__(self, app: ASGIApp, metrics: Metrics, fast: dict[str, Handler] | None = None) -> None:
        self.app = app
        self.metrics = metrics
        self.fast = fast or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            handler = self.fast.get(scope["path"]) if scope["method"] == "GET" else None
            if handler is not None:
                response = await handler(Request(scope, receive))
                status = response.status_code  # sent as is: no need to watch the messages
                await response(scope, receive, send)
            else:
                await self.app(scope, receive, send_wrapper)
        finally:
            path = scope["path"]
            route = path if path in ROUTES else "other"
            self.metrics.http.observe(route, scope["method"], status, time.perf_counter() - started)


def _params(request: Request, endpoint: str) -> dict[str, str]:
    """Single-valued, known parameters only: a typo is a 400 rather than a silently ignored filter."""
    out: dict[str, str] = {}
    for name in request.query_params:
        if name not in ALLOWED[endpoint]:
            raise ParamError(name, f"unknown parameter; allowed: {', '.join(sorted(ALLOWED[endpoint])) or 'none'}")
        values = request.query_params.getlist(name)
        if len(values) > 1:
            raise ParamError(name, "given more than once")
        out[name] = values[0]
    return out


def create_app(settings: AnalyticsSettings) -> Starlette:
    metrics = Metrics()
    keys = KeyChecker(load_keys(settings.read_keys_file) if settings.read_keys_file else None)
    svc = Services(
        settings=settings,
        metrics=metrics,
        keys=keys,
        limits=Limits(timedelta(days=settings.max_range_days), settings.max_buckets, settings.max_limit),
        queries=Queries(settings.db_schema, use_rollups=settings.use_rollups),
    )
    if not keys.enabled:
        log.warning("no read_keys_file: the API answers without auth (local development only)")

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        svc.db = Database(settings, metrics)
        await svc.db.open()
        svc.cache = Cache(settings, metrics, redis_client(settings) if settings.redis_url else None)
        await svc.cache.warm_up()
        # Everything allocated so far lives as long as the process: keep it out of every future collection
        # (fewer, shorter GC pauses in the cached path's tail latency).
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            await svc.cache.close()
            await svc.db.close()

    # query string -> (cache key, parsed query): the hot path skips parsing and normalizing a string it has seen
    parsed: dict[tuple[str, bytes], tuple[str, Query | None]] = {}

    def endpoint(
        name: str, parse: Callable[[dict[str, str], Limits], Query] | None
    ) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            if not svc.keys.allows(request.scope["headers"]):
                return _json({"error": "unauthorized"}, 401, {"WWW-Authenticate": "Bearer"})
            raw = (name, request.scope["query_string"])
            known = parsed.get(raw)
            if known is None:
                try:
                    params = _params(request, name)
                    query = parse(params, svc.limits) if parse else None
                except ParamError as exc:
                    return _json({"error": "invalid parameter", "param": exc.param, "detail": exc.message}, 400)
                known = (cache_key(name, query) if query is not None else name, query)
                if len(parsed) >= PARSED_ENTRIES:
                    parsed.clear()  # crude bound; hot dashboards refill it at once
                parsed[raw] = known
            key, query = known
            assert svc.cache is not None
            try:
                body, how = await svc.cache.get(key, name, _computer(svc, query))
            except Exception:
                log.exception("query failed", extra={"endpoint": name, "key": key})
                return _json({"error": "database unavailable"}, 503)
            if query is None:  # freshness: the age is computed now, from the cached newest timestamp
                body = orjson.dumps(freshness_answer(orjson.loads(body), datetime.now(UTC)))
            return Answer(body, how)

        return handle

    async def healthz(_: Request) -> Response:
        return _json({"status": "ok"})

    async def readyz(_: Request) -> Response:
        ok = svc.db is not None and await svc.db.ready()
        return _json({"ready": ok}, 200 if ok else 503)

    async def metrics_endpoint(_: Request) -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    routes = [
        Route("/v1/metrics/summary", endpoint("summary", parse_summary)),
        Route("/v1/metrics/timeseries", endpoint("timeseries", parse_timeseries)),
        Route("/v1/metrics/top", endpoint("top", parse_top)),
        Route("/v1/metrics/freshness", endpoint("freshness", None)),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics_endpoint),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    fast = {route.path: route.endpoint for route in routes[:4]}
    app.add_middleware(MetricsMiddleware, metrics=metrics, fast=fast)
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

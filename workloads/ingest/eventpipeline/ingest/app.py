"""The Starlette app: health, readiness, metrics and the lifespan that owns the Kafka producer; the Segment
call routes are served by plain ASGI handlers on the timing middleware's fast path (see handler.py for why)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Callable

import orjson
from eventpipeline.common.httpopenapi import openapi_route
from eventpipeline.common.httpserver import ApiKeys, Shedding, TimedApp
from eventpipeline.ingest.handler import EventHandler, overloaded
from eventpipeline.ingest.metrics import ROUTES, IngestMetrics
from eventpipeline.ingest.openapi import openapi_document
from eventpipeline.ingest.producer import KafkaSink, Sink, producer_config
from eventpipeline.ingest.ratelimit import RateLimiter
from eventpipeline.ingest.settings import IngestSettings
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

log = logging.getLogger("eventpipeline.ingest.app")

SinkFactory = Callable[[IngestSettings, IngestMetrics], Sink]


def kafka_sink(settings: IngestSettings, metrics: IngestMetrics) -> Sink:
    config = producer_config(
        connection=settings.kafka_connection(),
        compression=settings.kafka_compression,
        linger_ms=settings.kafka_linger_ms,
        message_timeout_ms=settings.kafka_message_timeout_ms,
        queue_max_messages=settings.kafka_queue_max_messages,
        extra={key: value.get_secret_value() for key, value in settings.kafka_extra.items()},
    )
    return KafkaSink(
        topic=settings.topic,
        config=config,
        message_timeout_s=settings.kafka_message_timeout_ms / 1000,
        ready_interval_s=settings.ready_check_interval_seconds,
        ready_timeout_s=settings.ready_check_timeout_seconds,
        on_delivered=metrics.delivery_seconds.observe,
        busy_poll_s=settings.kafka_poll_interval_ms / 1000,
    )


def _json(status: int, payload: object) -> Response:
    return Response(orjson.dumps(payload), status_code=status, media_type="application/json")


def create_app(settings: IngestSettings, *, sink_factory: SinkFactory = kafka_sink) -> TimedApp:
    """Build the ASGI app; its lifespan creates and closes the Kafka producer (never at import time)."""
    metrics = IngestMetrics()
    keys = ApiKeys(settings.write_keys_file, kind="write")
    metrics.write_keys.set_function(keys.__len__)
    handler = EventHandler(
        settings=settings,
        metrics=metrics,
        keys=keys,
        limiter=RateLimiter(rate=settings.rate_limit_events_per_second, burst=settings.rate_limit_burst_events),
    )

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        sink = sink_factory(settings, metrics)
        await sink.start()
        handler.sink = sink
        metrics.watch_queue(sink.queue_depth)
        reloader = asyncio.create_task(keys.reload_forever(settings.keys_reload_seconds), name="write-keys-reload")
        # Everything allocated so far lives for the whole process: keep the collector off it, and collect
        # the young generation less often (a request allocates a few hundred short-lived objects).
        gc.collect()
        gc.freeze()
        gc.set_threshold(50_000, 20, 100)
        log.info("ingest started", extra={"topic": settings.topic, "ready": sink.ready})
        try:
            yield
        finally:
            reloader.cancel()
            left = await sink.stop(settings.shutdown_flush_seconds)
            log.info("ingest stopped", extra={"undelivered": left})

    async def healthz(_request: Request) -> Response:
        ok = handler.sink is not None and handler.sink.healthy
        return _json(200 if ok else 503, {"status": "ok" if ok else "failed"})

    async def readyz(_request: Request) -> Response:
        ok = handler.sink is not None and handler.sink.ready
        return _json(200 if ok else 503, {"status": "ready" if ok else "not ready"})

    async def metrics_endpoint(_request: Request) -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    async def method_not_allowed(_request: Request) -> Response:
        return _json(405, {"error": "method_not_allowed"})

    starlette = Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            Route("/metrics", metrics_endpoint, methods=["GET"]),
            openapi_route(openapi_document(settings)),
            # POSTs never reach these: the fast path serves them. Other methods get a 405.
            *(Route(path, method_not_allowed, methods=["GET", "PUT", "DELETE", "PATCH"]) for path in handler.routes()),
        ],
        lifespan=lifespan,
    )
    starlette.state.handler = handler
    shed = Shedding(settings.shed_queue_seconds, overloaded(settings.retry_after_seconds))
    return TimedApp(starlette, metrics.http, routes=ROUTES, fast={"POST": handler.routes()}, shed=shed)

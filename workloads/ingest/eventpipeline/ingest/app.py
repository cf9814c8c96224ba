"""The Starlette app: auth, limits, validation, then an answer only after Kafka acknowledged every event.

Order of checks for an event request (cheapest refusal first): write key (401), content type (415),
rate limit pre-check (429), broker known down (503), body size while streaming (413), validation
(400/413), rate limit for the real event count (429), produce and await every delivery (503 or 202).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import orjson
from eventpipeline.ingest.auth import WriteKeys, credential
from eventpipeline.ingest.metrics import HttpMetricsMiddleware, IngestMetrics
from eventpipeline.ingest.producer import DeliveryFailed, KafkaSink, Sink, producer_config
from eventpipeline.ingest.ratelimit import RateLimiter
from eventpipeline.ingest.settings import IngestSettings
from eventpipeline.ingest.validation import (
    JSON_TYPES,
    NDJSON_TYPES,
    Prepared,
    RequestError,
    media_type,
    parse_batch,
    parse_single,
    utc_now_iso,
)
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

log = logging.getLogger("eventpipeline.ingest.app")

SinkFactory = Callable[[IngestSettings, IngestMetrics], Sink]


def kafka_sink(settings: IngestSettings, metrics: IngestMetrics) -> Sink:
    config = producer_config(
        bootstrap=settings.kafka_bootstrap,
        compression=settings.kafka_compression,
        linger_ms=settings.kafka_linger_ms,
        message_timeout_ms=settings.kafka_message_timeout_ms,
        queue_max_messages=settings.kafka_queue_max_messages,
        extra=settings.kafka_extra,
    )
    return KafkaSink(
        topic=settings.topic,
        config=config,
        message_timeout_s=settings.kafka_message_timeout_ms / 1000,
        ready_interval_s=settings.ready_check_interval_seconds,
        ready_timeout_s=settings.ready_check_timeout_seconds,
        on_delivered=metrics.delivery_seconds.observe,
    )


def _json(status: int, payload: object, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(payload), status_code=status, media_type="application/json", headers=headers)


_UNAUTHORIZED = orjson.dumps({"error": "unauthorized"})


@dataclass
class Ingest:
    """The request handlers and the state they share; one per app."""

    settings: IngestSettings
    metrics: IngestMetrics
    keys: WriteKeys
    limiter: RateLimiter
    sink: Sink | None = None

    async def events(self, request: Request) -> Response:
        return await self._handle(request, batch=False)

    async def batch(self, request: Request) -> Response:
        return await self._handle(request, batch=True)

    async def _handle(self, request: Request, *, batch: bool) -> Response:
        headers = request.headers
        identity = self.keys.match(credential(headers.get("authorization"), headers.get("x-write-key")))
        if identity is None:
            self.metrics.reject("unauthorized")
            return Response(_UNAUTHORIZED, 401, {"WWW-Authenticate": "Bearer"}, "application/json")
        kind = media_type(headers.get("content-type"))
        ndjson = kind in NDJSON_TYPES
        if kind not in JSON_TYPES and not (batch and ndjson):
            self.metrics.reject("unsupported_media_type")
            allowed = "application/json or application/x-ndjson" if batch else "application/json"
            return _json(415, {"error": "unsupported_media_type", "errors": [f"Content-Type: must be {allowed}"]})
        wait = self.limiter.retry_after(identity)
        if wait:
            return self._rate_limited(wait, 0)
        sink = self.sink
        assert sink is not None
        if not sink.available:
            return self._unavailable("kafka_unavailable", 0, "Kafka is unreachable")
        settings = self.settings
        limit = settings.max_batch_bytes if batch else settings.max_event_bytes
        try:
            body = await _read_body(request, limit)
            received_at = utc_now_iso()
            prepared: Prepared = (
                parse_batch(
                    body,
                    ndjson=ndjson,
                    received_at=received_at,
                    max_event_bytes=settings.max_event_bytes,
                    max_batch_events=settings.max_batch_events,
                    max_errors=settings.max_errors_reported,
                )
                if batch
                else parse_single(body, received_at=received_at, max_event_bytes=settings.max_event_bytes)
            )
        except RequestError as exc:
            self.metrics.reject(exc.reason)
            # A 413 may leave most of a huge body unread: close the connection rather than drain it.
            close = {"Connection": "close"} if exc.status == 413 else None
            return _json(exc.status, {"error": exc.reason, "errors": exc.errors}, close)
        count = len(prepared.ids)
        wait = self.limiter.take(identity, count)
        if wait:
            return self._rate_limited(wait, count)
        try:
            await sink.send(prepared.keys, prepared.values)
        except DeliveryFailed as exc:
            return self._unavailable(exc.reason, count, str(exc))
        self.metrics.events_accepted.inc(count)
        return _json(202, {"accepted": count, "event_ids": prepared.ids})

    def _rate_limited(self, wait: int, events: int) -> Response:
        self.metrics.reject("rate_limited", events)
        return _json(429, {"error": "rate_limited"}, {"Retry-After": str(wait)})

    def _unavailable(self, reason: str, events: int, detail: str) -> Response:
        self.metrics.reject(reason, events)
        log.warning("events refused: kafka", extra={"reason": reason, "events": events, "detail": detail})
        retry = str(self.settings.retry_after_seconds)
        return _json(503, {"error": "unavailable", "reason": reason, "retry": True}, {"Retry-After": retry})

    async def healthz(self, _request: Request) -> Response:
        ok = self.sink is not None and self.sink.healthy
        return _json(200 if ok else 503, {"status": "ok" if ok else "failed"})

    async def readyz(self, _request: Request) -> Response:
        ok = self.sink is not None and self.sink.ready
        return _json(200 if ok else 503, {"status": "ready" if ok else "not ready"})

    async def metrics_endpoint(self, _request: Request) -> Response:
        return Response(generate_latest(self.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    async def reload_keys_forever(self) -> None:
        while True:
            await asyncio.sleep(self.settings.keys_reload_seconds)
            self.keys.reload_if_changed()
            self.metrics.write_keys.set(len(self.keys))


async def _read_body(request: Request, limit: int) -> bytes:
    """Read at most `limit` bytes: refuse on Content-Length up front, or as soon as the stream passes the cap."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise RequestError(400, "invalid", ["Content-Length: not a number"])
        if int(declared) > limit:
            raise RequestError(413, "too_large", [f"body: {declared} bytes; the limit is {limit}"])
    buffer = bytearray()
    async for chunk in request.stream():
        buffer += chunk
        if len(buffer) > limit:
            raise RequestError(413, "too_large", [f"body: more than {limit} bytes; the limit is {limit}"])
    return bytes(buffer)


def create_app(settings: IngestSettings, *, sink_factory: SinkFactory = kafka_sink) -> Starlette:
    """Build the app; its lifespan creates and closes the Kafka producer (never at import time)."""
    metrics = IngestMetrics()
    keys = WriteKeys(settings.write_keys_file)
    metrics.write_keys.set(len(keys))
    ingest = Ingest(
        settings=settings,
        metrics=metrics,
        keys=keys,
        limiter=RateLimiter(rate=settings.rate_limit_events_per_second, burst=settings.rate_limit_burst_events),
    )

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        sink = sink_factory(settings, metrics)
        await sink.start()
        ingest.sink = sink
        metrics.watch_queue(sink.queue_depth)
        reloader = asyncio.create_task(ingest.reload_keys_forever(), name="write-keys-reload")
        log.info("ingest started", extra={"topic": settings.topic, "ready": sink.ready})
        try:
            yield
        finally:
            reloader.cancel()
            left = await sink.stop(settings.shutdown_flush_seconds)
            log.info("ingest stopped", extra={"undelivered": left})

    routes = [
        Route("/v1/events", ingest.events, methods=["POST"]),
        Route("/v1/batch", ingest.batch, methods=["POST"]),
        Route("/healthz", ingest.healthz, methods=["GET"]),
        Route("/readyz", ingest.readyz, methods=["GET"]),
        Route("/metrics", ingest.metrics_endpoint, methods=["GET"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(HttpMetricsMiddleware, metrics=metrics)])
    app.state.ingest = ingest
    return app

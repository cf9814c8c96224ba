"""The event endpoints as plain ASGI callables: the hot path skips Starlette's request objects, routing and
exception middlewares (about a third of the CPU of a single-event request went there; see
docs/benchmarks.md). Everything else (health, metrics, 404/405, the lifespan) is the Starlette app.

Order of checks (cheapest refusal first): write key (401), content type (415), rate limit pre-check (429),
broker known down (503), body size while streaming (413), validation (400/413), rate limit for the real
event count (429), produce and await every delivery report (503, or 202 with the ids).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from time import perf_counter
from typing import Final

import orjson
from eventpipeline.ingest.auth import WriteKeys, credential
from eventpipeline.ingest.metrics import IngestMetrics
from eventpipeline.ingest.producer import DeliveryFailed, Sink
from eventpipeline.ingest.ratelimit import RateLimiter
from eventpipeline.ingest.settings import IngestSettings
from eventpipeline.ingest.throttle import LogThrottle
from eventpipeline.ingest.validation import (
    JSON_TYPES,
    NDJSON_TYPES,
    RequestError,
    media_type,
    parse_batch,
    parse_single,
    utc_now_iso,
)
from starlette.types import Receive, Scope, Send

log = logging.getLogger("eventpipeline.ingest.handler")

Headers = list[tuple[bytes, bytes]]
_JSON: Final = (b"content-type", b"application/json")
_UNAUTHORIZED: Final = orjson.dumps({"error": "unauthorized"})


class _Disconnected(Exception):
    """The client went away before sending its whole body: nothing to answer."""


@dataclass
class Reply:
    status: int
    body: bytes
    headers: Headers = field(default_factory=list)


def _reply(status: int, payload: object, *extra: tuple[bytes, bytes]) -> Reply:
    return Reply(status, orjson.dumps(payload), [_JSON, *extra])


@dataclass
class EventHandler:
    """`POST /v1/events` (batch=False) and `POST /v1/batch` (batch=True)."""

    settings: IngestSettings
    metrics: IngestMetrics
    keys: WriteKeys
    limiter: RateLimiter
    sink: Sink | None = None
    inflight: int = 0
    log_throttle: LogThrottle = field(default_factory=LogThrottle)

    async def events(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._serve(scope, receive, send, batch=False)

    async def batch(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._serve(scope, receive, send, batch=True)

    async def _serve(self, scope: Scope, receive: Receive, send: Send, *, batch: bool) -> None:
        """Answer and record the contract's HTTP metrics here (no wrapping `send` per request, as a
        middleware must); as HttpMetricsMiddleware does, a request that got no answer counts as 500."""
        started = perf_counter()
        status = 500
        try:
            reply = await self.handle(scope["headers"], receive, batch=batch)
            headers = [*reply.headers, (b"content-length", str(len(reply.body)).encode())]
            status = reply.status
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": reply.body})
        except _Disconnected:
            self.metrics.reject("client_disconnected")
        finally:
            self.metrics.observe_http(scope["path"], "POST", status, perf_counter() - started)

    async def handle(self, raw_headers: Headers, receive: Receive, *, batch: bool) -> Reply:
        authorization = write_key = content_type = content_length = None
        for name, value in raw_headers:  # ASGI header names are lower-case
            if name == b"authorization":
                authorization = value.decode("latin-1")
            elif name == b"x-write-key":
                write_key = value.decode("latin-1")
            elif name == b"content-type":
                content_type = value.decode("latin-1")
            elif name == b"content-length":
                content_length = value.decode("latin-1")
        identity = self.keys.match(credential(authorization, write_key))
        if identity is None:
            self.metrics.reject("unauthorized")
            return Reply(401, _UNAUTHORIZED, [_JSON, (b"www-authenticate", b"Bearer")])
        kind = media_type(content_type)
        ndjson = kind in NDJSON_TYPES
        if kind not in JSON_TYPES and not (batch and ndjson):
            self.metrics.reject("unsupported_media_type")
            allowed = "application/json or application/x-ndjson" if batch else "application/json"
            return _reply(415, {"error": "unsupported_media_type", "errors": [f"Content-Type: must be {allowed}"]})
        wait = self.limiter.retry_after(identity)
        if wait:
            return self._rate_limited(wait, 0)
        sink = self.sink
        assert sink is not None, "the lifespan sets the sink"
        if not sink.available:
            return self._unavailable("kafka_unavailable", 0, "Kafka is unreachable")
        if self.inflight >= self.settings.max_inflight_requests:
            return self._unavailable("overloaded", 0, f"{self.inflight} requests in flight")
        self.inflight += 1
        try:
            return await self._accept(receive, identity, content_length, batch=batch, ndjson=ndjson, sink=sink)
        finally:
            self.inflight -= 1

    async def _accept(
        self, receive: Receive, identity: bytes, content_length: str | None, *, batch: bool, ndjson: bool, sink: Sink
    ) -> Reply:
        """Read, validate, rate-limit and produce one admitted request."""
        settings = self.settings
        try:
            body = await read_body(
                receive, content_length, settings.max_batch_bytes if batch else settings.max_event_bytes
            )
            received_at = utc_now_iso()
            if batch:
                prepared = parse_batch(
                    body,
                    ndjson=ndjson,
                    received_at=received_at,
                    max_event_bytes=settings.max_event_bytes,
                    max_batch_events=settings.max_batch_events,
                    max_errors=settings.max_errors_reported,
                )
            else:
                prepared = parse_single(body, received_at=received_at, max_event_bytes=settings.max_event_bytes)
        except RequestError as exc:
            self.metrics.reject(exc.reason)
            payload = {"error": exc.reason, "errors": exc.errors}
            if exc.status == 413:  # most of a huge body may be unread: close rather than drain it
                return _reply(413, payload, (b"connection", b"close"))
            return _reply(exc.status, payload)
        count = len(prepared.ids)
        wait = self.limiter.take(identity, count)
        if wait:
            return self._rate_limited(wait, count)
        try:
            await sink.send(prepared.keys, prepared.values)
        except DeliveryFailed as exc:
            return self._unavailable(exc.reason, count, str(exc))
        self.metrics.events_accepted.inc(count)
        return _reply(202, {"accepted": count, "event_ids": prepared.ids})

    def _rate_limited(self, wait: int, events: int) -> Reply:
        self.metrics.reject("rate_limited", events)
        return _reply(429, {"error": "rate_limited"}, (b"retry-after", str(wait).encode()))

    def _unavailable(self, reason: str, events: int, detail: str) -> Reply:
        self.metrics.reject(reason, events)
        refused = self.log_throttle.allow(reason)
        if refused:  # the metric counts every refusal; the log says how many this line stands for
            log.warning(
                "events refused: kafka",
                extra={"reason": reason, "events": events, "detail": detail, "requests_since_last_line": refused},
            )
        retry = str(self.settings.retry_after_seconds).encode()
        return _reply(503, {"error": "unavailable", "reason": reason, "retry": True}, (b"retry-after", retry))


async def read_body(receive: Receive, declared: str | None, limit: int) -> bytes:
    """Read at most `limit` bytes: refuse on Content-Length up front, or as soon as the stream passes the cap."""
    if declared is not None:
        if not declared.isdigit():
            raise RequestError(400, "invalid", ["Content-Length: not a number"])
        if int(declared) > limit:
            raise RequestError(413, "too_large", [f"body: {declared} bytes; the limit is {limit}"])
    message = await receive()
    if message["type"] == "http.disconnect":
        raise _Disconnected
    body: bytes = message.get("body", b"")
    if not message.get("more_body", False):  # the common case: one message, no copy
        if len(body) > limit:
            raise RequestError(413, "too_large", [f"body: more than {limit} bytes; the limit is {limit}"])
        return body
    buffer = bytearray(body)
    while True:
        if len(buffer) > limit:
            raise RequestError(413, "too_large", [f"body: more than {limit} bytes; the limit is {limit}"])
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        buffer += message.get("body", b"")
        if not message.get("more_body", False):
            break
    if len(buffer) > limit:
        raise RequestError(413, "too_large", [f"body: more than {limit} bytes; the limit is {limit}"])
    return bytes(buffer)

"""The Segment calls as plain ASGI callables: the hot path skips Starlette's request objects, routing and
exception middlewares (about a third of the CPU of a single-event request went there; see
docs/benchmarks.md). Everything else (health, metrics, 404/405, the lifespan) is the Starlette app.

Order of checks (cheapest refusal first): a write key in a header (401), content type and encoding (415), rate
limit pre-check (429), broker known down (503), body size while streaming and once inflated (413), a write key in
the body when no header had one (401), validation (400/413), rate limit for the real event count (429), produce
and await every delivery report (503, or 200 `{"success": true}` once Kafka acknowledged every record).
Answers are what Segment's SDKs read: 200 on success, and on errors a JSON object with `code` and `message`
(the SDKs retry 429 and 5xx, honouring Retry-After, and give up on other 4xx).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Final

import orjson
from eventpipeline.common.httpserver import CLIENT_CLOSED, ApiKeys, FastHandler, Headers, Reply
from eventpipeline.ingest.auth import credential
from eventpipeline.ingest.body import ENCODINGS, Disconnected, decode_content, read_body
from eventpipeline.ingest.log_throttle import LogThrottle
from eventpipeline.ingest.metrics import IngestMetrics
from eventpipeline.ingest.producer import DeliveryFailed, Sink
from eventpipeline.ingest.ratelimit import RateLimiter
from eventpipeline.ingest.settings import IngestSettings
from eventpipeline.ingest.validation import (
    JSON_TYPES,
    NDJSON_TYPES,
    Envelope,
    Limits,
    RequestError,
    load_batch,
    load_single,
    media_type,
    prepare,
)
from starlette.types import Receive, Scope, Send

log = logging.getLogger("eventpipeline.ingest.handler")

_JSON: Final = (b"content-type", b"application/json")
CALLS: Final = {f"/v1/{call}": call for call in ("track", "identify", "page", "screen", "group", "alias")}
"""The single-call routes and their call type; `/v1/batch` and `/v1/import` (its Segment alias) take any."""
BATCH_ROUTES: Final = frozenset({"/v1/batch", "/v1/import"})


def _reply(status: int, payload: object, *extra: tuple[bytes, bytes]) -> Reply:
    return Reply(status, orjson.dumps(payload), [_JSON, *extra])


def _error(status: int, code: str, errors: list[str], *extra: tuple[bytes, bytes], **more: object) -> Reply:
    """Segment's SDKs read `code` and `message` from an error answer; `errors` lists every problem found."""
    payload = {"success": False, "code": code, "message": errors[0], "errors": errors, **more}
    return _reply(status, payload, *extra)


_UNAUTHORIZED: Final = _error(401, "unauthorized", ["write key missing or unknown"], (b"www-authenticate", b"Basic"))


def unavailable(reason: str, retry_after_seconds: int) -> Reply:
    """503 + Retry-After: nothing of the request is promised; the SDKs retry it with the same messageIds."""
    retry = (b"retry-after", str(retry_after_seconds).encode())
    return _error(503, "unavailable", [f"unavailable: {reason}"], retry, reason=reason, retry=True)


def overloaded(retry_after_seconds: int) -> Reply:
    """The answer to a request shed because the process could not start it in time (`httpserver.Shedding`)."""
    return unavailable("overloaded", retry_after_seconds)


@dataclass
class _Request:
    identity: bytes | None
    content_length: str | None
    encoding: str
    ndjson: bool
    call: str | None  # None: a batch


@dataclass
class EventHandler:
    """Every Segment call route (`serve`, routed by path)."""

    settings: IngestSettings
    metrics: IngestMetrics
    keys: ApiKeys
    limiter: RateLimiter
    sink: Sink | None = None
    inflight: int = 0
    log_throttle: LogThrottle = field(default_factory=LogThrottle)

    @cached_property
    def limits(self) -> Limits:
        s = self.settings
        return Limits(
            max_event_bytes=s.max_event_bytes,
            max_batch_events=s.max_batch_events,
            max_errors=s.max_errors_reported,
            max_age=s.max_event_age,
            max_future=s.max_future,
        )

    def routes(self) -> dict[str, FastHandler]:
        """Path -> ASGI callable, for the timing middleware's fast path."""
        return {path: self.serve for path in (*CALLS, *BATCH_ROUTES)}

    async def serve(self, scope: Scope, receive: Receive, send: Send) -> int:
        """Answer; the status goes to the timing middleware (TimedApp). A client gone (or timed out) before its
        whole body arrived gets no answer and counts as 499, not as a server error."""
        try:
            reply = await self.handle(scope["headers"], receive, call=CALLS.get(scope["path"]))
        except Disconnected:
            self.metrics.reject("client_disconnected")
            return CLIENT_CLOSED
        await reply.send(send)
        return reply.status

    async def handle(self, raw_headers: Headers, receive: Receive, *, call: str | None) -> Reply:
        authorization = write_key = content_type = content_length = encoding = None
        for name, value in raw_headers:  # ASGI header names are lower-case
            if name == b"authorization":
                authorization = value.decode("latin-1")
            elif name == b"x-write-key":
                write_key = value.decode("latin-1")
            elif name == b"content-type":
                content_type = value.decode("latin-1")
            elif name == b"content-length":
                content_length = value.decode("latin-1")
            elif name == b"content-encoding":
                encoding = value.decode("latin-1").strip().lower()
        presented = credential(authorization, write_key)
        identity = None
        if presented is not None:  # a key in a header is final: a wrong one is not retried from the body
            identity = self.keys.match(presented)
            if identity is None:
                self.metrics.reject("unauthorized")
                return _UNAUTHORIZED
        kind = media_type(content_type)
        ndjson = kind in NDJSON_TYPES
        if kind not in JSON_TYPES and not (call is None and ndjson):
            self.metrics.reject("unsupported_media_type")
            allowed = "application/json or application/x-ndjson" if call is None else "application/json"
            return _error(415, "unsupported_media_type", [f"Content-Type: must be {allowed}"])
        if (encoding or "") not in ENCODINGS:
            self.metrics.reject("unsupported_media_type")
            return _error(415, "unsupported_media_type", ["Content-Encoding: must be gzip or identity"])
        if identity is not None and (wait := self.limiter.retry_after(identity)):
            return self._rate_limited(wait, 0)
        sink = self.sink
        assert sink is not None, "the lifespan sets the sink"
        if not sink.available:
            return self._unavailable("kafka_unavailable", 0, "Kafka is unreachable")
        if self.inflight >= self.settings.max_inflight_requests:
            return self._unavailable("overloaded", 0, f"{self.inflight} requests in flight")
        self.inflight += 1
        try:
            request = _Request(identity, content_length, encoding or "", ndjson, call)
            return await self._accept(receive, request, sink)
        finally:
            self.inflight -= 1

    async def _accept(self, receive: Receive, request: _Request, sink: Sink) -> Reply:
        """Read, authenticate (body key), validate, rate-limit and produce one admitted request."""
        settings = self.settings
        limit = settings.max_batch_bytes if request.call is None else settings.max_event_bytes
        identity = request.identity
        try:
            body = decode_content(await read_body(receive, request.content_length, limit), request.encoding, limit)
            envelope = self._load(body, request)
            if identity is None:
                identity = self.keys.match(envelope.write_key.encode() if envelope.write_key else None)
                if identity is None:
                    self.metrics.reject("unauthorized")
                    return _UNAUTHORIZED
            received_at = datetime.now(UTC)
            prepared = prepare(envelope, call=request.call, received_at=received_at, limits=self.limits)
        except RequestError as exc:
            self.metrics.reject(exc.reason)
            if exc.status == 413:  # most of a huge body may be unread: close rather than drain it
                return _error(413, exc.reason, exc.errors, (b"connection", b"close"))
            return _error(exc.status, exc.reason, exc.errors)
        count = len(prepared.ids)
        wait = self.limiter.take(identity, count)
        if wait:
            return self._rate_limited(wait, count)
        try:
            await sink.send(prepared.keys, prepared.values)
        except DeliveryFailed as exc:
            return self._unavailable(exc.reason, count, str(exc))
        self.metrics.events_accepted.inc(count)
        return _reply(200, {"success": True, "accepted": count, "messageIds": prepared.message_ids})

    def _load(self, body: bytes, request: _Request) -> Envelope:
        if request.call is not None:
            return load_single(body)
        return load_batch(body, ndjson=request.ndjson, max_events=self.settings.max_batch_events)

    def _rate_limited(self, wait: int, events: int) -> Reply:
        self.metrics.reject("rate_limited", events)
        return _error(429, "rate_limited", ["rate limited: retry later"], (b"retry-after", str(wait).encode()))

    def _unavailable(self, reason: str, events: int, detail: str) -> Reply:
        self.metrics.reject(reason, events)
        refused = self.log_throttle.allow(reason)
        if refused:  # the metric counts every refusal; the log says how many this line stands for
            log.warning(
                "events refused: kafka",
                extra={"reason": reason, "events": events, "detail": detail, "requests_since_last_line": refused},
            )
        return unavailable(reason, self.settings.retry_after_seconds)

"""The plumbing both HTTP tiers (ingest, analytics) share: the contract's request metrics, one timing middleware with
a fast path and overload shedding, API keys read from a mounted Secret file and re-read when it changes, and the
uvicorn settings (with the read deadlines of `httpguard`).

The metric names, labels and buckets are the contract with the autoscaler (`httpmetrics.py`); this module records them.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import uvicorn
from eventpipeline.common.httpguard import ARRIVED, ReadLimits, guarded_protocol
from eventpipeline.common.httpmetrics import BUCKETS, DURATION, LABELS, LOOP_CPU, REFUSALS, REQUESTS
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.metrics_core import CounterMetricFamily, Metric
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("eventpipeline.common.httpserver")

# Distinct (route, method, status) series kept before the cache of label children starts over.
MAX_CACHED_SERIES: Final = 1000
OTHER_ROUTE: Final = "other"

Headers = list[tuple[bytes, bytes]]
# A handler on the fast path answers the request itself and returns the status it sent.
FastHandler = Callable[[Scope, Receive, Send], Awaitable[int]]
CLIENT_CLOSED: Final = 499
"""The status recorded for a request whose client went away (or timed out) before it could be answered: nginx's
"client closed request". Nothing is sent; it is not a server error."""


class _LoopCpu(Collector):
    """CPU seconds of the thread that built it (the event loop's: uvicorn runs the app's loop in the main thread)."""

    def __init__(self) -> None:
        self._clock = time.pthread_getcpuclockid(threading.get_ident())

    def collect(self) -> list[Metric]:
        family = CounterMetricFamily(LOOP_CPU, "CPU time of the event-loop thread (its rate: how busy the process is).")
        family.add_metric([], time.clock_gettime(self._clock))
        return [family]


class HttpMetrics:
    """The contract's histogram and counter on `registry`; `observe` is the hot path (label children cached)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.duration = Histogram(DURATION, "HTTP request latency.", LABELS, buckets=BUCKETS, registry=registry)
        self.requests = Counter(REQUESTS, "HTTP requests served.", LABELS, registry=registry)
        self.refusals = Counter(
            REFUSALS,
            "Requests the plumbing refused itself (read deadlines, header size, shed).",
            ["reason"],
            registry=registry,
        )
        registry.register(_LoopCpu())
        self._children: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    def refused(self, reason: str) -> None:
        self.refusals.labels(reason).inc()

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        key = (route, method, status)
        children = self._children.get(key)
        if children is None:  # labels() costs a lock and a dict lookup: cache the pair
            if len(self._children) >= MAX_CACHED_SERIES:
                self._children.clear()
            children = (
                self.duration.labels(route, method, str(status)),
                self.requests.labels(route, method, str(status)),
            )
            self._children[key] = children
        children[0].observe(seconds)
        children[1].inc()


@dataclass(slots=True)
class Reply:
    """A whole answer, sent as two raw ASGI messages: no Response object on the hot paths (its header
    normalization was the largest single cost of a cached analytics answer; see docs/benchmarks.md)."""

    status: int
    body: bytes
    headers: Headers = field(default_factory=list)

    async def send(self, send: Send) -> None:
        headers = [*self.headers, (b"content-length", str(len(self.body)).encode())]
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": self.body})


@dataclass(frozen=True)
class Shedding:
    """Overload shedding on the fast paths: a request that waited more than `after_seconds` in this process before
    its handler could start gets `reply` (a 503 with Retry-After) at once. The wait is measured from the moment its
    headers were parsed (`httpguard.ARRIVED`): when the event loop is saturated, requests queue in front of it, and a
    quick refusal costs a fraction of an answer, so shedding the ones that already waited too long keeps the loop's
    queue short, the accepted answers fast, and the refusals fast too. 0 turns it off."""

    after_seconds: float
    reply: Reply


class TimedApp:
    """Pure ASGI middleware (BaseHTTPMiddleware costs a task per request) that times every HTTP request into
    `metrics`, labelled with its path when it is one of `routes`, else `other` (bounded cardinality).

    The time recorded is the server's: from the moment the request's headers were parsed (its wait in this process
    included) to the end of the answer, less the time the app spent waiting in `receive()` for body bytes the client
    had not sent yet. So a client that trickles its body adds nothing, and the autoscaler's latency is what more
    replicas could improve.

    `fast[method][path]` is served by its handler directly, skipping the wrapped app's request objects, router and
    exception middlewares (about a third of a small request's CPU; docs/benchmarks.md), and without wrapping `send`:
    the handler returns its status. With `shed`, a fast-path request that waited too long is refused (`Shedding`).
    A request that got no answer (an exception) counts as 500.
    """

    def __init__(
        self,
        app: ASGIApp,
        metrics: HttpMetrics,
        *,
        routes: Collection[str],
        fast: Mapping[str, Mapping[str, FastHandler]] | None = None,
        shed: Shedding | None = None,
    ) -> None:
        self._app = app
        self._metrics = self.metrics = metrics
        self._routes = frozenset(routes)
        self._fast = {method: dict(handlers) for method, handlers in (fast or {}).items()}
        self._shed = shed if shed is not None and shed.after_seconds > 0 else None
        unlabelled = {path for handlers in self._fast.values() for path in handlers} - self._routes
        if unlabelled:
            raise ValueError(f"fast paths missing from routes: {sorted(unlabelled)}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = time.perf_counter()
        arrived: float = scope.get(ARRIVED, started)
        status = 500
        path: str = scope["path"]
        method: str = scope["method"]
        handlers = self._fast.get(method)
        handler = handlers.get(path) if handlers is not None else None
        waited = 0.0  # in receive(), for body bytes the client had not sent yet

        async def timed_receive() -> Message:
            nonlocal waited
            before = time.perf_counter()
            message = await receive()
            waited += time.perf_counter() - before
            return message

        try:
            if handler is not None:
                shed = self._shed
                if shed is not None and started - arrived > shed.after_seconds:
                    self._metrics.refused("overloaded")
                    await shed.reply.send(send)
                    status = shed.reply.status
                    return
                status = await handler(scope, timed_receive, send)
                return

            async def send_wrapper(message: Message) -> None:
                nonlocal status
                if message["type"] == "http.response.start":
                    status = message["status"]
                await send(message)

            await self._app(scope, timed_receive, send_wrapper)
        finally:
            route = path if path in self._routes else OTHER_ROUTE
            self._metrics.observe(route, method, status, time.perf_counter() - arrived - waited)


def read_keys(path: Path) -> list[bytes]:
    """One key per line; blank lines and `#` comments are skipped; surrounding whitespace is ignored."""
    keys = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key = line.strip()
        if key and not key.startswith("#"):
            keys.append(key.encode())
    return keys


class ApiKeys:
    """The keys in `path` (a mounted Secret), as SHA-256 digests, re-read when the file changes.

    A tier cannot be built without a keys file: there is no open mode. A file that cannot be read, or holds no
    keys, leaves the tier answering 401 to everything (logged) until it can and does: fail closed, and recover
    without a restart when the Secret is fixed. A key is compared as a digest (hiding its length) against every
    known key (no early exit), so timing tells neither a key nor which one matched.
    """

    def __init__(self, path: Path, *, kind: str) -> None:
        self._path = path
        self._kind = kind
        self._digests: list[bytes] = []
        self._stamp: tuple[int, int, int] | None = None
        self.reload_if_changed()

    def __len__(self) -> int:
        return len(self._digests)

    def reload_if_changed(self) -> bool:
        """Re-read the file when its inode, size or mtime changed (a Secret update swaps a symlink)."""
        try:
            st = self._path.stat()
        except OSError as exc:
            log.error(f"{self._kind} keys file unreadable; keeping the previous keys", extra={"error": str(exc)})
            return False
        stamp = (st.st_ino, st.st_size, st.st_mtime_ns)
        if stamp == self._stamp:
            return False
        try:
            keys = read_keys(self._path)
        except (OSError, UnicodeDecodeError) as exc:
            log.error(f"{self._kind} keys file unreadable; keeping the previous keys", extra={"error": str(exc)})
            return False
        self._digests = [hashlib.sha256(k).digest() for k in keys]
        self._stamp = stamp
        log.info(f"{self._kind} keys loaded", extra={"keys": len(keys), "path": str(self._path)})
        if not keys:
            log.warning(f"no {self._kind} keys: every request that needs one will get 401")
        return True

    def match(self, candidate: bytes | None) -> bytes | None:
        """The matching key's digest (an identity, e.g. for rate limiting), or None; compares against every key."""
        if candidate is None:
            return None
        digest = hashlib.sha256(candidate).digest()
        found: bytes | None = None
        for known in self._digests:
            if hmac.compare_digest(digest, known):
                found = known
        return found

    async def reload_forever(self, interval_seconds: float) -> None:
        """Re-check the file every `interval_seconds` until cancelled (run it as a task of the app's lifespan)."""
        while True:
            await asyncio.sleep(interval_seconds)
            self.reload_if_changed()


def serve(
    app: ASGIApp,
    *,
    host: str,
    port: int,
    keepalive_seconds: int,
    limits: ReadLimits,
    metrics: HttpMetrics,
    **tuning: Any,
) -> None:
    """Run `app` with uvicorn as both tiers do: uvloop and httptools with the read deadlines and header cap of
    `limits` (`httpguard`; refusals counted in `metrics`), the lifespan on, our JSON logging, no access log (the
    metrics count requests; a line per request costs throughput), no proxy-header middleware (no client address is
    used), and idle keep-alive connections kept `keepalive_seconds` (uvicorn's 5 s raced clients reusing them).
    `tuning` adds a tier's own uvicorn options. uvicorn finishes in-flight requests on SIGTERM, then runs the
    lifespan's shutdown."""
    uvicorn.run(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http=guarded_protocol(limits, metrics.refused),
        lifespan="on",
        access_log=False,
        log_config=None,
        proxy_headers=False,
        timeout_keep_alive=keepalive_seconds,
        **tuning,
    )

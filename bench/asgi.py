"""`python -m bench asgi`: CPU per request of each HTTP tier's ASGI app in-process (a fake Kafka sink, a fake cache),
i.e. what our own HTTP plumbing and handlers cost without the network, the broker or vegeta, which on a shared
2-core box swamp a difference of microseconds. Baseline, same run: a bare Starlette route answering the same bytes
(the router and request objects the tiers' fast path skips). Several rounds; the minimum is the figure (contention
only ever adds)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from eventpipeline.analytics.app import create_app as analytics_app
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.ingest.app import create_app as ingest_app
from eventpipeline.ingest.settings import IngestSettings
from pydantic import SecretStr
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

App = Callable[[dict[str, Any], Any, Any], Awaitable[None]]
EVENT = json.dumps({"type": "page_view", "user_id": "u1", "properties": {"path": "/pricing"}}).encode()
RANGE = b"from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z"


class FakeSink:
    available = ready = healthy = True

    async def start(self) -> None:
        return None

    async def stop(self, _flush_timeout_s: float) -> int:
        return 0

    def queue_depth(self) -> int:
        return 0

    async def send(self, _keys: Sequence[bytes | None], _values: Sequence[bytes]) -> float:
        return 0.0


class FakeCache:
    async def get(self, _key: str, _name: str, _compute: object) -> tuple[bytes, str]:
        return b'{"total_events":1}', "local"


def scope(method: str, path: str, query: bytes, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "query_string": query, "headers": headers}


async def cpu_us(app: App, request: dict[str, Any], body: bytes, n: int) -> float:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    statuses: list[int] = []

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    for _ in range(200):  # warm: parsed-query cache, metric label children
        await app(dict(request), receive, send)
    if statuses[-1] not in (200, 202):
        raise RuntimeError(f"{request['path']}: answered {statuses[-1]}")
    started = time.process_time()
    for _ in range(n):
        await app(dict(request), receive, send)
    return (time.process_time() - started) / n * 1e6


@contextlib.asynccontextmanager
async def lifespan(app: App) -> AsyncIterator[None]:
    """The app's lifespan started (the sink or pools it owns) and, at the end, shut down."""
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    task = asyncio.ensure_future(app({"type": "lifespan"}, inbox.get, outbox.put))
    if (await outbox.get())["type"] != "lifespan.startup.complete":
        raise RuntimeError("lifespan did not start")
    try:
        yield
    finally:
        await inbox.put({"type": "lifespan.shutdown"})
        await task


async def measure(n: int) -> dict[str, float]:
    keys = Path(tempfile.mkdtemp(prefix="bench-asgi-")) / "keys"
    keys.write_text("k1\n")
    settings: dict[str, Any] = {"write_keys_file": keys}
    ingest = ingest_app(IngestSettings(**settings), sink_factory=lambda _s, _m: FakeSink())
    analytics = analytics_app(AnalyticsSettings(read_keys_file=keys, redis_url=SecretStr("")))
    analytics.state.services.cache, analytics.state.services.db = FakeCache(), object()

    async def plain(_request: Request) -> Response:
        return Response(b'{"total_events":1}', media_type="application/json")

    bare = Starlette(routes=[Route("/v1/metrics/summary", plain)])
    post = [(b"authorization", b"Bearer k1"), (b"content-type", b"application/json")]
    get = [(b"x-read-key", b"k1")]
    summary = scope("GET", "/v1/metrics/summary", RANGE, get)
    async with lifespan(ingest):
        ingest_us = await cpu_us(ingest, scope("POST", "/v1/events", b"", post), EVENT, n)
    return {
        "ingest_single_event": ingest_us,
        "analytics_cached_summary": await cpu_us(analytics, summary, b"", n),
        "bare_starlette_route": await cpu_us(bare, summary, b"", n),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench asgi")
    parser.add_argument("--requests", type=int, default=30_000, help="requests per figure and round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    rounds = [asyncio.run(measure(args.requests)) for _ in range(args.rounds)]
    best = {name: round(min(r[name] for r in rounds), 1) for name in rounds[0]}
    print(f"rounds: {rounds}", file=sys.stderr)
    result = {
        "benchmark": "asgi",
        "unit": "CPU µs per request (minimum over rounds)",
        "ours": {
            "ingest_single_event": best["ingest_single_event"],
            "analytics_cached": best["analytics_cached_summary"],
        },
        "baseline": {"bare_starlette_route": best["bare_starlette_route"]},
        "ratio": {"analytics_cached": round(best["bare_starlette_route"] / best["analytics_cached_summary"], 2)},
        "rounds": args.rounds,
        "requests": args.requests,
    }
    print(json.dumps(result))
    return 0

"""The HTTP plumbing both tiers share: keys from a file (comments, reload on change, fail closed), the timing
middleware (fast path, status of every answer, bounded route labels), and the raw-ASGI Reply."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Any

import pytest
from eventpipeline.common.httpguard import ARRIVED
from eventpipeline.common.httpserver import ApiKeys, HttpMetrics, Reply, Shedding, TimedApp, read_keys
from prometheus_client import CollectorRegistry
from starlette.types import Message, Receive, Scope, Send

from tests.support import aeventually

pytestmark = pytest.mark.unit


def touch_later(path: Path) -> None:
    """Move the mtime on: a rewrite within the same clock tick must still count as a change."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_read_keys_skips_blanks_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("# comment\n\n  k1  \nk2\n")
    assert read_keys(path) == [b"k1", b"k2"]


def test_match_and_reload(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("k1\nk2\n")
    keys = ApiKeys(path, kind="write")
    assert len(keys) == 2
    assert keys.match(b"k1") is not None
    assert keys.match(b"k2") is not None
    assert keys.match(b"k1") != keys.match(b"k2")
    assert keys.match(b"k3") is None
    assert keys.match(b"k") is None
    assert keys.match(None) is None
    path.write_text("k3\n")
    touch_later(path)
    assert keys.reload_if_changed() is True
    assert keys.match(b"k1") is None
    assert keys.match(b"k3") is not None
    assert keys.reload_if_changed() is False


def test_unreadable_file_keeps_previous_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("k1\n")
    keys = ApiKeys(path, kind="read")
    path.unlink()
    assert keys.reload_if_changed() is False
    assert keys.match(b"k1") is not None


def test_no_keys_refuses_everything_until_the_file_has_some(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    keys = ApiKeys(path, kind="read")  # not there yet: fail closed, no open mode
    assert (len(keys), keys.match(b"")) == (0, None)
    path.write_text("# nobody yet\n")
    assert keys.reload_if_changed() is True
    assert keys.match(b"# nobody yet") is None
    path.write_text("k1\n")
    touch_later(path)
    assert keys.reload_if_changed() is True
    assert keys.match(b"k1") is not None


async def test_reload_forever_picks_up_a_new_key(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("k1\n")
    keys = ApiKeys(path, kind="write")
    task = asyncio.create_task(keys.reload_forever(0.01))

    async def has_k2() -> bool:
        return keys.match(b"k2") is not None

    try:
        path.write_text("k2\n")
        touch_later(path)
        await aeventually(has_k2, timeout=10, interval=0.01)
    finally:
        task.cancel()
    assert keys.match(b"k1") is None


class Recorder:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def __call__(self, message: Message) -> None:
        self.messages.append(message)


async def no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def http(method: str, path: str) -> Scope:
    return {"type": "http", "method": method, "path": path, "headers": [], "query_string": b""}


def count(registry: CollectorRegistry, route: str, method: str, status: int) -> float:
    labels = {"route": route, "method": method, "status": str(status)}
    return registry.get_sample_value("ep_http_requests_total", labels) or 0.0


async def test_timed_app_times_both_paths_and_labels_unknown_routes_other() -> None:
    registry = CollectorRegistry()
    reached: list[str] = []

    async def inner(scope: Scope, _receive: Receive, send: Send) -> None:
        reached.append(scope["path"])
        await Reply(404 if scope["path"] == "/nope" else 200, b"{}").send(send)

    async def fast(_scope: Scope, _receive: Receive, send: Send) -> int:
        reply = Reply(202, b'{"ok":1}', [(b"content-type", b"application/json")])
        await reply.send(send)
        return reply.status

    app = TimedApp(inner, HttpMetrics(registry), routes={"/v1/x", "/healthz"}, fast={"POST": {"/v1/x": fast}})
    sent = Recorder()
    await app(http("POST", "/v1/x"), no_body, sent)
    await app(http("GET", "/v1/x"), no_body, Recorder())
    await app(http("GET", "/healthz"), no_body, Recorder())
    await app(http("GET", "/nope"), no_body, Recorder())
    assert reached == ["/v1/x", "/healthz", "/nope"]  # the POST took the fast path
    assert sent.messages == [
        {
            "type": "http.response.start",
            "status": 202,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"8")],
        },
        {"type": "http.response.body", "body": b'{"ok":1}'},
    ]
    assert count(registry, "/v1/x", "POST", 202) == 1
    assert count(registry, "/v1/x", "GET", 200) == 1
    assert count(registry, "/healthz", "GET", 200) == 1
    assert count(registry, "other", "GET", 404) == 1


async def test_timed_app_counts_a_request_without_an_answer_as_500() -> None:
    registry = CollectorRegistry()

    async def broken(_scope: Scope, _receive: Receive, _send: Send) -> Any:
        raise RuntimeError("boom")

    app = TimedApp(broken, HttpMetrics(registry), routes={"/a", "/b"}, fast={"GET": {"/b": broken}})
    for path in ("/a", "/b"):
        with pytest.raises(RuntimeError):
            await app(http("GET", path), no_body, Recorder())
        assert count(registry, path, "GET", 500) == 1


def test_timed_app_refuses_a_fast_path_it_could_not_label() -> None:
    async def inner(_scope: Scope, _receive: Receive, _send: Send) -> None:
        return None

    async def fast(_scope: Scope, _receive: Receive, _send: Send) -> int:
        return 200

    with pytest.raises(ValueError, match="/v1/y"):
        TimedApp(inner, HttpMetrics(CollectorRegistry()), routes={"/v1/x"}, fast={"GET": {"/v1/y": fast}})


async def test_timed_app_sheds_a_fast_path_request_that_waited_too_long_in_the_process() -> None:
    """The wait is from the protocol's arrival stamp (`httpguard.ARRIVED`) to the handler's start: past
    `after_seconds` the shed reply goes out and the handler never runs; a request that did not wait is served."""
    registry = CollectorRegistry()
    served: list[str] = []

    async def fast(_scope: Scope, _receive: Receive, send: Send) -> int:
        served.append("fast")
        await Reply(200, b"{}").send(send)
        return 200

    async def inner(_scope: Scope, _receive: Receive, _send: Send) -> None:
        raise AssertionError("the fast path serves /v1/x")

    shed = Shedding(0.025, Reply(503, b'{"error":"overloaded"}', [(b"retry-after", b"1")]))
    app = TimedApp(inner, HttpMetrics(registry), routes={"/v1/x"}, fast={"POST": {"/v1/x": fast}}, shed=shed)
    waited, fresh = Recorder(), Recorder()
    await app({**http("POST", "/v1/x"), ARRIVED: time.perf_counter() - 1.0}, no_body, waited)
    await app({**http("POST", "/v1/x"), ARRIVED: time.perf_counter()}, no_body, fresh)
    assert served == ["fast"]
    assert waited.messages[0]["status"] == 503
    assert (b"retry-after", b"1") in waited.messages[0]["headers"]
    assert fresh.messages[0]["status"] == 200
    assert registry.get_sample_value("ep_http_refusals_total", {"reason": "overloaded"}) == 1
    assert count(registry, "/v1/x", "POST", 503) == 1

"""The runner's balancer: bytes both ways intact (flow control, half-close), refusing backends skipped."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
import uvloop
from eventpipeline.infra.stack.proxy import RoundRobinProxy

from tests.support import free_port

pytestmark = pytest.mark.unit


async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Echo everything until the client half-closes, then say which port answered and close."""
    port = writer.get_extra_info("sockname")[1]
    while data := await reader.read(65536):
        writer.write(data)
        await writer.drain()
    writer.write(f"|{port}".encode())
    await writer.drain()
    writer.close()


async def roundtrip(port: int, payload: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(payload)
    await writer.drain()
    writer.write_eof()
    answer = await reader.read()
    writer.close()
    return answer


async def large_payload_both_ways_with_half_close_and_refusing_backends_skipped() -> None:
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    live = server.sockets[0].getsockname()[1]
    dead = free_port()  # nothing listens there
    proxy = RoundRobinProxy("t", lambda: [dead, live])
    await proxy.start()
    try:
        payload = os.urandom(8 * 1024 * 1024)  # far past any socket buffer: the reading side must pause and resume
        answer = await asyncio.wait_for(roundtrip(proxy.port, payload), 60)
        assert answer == payload + f"|{live}".encode()
        # Every connection lands on the live backend whichever backend the round robin starts from.
        answers = await asyncio.gather(*(roundtrip(proxy.port, b"x%d" % i) for i in range(6)))
        assert answers == [b"x%d|%d" % (i, live) for i in range(6)]
    finally:
        await proxy.close()
        server.close()


async def round_robin_over_backends() -> None:
    servers = [await asyncio.start_server(echo, "127.0.0.1", 0) for _ in range(2)]
    ports = [s.sockets[0].getsockname()[1] for s in servers]
    proxy = RoundRobinProxy("t", lambda: ports)
    await proxy.start()
    try:
        seen = [int((await roundtrip(proxy.port, b"")).decode().lstrip("|")) for _ in range(4)]
        assert sorted(seen) == sorted(ports * 2)
    finally:
        await proxy.close()
        for s in servers:
            s.close()


# The runner serves the balancer on uvloop (whose transports deliver a first read even when connection_made paused
# reading: those bytes must be held until the backend is connected) and tests use asyncio's loop: run both.
LOOPS: dict[str, Callable[[Coroutine[Any, Any, None]], None]] = {"asyncio": asyncio.run, "uvloop": uvloop.run}
SCENARIOS = [large_payload_both_ways_with_half_close_and_refusing_backends_skipped, round_robin_over_backends]


@pytest.mark.parametrize("loop", sorted(LOOPS))
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda f: f.__name__)
def test_proxy(loop: str, scenario: Callable[[], Coroutine[Any, Any, None]]) -> None:
    LOOPS[loop](scenario())


def test_many_clients_that_write_at_once_on_uvloop() -> None:
    async def scenario() -> None:
        server = await asyncio.start_server(echo, "127.0.0.1", 0)
        live = server.sockets[0].getsockname()[1]
        proxy = RoundRobinProxy("t", lambda: [live])
        await proxy.start()
        try:
            answers = await asyncio.wait_for(
                asyncio.gather(*(roundtrip(proxy.port, b"r%d" % i) for i in range(300))), 60
            )
            assert answers == [b"r%d|%d" % (i, live) for i in range(300)]
        finally:
            await proxy.close()
            server.close()

    uvloop.run(scenario())

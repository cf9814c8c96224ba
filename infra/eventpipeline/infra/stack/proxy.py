"""A tiny TCP load balancer: one stable port per tier, round-robin over that tier's ready processes.

It plays the Service's part (kube-proxy balances connections, not requests), so the URLs `make up` prints stay
valid while processes come and go. A backend that refuses the connection is skipped for the next one.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable

log = logging.getLogger("eventpipeline.infra.stack.proxy")


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        with contextlib.suppress(OSError, RuntimeError):
            if writer.can_write_eof():
                writer.write_eof()


class RoundRobinProxy:
    def __init__(self, name: str, backends: Callable[[], list[int]], *, host: str = "127.0.0.1", port: int = 0):
        self.name = name
        self.host = host
        self._requested_port = port
        self._backends = backends
        self._counter = itertools.count()
        self._server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "start() first"
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, self._requested_port, reuse_address=True)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 5)

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        ports = self._backends()
        if not ports:
            return None
        start = next(self._counter)
        for offset in range(len(ports)):
            port = ports[(start + offset) % len(ports)]
            try:
                return await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)
            except (OSError, TimeoutError):
                continue
        return None

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        upstream = await self._connect()
        if upstream is None:
            log.warning("%s: no ready backend; connection closed", self.name)
            client_writer.close()
            return
        up_reader, up_writer = upstream
        await asyncio.gather(_pipe(client_reader, up_writer), _pipe(up_reader, client_writer))
        for writer in (up_writer, client_writer):
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

"""A tiny TCP load balancer: one stable port per tier, round-robin over that tier's ready processes.

It plays the Service's part (kube-proxy balances connections, not requests), so the URLs `make up` prints stay
valid while processes come and go. A backend that refuses the connection is skipped for the next one.

Built on asyncio protocols (bytes go from one transport straight to the other, flow control by pausing the reading
side) rather than streams and a coroutine per direction: kube-proxy forwards in the kernel, and this hop runs on the
same cores as the processes it balances, so its cost per request shows in every latency the load test measures.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable
from typing import cast

log = logging.getLogger("eventpipeline.infra.stack.proxy")


class _Side(asyncio.Protocol):
    """One end of a proxied connection: what it receives is written to the other end's transport."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.peer: _Side | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's TCP transports are not asyncio.Transport subclasses, but have its whole interface.
        self.transport = cast("asyncio.Transport", transport)

    def data_received(self, data: bytes) -> None:
        if self.peer is not None and self.peer.transport is not None:
            self.peer.transport.write(data)

    def eof_received(self) -> bool:
        # Half-close: the other direction may still carry the answer.
        peer = self.peer.transport if self.peer is not None else None
        if peer is not None and not peer.is_closing() and peer.can_write_eof():
            with contextlib.suppress(OSError, RuntimeError):
                peer.write_eof()
            return True
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        if self.peer is not None and self.peer.transport is not None:
            self.peer.transport.close()

    # Our transport's write buffer is full: stop reading from the peer until it drains.
    def pause_writing(self) -> None:
        if self.peer is not None and self.peer.transport is not None:
            self.peer.transport.pause_reading()

    def resume_writing(self) -> None:
        if self.peer is not None and self.peer.transport is not None and not self.peer.transport.is_closing():
            self.peer.transport.resume_reading()


class _Client(_Side):
    """The accepted connection: what arrives before a backend is connected is held, and reading paused."""

    def __init__(self, proxy: RoundRobinProxy) -> None:
        super().__init__()
        self._proxy = proxy
        self._early: list[bytes] = []
        self._early_eof = False

    def data_received(self, data: bytes) -> None:
        if self.peer is None:
            # uvloop may deliver the first bytes even though connection_made paused reading.
            self._early.append(data)
            if self.transport is not None:
                self.transport.pause_reading()
            return
        super().data_received(data)

    def eof_received(self) -> bool:
        if self.peer is None:
            self._early_eof = True
            return True
        return super().eof_received()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        assert self.transport is not None
        self.transport.pause_reading()
        task = asyncio.get_running_loop().create_task(self._link())
        self._proxy.tasks.add(task)
        task.add_done_callback(self._proxy.tasks.discard)

    async def _link(self) -> None:
        assert self.transport is not None
        upstream = await self._proxy.connect()
        if upstream is None:
            log.warning("%s: no ready backend; connection closed", self._proxy.name)
            self.transport.close()
            return
        if self.transport.is_closing():  # the client left while we connected
            assert upstream.transport is not None
            upstream.transport.close()
            return
        self.peer, upstream.peer = upstream, self
        assert upstream.transport is not None
        for data in self._early:
            upstream.transport.write(data)
        self._early.clear()
        if self._early_eof:
            super().eof_received()
        else:
            self.transport.resume_reading()


class RoundRobinProxy:
    def __init__(self, name: str, backends: Callable[[], list[int]], *, host: str = "127.0.0.1", port: int = 0):
        self.name = name
        self.host = host
        self._requested_port = port
        self._backends = backends
        self._counter = itertools.count()
        self._server: asyncio.Server | None = None
        self.tasks: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() first"
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: _Client(self), self.host, self._requested_port, reuse_address=True, backlog=4096
        )

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 5)

    async def connect(self) -> _Side | None:
        """A connection to the next ready backend (round robin), skipping ones that refuse; None when none does."""
        ports = self._backends()
        if not ports:
            return None
        loop = asyncio.get_running_loop()
        start = next(self._counter)
        for offset in range(len(ports)):
            port = ports[(start + offset) % len(ports)]
            try:
                _, side = await asyncio.wait_for(loop.create_connection(_Side, "127.0.0.1", port), 5)
            except (OSError, TimeoutError):
                continue
            return side
        return None

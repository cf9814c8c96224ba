"""Read deadlines and a header size cap at the connection, below the ASGI app: uvicorn's httptools protocol has
neither, so a client that sends nothing, trickles its headers or never finishes its body holds a connection (and
the request's memory) for as long as it likes, and 100 MB of headers are buffered whole.

`guarded_protocol(limits, refused)` is the protocol class uvicorn runs (its `http` option takes a class):

- headers: a new connection, and every request on it, must deliver its request line and headers within
  `header_timeout_seconds` of the first byte (of the connection, for its first request); else `408` and close
  (a connection that never sent a byte is just closed). Idle keep-alive time between requests is uvicorn's own
  `timeout_keep_alive`.
- body: the whole body must arrive within `body_timeout_seconds` of the headers; else `408` and close, and the app
  (waiting in `receive()`) sees the client as gone.
- headers larger than `max_header_bytes` (request line included): `431` and close.

Each request's scope carries `ARRIVED`, the `time.perf_counter()` at which its headers were parsed: when the app
starts, the time since then is the request's wait in this process, which the timing middleware
(`httpserver.TimedApp`) counts as server latency and sheds on under overload. Time the client takes to send its
headers is before it, and time it takes to send its body is taken out by the middleware, so a slow client never
counts as a slow server. Timers are armed only for requests that span several reads: a request that arrives whole
in one read costs no timer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Protocol

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

ARRIVED: Final = "eventpipeline.arrived"
"""Scope key: perf_counter() when this request's headers were parsed."""

Refused = Callable[[str], None]  # called with the reason: header_timeout, body_timeout, headers_too_large


class _HasLimits(Protocol):
    header_timeout_seconds: float
    body_timeout_seconds: float
    max_header_bytes: int


@dataclass(frozen=True)
class ReadLimits:
    header_timeout_seconds: float
    body_timeout_seconds: float
    max_header_bytes: int

    @classmethod
    def of(cls, settings: _HasLimits) -> ReadLimits:
        """The limits of a tier's settings (the fields of the same names)."""
        return cls(settings.header_timeout_seconds, settings.body_timeout_seconds, settings.max_header_bytes)


def _answer(status: bytes) -> bytes:
    return b"HTTP/1.1 " + status + b"\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"


_TIMEOUT: Final = _answer(b"408 Request Timeout")
_TOO_LARGE: Final = _answer(b"431 Request Header Fields Too Large")


class _HeadersTooLarge(Exception):
    """Raised from a parser callback: httptools stops parsing and uvicorn answers (see `send_400_response`)."""


def guarded_protocol(limits: ReadLimits, refused: Refused) -> type[HttpToolsProtocol]:
    """uvicorn's httptools protocol with `limits` enforced; `refused(reason)` counts each refusal."""

    class GuardedProtocol(HttpToolsProtocol):
        _header_timer: asyncio.TimerHandle | None = None
        _body_timer: asyncio.TimerHandle | None = None
        _in_headers = False  # a request began and its headers are not complete yet
        _in_body = False  # headers complete, body not complete yet
        _header_bytes = 0
        _oversized = False

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._header_timer = self.loop.call_later(limits.header_timeout_seconds, self._headers_late)

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_timers()
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            # Only a request spread over several reads needs a deadline of its own.
            if self._in_headers and self._header_timer is None and not self.transport.is_closing():
                self._header_timer = self.loop.call_later(limits.header_timeout_seconds, self._headers_late)
            if self._in_body and self._body_timer is None and not self.transport.is_closing():
                self._body_timer = self.loop.call_later(limits.body_timeout_seconds, self._body_late)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._in_headers = True
            self._header_bytes = 0

        def on_url(self, url: bytes) -> None:
            self._count(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._count(len(name) + len(value) + 4)
            super().on_header(name, value)

        def _count(self, size: int) -> None:
            self._header_bytes += size
            if self._header_bytes > limits.max_header_bytes:
                self._oversized = True
                raise _HeadersTooLarge

        def on_headers_complete(self) -> None:
            self._in_headers, self._in_body = False, True
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None
            self.scope[ARRIVED] = time.perf_counter()  # type: ignore[typeddict-unknown-key]
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._in_body = False
            if self._body_timer is not None:
                self._body_timer.cancel()
                self._body_timer = None
            super().on_message_complete()

        def send_400_response(self, msg: str) -> None:
            if not self._oversized:
                super().send_400_response(msg)
                return
            refused("headers_too_large")
            self._close_with(_TOO_LARGE)

        def _headers_late(self) -> None:
            self._header_timer = None
            if self.transport.is_closing():
                return
            refused("header_timeout")
            if self._in_headers:  # part of a request came: say why it is refused
                self._close_with(_TIMEOUT)
            else:  # nothing at all: a silent close, as for an idle keep-alive connection
                self.transport.close()

        def _body_late(self) -> None:
            self._body_timer = None
            cycle = self.cycle
            if self.transport.is_closing() or cycle is None or not self._in_body:
                return
            refused("body_timeout")
            if not cycle.response_started:
                # The app is waiting for the body: from now on it sees the client as gone, and nothing it sends
                # afterwards reaches the wire (uvicorn drops sends of a disconnected cycle).
                cycle.disconnected = True
                cycle.message_event.set()
                self._close_with(_TIMEOUT)
            else:  # answered early (e.g. 401) and the client is still sending: stop reading
                self.transport.close()

        def _close_with(self, answer: bytes) -> None:
            self._cancel_timers()
            self.transport.write(answer)
            self.transport.close()

        def _cancel_timers(self) -> None:
            for timer in (self._header_timer, self._body_timer):
                if timer is not None:
                    timer.cancel()
            self._header_timer = self._body_timer = None

    return GuardedProtocol

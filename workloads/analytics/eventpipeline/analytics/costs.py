"""What one read key may cost the databases, and the answers when a question costs too much.

A dashboard's key is not a database account: each key gets at most `max_uncached_per_key` computations running at
once (cached answers are free and unlimited), so one key's expensive questions queue at its own door instead of
taking every pooled connection. A question that runs past the statement timeout is the question's fault: it is
refused (`QueryTooExpensive`), not retried on the next replica or the primary, and no replica is marked unhealthy.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


class QueryRefused(Exception):
    """A question refused for what it costs: `status` and `error` for the answer, `detail` for the client."""

    status = 400
    error = "refused"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class TooManyQueries(QueryRefused):
    """The key already has its share of computations running: retry after a moment (most end within a second)."""

    status = 429
    error = "too many queries"


class QueryTooExpensive(QueryRefused):
    """The question ran past the statement timeout: asking again will not help, a narrower question will."""

    status = 422
    error = "query too expensive"


class KeyConcurrency:
    """Computations in flight per key (an `ApiKeys` digest), at most `limit` each."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._running: dict[bytes, int] = {}

    def running(self, key: bytes) -> int:
        return self._running.get(key, 0)

    def guard(self, key: bytes, compute: Callable[[], Awaitable[T]]) -> Callable[[], Awaitable[T]]:
        """`compute`, counted against `key` while it runs; refused with `TooManyQueries` past the limit."""

        async def guarded() -> T:
            running = self._running.get(key, 0)
            if running >= self._limit:
                raise TooManyQueries(f"{running} computations of this key are running; the limit is {self._limit}")
            self._running[key] = running + 1
            try:
                return await compute()
            finally:
                left = self._running[key] - 1
                if left:
                    self._running[key] = left
                else:
                    del self._running[key]  # the map holds only keys with work running: bounded by the key count

        return guarded

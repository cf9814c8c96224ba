"""At most one log line per reason per interval: an overloaded process refusing thousands of requests a
second must not spend its CPU (the one core it is short of) writing the same warning thousands of times."""

from __future__ import annotations

import time
from collections.abc import Callable


class LogThrottle:
    """`allow(reason)` is the number of events of that reason since the last line logged (itself included),
    or 0 while the interval is not over (log nothing then)."""

    def __init__(self, *, interval_s: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = interval_s
        self._clock = clock
        self._last: dict[str, float] = {}
        self._count: dict[str, int] = {}

    def allow(self, reason: str) -> int:
        count = self._count.get(reason, 0) + 1
        now = self._clock()
        last = self._last.get(reason)
        if last is not None and now - last < self._interval:
            self._count[reason] = count
            return 0
        self._last[reason] = now
        self._count[reason] = 0
        return count

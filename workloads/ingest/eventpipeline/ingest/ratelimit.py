"""Per-write-key token buckets, counted in events: a batch of 100 costs 100 tokens.

Buckets live in process memory, so with N ingest replicas a key's real limit is N times the setting;
the README says so. The clock is injectable for tests.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """`rate` tokens per second up to `burst`; `rate == 0` disables limiting."""

    def __init__(self, *, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._rate = rate
        self._burst = float(burst)
        self._clock = clock
        self._buckets: dict[bytes, _Bucket] = {}

    @property
    def enabled(self) -> bool:
        return self._rate > 0

    def _refill(self, key: bytes) -> _Bucket:
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(self._burst, now)
        else:
            bucket.tokens = min(self._burst, bucket.tokens + (now - bucket.stamp) * self._rate)
            bucket.stamp = now
        return bucket

    def retry_after(self, key: bytes, cost: int = 1) -> int:
        """0 when `cost` tokens are available now, else whole seconds until they are (without taking any)."""
        if not self.enabled:
            return 0
        bucket = self._refill(key)
        needed = min(float(cost), self._burst) - bucket.tokens
        return 0 if needed <= 0 else max(1, math.ceil(needed / self._rate))

    def take(self, key: bytes, cost: int) -> int:
        """Take `cost` tokens and return 0, or take nothing and return the Retry-After in seconds.

        A request larger than the whole burst is allowed once the bucket is full, so a batch bigger than
        the burst is never refused forever; it drives the bucket negative instead.
        """
        if not self.enabled:
            return 0
        bucket = self._refill(key)
        needed = min(float(cost), self._burst)
        if bucket.tokens >= needed:
            bucket.tokens -= cost
            return 0
        return max(1, math.ceil((needed - bucket.tokens) / self._rate))

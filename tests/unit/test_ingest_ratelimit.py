"""The per-key token bucket, driven by a fake clock."""

from __future__ import annotations

import pytest
from eventpipeline.ingest.ratelimit import RateLimiter

pytestmark = pytest.mark.unit


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_refused_with_retry_after_then_refilled() -> None:
    clock = Clock()
    limiter = RateLimiter(rate=10, burst=20, clock=clock)
    assert limiter.take(b"k", 20) == 0
    assert limiter.take(b"k", 1) == 1
    assert limiter.take(b"k", 15) == 2  # 15 tokens at 10/s
    clock.now += 1.0
    assert limiter.take(b"k", 10) == 0
    assert limiter.take(b"k", 1) == 1


def test_keys_are_independent() -> None:
    limiter = RateLimiter(rate=1, burst=5, clock=Clock())
    assert limiter.take(b"a", 5) == 0
    assert limiter.take(b"a", 1) > 0
    assert limiter.take(b"b", 5) == 0


def test_request_bigger_than_burst_passes_when_full_and_goes_negative() -> None:
    clock = Clock()
    limiter = RateLimiter(rate=10, burst=20, clock=clock)
    assert limiter.take(b"k", 50) == 0
    assert limiter.retry_after(b"k") == 4  # tokens are -30: 31 needed at 10/s
    clock.now += 5
    assert limiter.retry_after(b"k") == 0


def test_retry_after_takes_nothing() -> None:
    limiter = RateLimiter(rate=1, burst=1, clock=Clock())
    assert limiter.retry_after(b"k") == 0
    assert limiter.retry_after(b"k") == 0
    assert limiter.take(b"k", 1) == 0
    assert limiter.retry_after(b"k") == 1


def test_rate_zero_disables() -> None:
    limiter = RateLimiter(rate=0, burst=1, clock=Clock())
    assert not limiter.enabled
    assert limiter.take(b"k", 10**9) == 0

"""Polling helpers for tests against real servers: wait for an outcome instead of sleeping.

Import as `from tests.helpers import eventually` (tests/conftest.py puts the repo root on sys.path).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


def eventually(fn: Callable[[], T], *, timeout: float = 30.0, interval: float = 0.2) -> T:
    """Call `fn` until it returns a truthy value without raising; return that value.

    On timeout, re-raise the last exception `fn` raised (so an assert inside `fn` reports its own
    message), or fail with the last falsy value.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = fn()
        except Exception:
            if time.monotonic() >= deadline:
                raise
        else:
            if value:
                return value
            if time.monotonic() >= deadline:
                raise AssertionError(f"condition still false after {timeout}s (last value {value!r})")
        time.sleep(interval)


async def aeventually(fn: Callable[[], Awaitable[T]], *, timeout: float = 30.0, interval: float = 0.2) -> T:  # noqa: ASYNC109
    """`eventually` for coroutines: await `fn()` until it returns a truthy value without raising."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = await fn()
        except Exception:
            if time.monotonic() >= deadline:
                raise
        else:
            if value:
                return value
            if time.monotonic() >= deadline:
                raise AssertionError(f"condition still false after {timeout}s (last value {value!r})")
        await asyncio.sleep(interval)

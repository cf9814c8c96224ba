"""Wait for an outcome instead of sleeping: `eventually` (and `aeventually` for coroutines), bounded.

A bound, not a performance assertion: the box is shared and slow at times. `check` may raise while the outcome is
not there yet (a table not created, a server not listening): that counts as not yet, and on timeout the last
exception is raised again, so an assert inside `check` reports its own message.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from eventpipeline.infra.procs import wait_until

T = TypeVar("T")


def eventually(check: Callable[[], T], *, timeout: float = 30.0, interval: float = 0.2, what: str = "") -> T:
    """Call `check` until it returns a truthy value without raising; return that value."""
    last: list[Any] = [None]
    error: list[Exception | None] = [None]

    def attempt() -> bool:
        try:
            last[0] = check()
        except Exception as exc:
            error[0] = exc
            return False
        error[0] = None
        return bool(last[0])

    if wait_until(attempt, timeout, interval):
        value: T = last[0]
        return value
    if error[0] is not None:
        raise error[0]
    raise AssertionError(f"{what or 'condition'} still false after {timeout:.0f}s (last value {last[0]!r})")


async def aeventually(
    check: Callable[[], Awaitable[T]],
    *,
    timeout: float = 30.0,  # noqa: ASYNC109 - the bound is the point, and the message names it
    interval: float = 0.2,
    what: str = "",
) -> T:
    """`eventually` for coroutines: await `check()` until it returns a truthy value without raising."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = await check()
        except Exception:
            if time.monotonic() >= deadline:
                raise
        else:
            if value:
                return value
            if time.monotonic() >= deadline:
                raise AssertionError(f"{what or 'condition'} still false after {timeout:.0f}s (last value {value!r})")
        await asyncio.sleep(interval)

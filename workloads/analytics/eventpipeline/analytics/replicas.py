"""Which host answers a read: healthy replicas in turn, else the primary.

`ReplicaSelector` is the pure decision (unit-tested with fakes); `health_loop` feeds it from each replica's own
view of its replay lag. A replica counts as caught up when it has replayed all WAL it received; otherwise its lag
is the age of the last replayed transaction (`pg_last_xact_replay_timestamp`), which on an idle primary would
grow without meaning, hence the LSN comparison first.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

log = logging.getLogger("eventpipeline.analytics.replicas")

LAG_SQL = """
SELECT pg_is_in_recovery(),
       CASE WHEN NOT pg_is_in_recovery() THEN 0
            WHEN pg_last_wal_receive_lsn() IS NOT NULL
                 AND pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() THEN 0
            ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 1e9)
       END::float8
"""


@dataclass
class ReplicaState:
    name: str  # "replica-0"
    healthy: bool = False
    lag_seconds: float | None = None
    checked_at: float = 0.0
    reason: str = "not checked yet"


@dataclass
class ReplicaSelector:
    """Round robin over replicas marked healthy; the caller falls back to the primary when `pick` is empty."""

    states: list[ReplicaState]
    max_lag_seconds: float
    _turn: itertools.count[int] = field(default_factory=itertools.count)

    def record(self, index: int, lag_seconds: float | None, error: str | None = None) -> None:
        state = self.states[index]
        state.checked_at = time.monotonic()
        state.lag_seconds = lag_seconds
        was = state.healthy
        if error is not None:
            state.healthy, state.reason = False, error
        elif lag_seconds is None or lag_seconds > self.max_lag_seconds:
            state.healthy, state.reason = False, f"replay lag {lag_seconds}s exceeds {self.max_lag_seconds}s"
        else:
            state.healthy, state.reason = True, "ok"
        if was != state.healthy:
            log.warning(
                "replica health changed",
                extra={"replica": state.name, "healthy": state.healthy, "reason": state.reason},
            )

    def mark_failed(self, index: int, error: str) -> None:
        """A query failed on this replica: stop sending reads there until the next good health check."""
        self.record(index, None, error)

    def pick(self) -> list[int]:
        """Healthy replicas in the order to try them, starting with this request's turn."""
        healthy = [i for i, s in enumerate(self.states) if s.healthy]
        if not healthy:
            return []
        start = next(self._turn) % len(healthy)
        return healthy[start:] + healthy[:start]


Probe = Callable[[int], Awaitable[float]]


async def check_all(selector: ReplicaSelector, probe: Probe, limit_seconds: float) -> None:
    """Probe every replica at once; a probe that raises or times out marks its replica unhealthy."""

    async def one(index: int) -> None:
        try:
            lag = await asyncio.wait_for(probe(index), limit_seconds)
        except Exception as exc:  # any failure means "do not read here"
            selector.record(index, None, f"{type(exc).__name__}: {exc}"[:200])
        else:
            selector.record(index, lag)

    await asyncio.gather(*(one(i) for i in range(len(selector.states))))


async def health_loop(
    selector: ReplicaSelector,
    probe: Probe,
    *,
    period: float,
    limit_seconds: float,
    after: Callable[[], None] = lambda: None,
) -> None:
    """Runs for the life of the app (the lifespan cancels it); `after` runs after each round (gauges)."""
    while True:
        await check_all(selector, probe, limit_seconds)
        after()
        await asyncio.sleep(period)


def replica_names(dsns: Sequence[object]) -> list[str]:
    return [f"replica-{i}" for i in range(len(dsns))]

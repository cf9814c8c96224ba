"""Consumer lag from successive offset snapshots: lag without stuck partitions, consume/incoming rates, lag seconds.

Lag seconds is the age of the oldest unconsumed event: the snapshot's wall time minus the Kafka timestamp of the
record at each lagging partition's committed offset (the earliest one when nothing was committed), the oldest over
the partitions that drive scaling. It is what `maxLagSeconds` promises, and the one definition the status
(`status.kafka.lagSeconds`) and the operator's metric (`ep_operator_consumer_lag_seconds`) show.

Pure: the Kafka reader takes the snapshots, this module judges them. A partition is *stuck* when it has had lag, a
live owner and the same committed offset for `stuck_after` seconds: more consumers cannot help it (one partition is
read by one consumer), so it is reported and left out of the lag that drives scaling instead of pushing the tier to its
maximum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventpipeline.operator.autoscale.decision import Observation
from eventpipeline.operator.autoscale.policy import INCOMING_RATE, LAG_MESSAGES, LAG_SECONDS

LAG_MESSAGES_ALL = "lag_messages_all_partitions"
CONSUME_RATE = "consume_per_second"


@dataclass(frozen=True)
class PartitionOffsets:
    partition: int
    committed: int | None  # None: the group never committed on this partition
    high: int  # high watermark (latest offset)
    low: int = 0  # earliest offset: where a group without a commit starts (auto.offset.reset=earliest)
    owned: bool = False  # assigned to a live member of the group
    oldest_timestamp: float | None = None  # epoch seconds of the record at the start offset; None: no lag or unread

    @property
    def lag(self) -> int:
        start = self.low if self.committed is None else self.committed
        return max(self.high - start, 0)


@dataclass(frozen=True)
class LagSnapshot:
    at: float  # monotonic: rates and windows
    partitions: tuple[PartitionOffsets, ...]
    wall: float = 0.0  # epoch seconds when taken: the ages of the oldest unconsumed records

    def by_partition(self) -> dict[int, PartitionOffsets]:
        return {p.partition: p for p in self.partitions}


@dataclass(frozen=True)
class LagAnalysis:
    partitions: int
    total_lag: int  # every partition
    lag: int  # without the stuck ones
    stuck: tuple[int, ...]
    stuck_lag: int
    consume_rate: float | None  # messages/s committed on healthy partitions; None until two snapshots exist
    incoming_rate: float | None  # messages/s arriving on the topic (high watermark deltas)
    lag_seconds: float | None  # age of the oldest unconsumed event; None when lag > 0 and no timestamp was read


def _stuck(views: Sequence[tuple[float, dict[int, PartitionOffsets]]], partition: int, *, stuck_after: float) -> bool:
    """Owned, lagging and frozen at the same committed offset for at least `stuck_after` seconds (newest view last)."""
    now, newest = views[-1]
    latest = newest[partition]
    if not (latest.owned and latest.lag > 0 and latest.committed is not None):
        return False
    since = now
    for at, parts in reversed(views[:-1]):
        p = parts.get(partition)
        if p is None or not p.owned or p.lag == 0 or p.committed != latest.committed:
            break
        since = at
    return now - since >= stuck_after


def _rate(old: LagSnapshot, new: LagSnapshot, *, partitions: set[int], committed: bool) -> float:
    """Offsets advanced per second over the partitions present in both; resets and unknown offsets are skipped."""
    dt = new.at - old.at
    before = old.by_partition()
    moved = 0
    for p in new.partitions:
        q = before.get(p.partition)
        if q is None or p.partition not in partitions:
            continue
        a, b = (q.committed, p.committed) if committed else (q.high, p.high)
        if a is None or b is None or b < a:
            continue
        moved += b - a
    return moved / dt


def oldest_age(snapshot: LagSnapshot, partitions: set[int]) -> float | None:
    """Age of the oldest unconsumed record over these partitions: 0 without lag, None when a lagging one is unread."""
    ages: list[float] = []
    for p in snapshot.partitions:
        if p.partition not in partitions or p.lag == 0:
            continue
        if p.oldest_timestamp is None:
            return None
        ages.append(max(snapshot.wall - p.oldest_timestamp, 0.0))
    return max(ages, default=0.0)


def analyze(snapshots: Sequence[LagSnapshot], *, stuck_after: float, rate_window: float) -> LagAnalysis:
    """Judge the newest snapshot against the older ones (oldest first; at least one)."""
    if not snapshots:
        raise ValueError("analyze needs at least one lag snapshot")
    latest = snapshots[-1]
    views = [(s.at, s.by_partition()) for s in snapshots]
    stuck = tuple(sorted(p.partition for p in latest.partitions if _stuck(views, p.partition, stuck_after=stuck_after)))
    total = sum(p.lag for p in latest.partitions)
    stuck_lag = sum(p.lag for p in latest.partitions if p.partition in stuck)
    lag = total - stuck_lag
    healthy = {p.partition for p in latest.partitions} - set(stuck)
    everything = {p.partition for p in latest.partitions}

    reference = next((s for s in snapshots[:-1] if s.at >= latest.at - rate_window and s.at < latest.at), None)
    if reference is None and len(snapshots) > 1 and snapshots[-2].at < latest.at:
        reference = snapshots[-2]  # the window is shorter than the scrape interval: use the previous one
    consume = incoming = None
    if reference is not None:
        consume = _rate(reference, latest, partitions=healthy, committed=True)
        incoming = _rate(reference, latest, partitions=everything, committed=False)

    return LagAnalysis(
        partitions=len(latest.partitions),
        total_lag=total,
        lag=lag,
        stuck=stuck,
        stuck_lag=stuck_lag,
        consume_rate=consume,
        incoming_rate=incoming,
        lag_seconds=oldest_age(latest, healthy),
    )


def observation(analysis: LagAnalysis, *, current_replicas: int, ready_replicas: int | None = None) -> Observation:
    """The decision's input for the consumer tier."""
    notes: tuple[str, ...] = ()
    if analysis.stuck:
        listed = ",".join(str(p) for p in analysis.stuck)
        notes = (f"stuck partitions {listed} (lag {analysis.stuck_lag}) left out of the lag sum",)
    elif analysis.lag > 0 and analysis.lag_seconds is None:
        notes = ("lag but the oldest unconsumed record could not be read: lag seconds unknown",)
    return Observation(
        current_replicas=current_replicas,
        ready_replicas=ready_replicas,
        partitions=analysis.partitions,
        metrics={
            LAG_MESSAGES: float(analysis.lag),
            LAG_SECONDS: analysis.lag_seconds,
            INCOMING_RATE: analysis.incoming_rate,
            LAG_MESSAGES_ALL: float(analysis.total_lag),
            CONSUME_RATE: analysis.consume_rate,
        },
        notes=notes,
    )

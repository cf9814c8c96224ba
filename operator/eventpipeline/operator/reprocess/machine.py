"""The pure part of a reprocess: its phases, the refusals, and the offset arithmetic (docs/reprocess.md).

A reprocess is a small state machine kept in its object's status, one step per pass, so an operator restarted
anywhere resumes from the recorded phase: every step is an "ensure" that is safe to run again while the consumers
are held at zero (Pausing, Deleting, Rewinding) or that only reads (CatchingUp).
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final, Literal

from eventpipeline.common.events import MAX_FUTURE
from eventpipeline.common.schema import add_months, month_bounds, month_of, partition_month

Phase = Literal["Pending", "Pausing", "Deleting", "Rewinding", "CatchingUp", "Succeeded", "Refused", "Failed"]
TERMINAL: Final[frozenset[str]] = frozenset({"Succeeded", "Refused", "Failed"})
# Ingest stores an event whose time is at most MAX_FUTURE after its receive time, so an event of the range may have
# reached Kafka up to that long before the range starts: the group is rewound that much earlier.
LEAD: Final = MAX_FUTURE
# The dedup ledger drops the records re-read outside the range only while it still holds their ids (it keeps an id
# for the topic's retention after it was first seen): the rewind point must stay inside that window for the whole
# reprocess, and this is how long a reprocess may take.
LEDGER_MARGIN: Final = timedelta(days=1)
ORDER: Final[tuple[Phase, ...]] = ("Pending", "Pausing", "Deleting", "Rewinding", "CatchingUp", "Succeeded")


class RangeError(ValueError):
    """The range itself is unusable (no zone, empty)."""


@dataclass(frozen=True)
class Range:
    """[start, end) in event time (the `ts` the rows and rollups are keyed by)."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise RangeError("from and to need a time zone (e.g. Z)")
        if self.start >= self.end:
            raise RangeError(f"from ({_iso(self.start)}) must be before to ({_iso(self.end)})")

    @property
    def rewind_to(self) -> datetime:
        """The Kafka receive time the group is rewound to: the earliest an event of the range can have arrived."""
        return self.start - LEAD

    @property
    def rewind_ms(self) -> int:
        return int(self.rewind_to.timestamp() * 1000)

    def months(self) -> list[tuple[int, int]]:
        """The UTC months the range touches."""
        out = [month_of(self.start)]
        while month_bounds(*out[-1])[1] < self.end:
            out.append(add_months(*out[-1], 1))
        return out


@dataclass(frozen=True)
class Refusal:
    """Why the range cannot be rebuilt in full; `reason` is the condition reason."""

    reason: Literal["OutsideRetention", "Archived", "InvalidRange"]
    message: str


def refuse_by_time(
    rng: Range, *, now: datetime, ledger_retention: timedelta, retention_months: int | None
) -> Refusal | None:
    """What the clock alone says: the ledger's window, and the months rotation archives or drops."""
    oldest = now - ledger_retention + LEDGER_MARGIN
    if rng.rewind_to < oldest:
        return Refusal(
            "OutsideRetention",
            f"the range must start after {_iso(oldest + LEAD)}: the topic and the dedup ledger keep "
            f"{_days(ledger_retention)} and a reprocess re-reads from {_days(LEAD)} before the range's start, "
            f"with {_days(LEDGER_MARGIN)} to finish",
        )
    if retention_months is not None:
        current = month_of(now)
        cutoff = month_bounds(*add_months(*current, -(retention_months - 1)))[0]
        if rng.start < cutoff:
            return Refusal(
                "Archived",
                f"months before {_iso(cutoff)} are archived to S3 or dropped by rotation (retentionMonths "
                f"{retention_months}); restore them from the archive instead (docs/reprocess.md)",
            )
    return None


def refuse_by_partitions(rng: Range, attached: Set[str]) -> Refusal | None:
    """A month of the range older than the oldest partition was dropped (or archived) by rotation."""
    months = sorted(m for m in (partition_month(n) for n in attached) if m is not None)
    if not months:
        return None
    gone = [m for m in rng.months() if m < months[0]]
    if gone:
        label = ", ".join(f"{y:04d}-{m:02d}" for y, m in gone)
        return Refusal("Archived", f"no partition for {label}: rotation archived or dropped it")
    return None


@dataclass(frozen=True)
class PartitionFacts:
    """One partition of the topic: [low, high) offsets kept, the first offset received at or after the rewind time
    (None: nothing was), and the receive time of the record at `low` (None: the partition is empty)."""

    low: int
    high: int
    at_rewind: int | None
    earliest_ms: int | None


def refuse_by_topic(rng: Range, facts: Mapping[int, PartitionFacts]) -> Refusal | None:
    """Retention deleted records the range may need: a partition that lost records (low > 0) and whose oldest kept
    record arrived after the rewind time, or that keeps none at all (what it lost cannot be dated: refused too)."""
    short = sorted(
        p for p, f in facts.items() if f.low > 0 and (f.earliest_ms is None or f.earliest_ms > rng.rewind_ms)
    )
    if short:
        return Refusal(
            "OutsideRetention",
            f"partitions {short} no longer hold the records received from {_iso(rng.rewind_to)}: "
            "retention deleted part of what the range needs",
        )
    return None


def rewind_offsets(facts: Mapping[int, PartitionFacts], committed: Mapping[int, int | None]) -> dict[int, int]:
    """Where the group resumes per partition: the first record received at or after the rewind time, but never
    past where it stands now (a group behind the rewind point has not read those records yet). A partition the group
    never committed on starts at its earliest record anyway."""
    out: dict[int, int] = {}
    for p, f in facts.items():
        at = f.at_rewind if f.at_rewind is not None and f.at_rewind >= 0 else f.high
        current = committed.get(p)
        out[p] = max(f.low, min(at, current if current is not None else f.low))
    return out


@dataclass(frozen=True)
class Progress:
    remaining: int
    reread: int
    done: bool


def progress(*, start: Mapping[int, int], target: Mapping[int, int], committed: Mapping[int, int | None]) -> Progress:
    """How far the group is from the end offsets recorded when it was rewound."""
    remaining = reread = 0
    for p, goal in target.items():
        at = committed.get(p)
        at = start.get(p, 0) if at is None else at
        remaining += max(0, goal - at)
        reread += max(0, min(at, goal) - start.get(p, 0))
    return Progress(remaining=remaining, reread=reread, done=remaining == 0)


def next_phase(phase: Phase) -> Phase:
    """The phase after a completed step (a terminal phase stays)."""
    if phase in TERMINAL:
        return phase
    return ORDER[ORDER.index(phase) + 1]


def holds_consumers(phase: Phase) -> bool:
    """While the consumers must stay at zero replicas (the autoscaler keeps off the pipeline)."""
    return phase in ("Pausing", "Deleting", "Rewinding")


def parse_time(value: str) -> datetime:
    """RFC 3339 from the API server (`Z` allowed); a time without a zone is an error."""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RangeError(f"{value!r} is not an RFC 3339 time") from exc
    if parsed.tzinfo is None:
        raise RangeError(f"{value!r}: give a time zone (e.g. Z)")
    return parsed.astimezone(UTC)


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _days(span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours / 24:g} days" if hours >= 24 else f"{hours:g} hours"

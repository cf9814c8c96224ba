"""The pure part of rotation: which months must exist, which partitions are past retention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventpipeline.common.schema import add_months, month_bounds, month_of, partition_month, partition_name


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, ts: datetime) -> Month:
        return cls(*month_of(ts))

    @classmethod
    def from_partition(cls, name: str) -> Month | None:
        """The month of an `events_pYYYYMM` table name, None for any other name."""
        month = partition_month(name)
        return None if month is None else cls(*month)

    def plus(self, n: int) -> Month:
        return Month(*add_months(self.year, self.month, n))

    @property
    def partition(self) -> str:
        return partition_name(self.year, self.month)

    @property
    def label(self) -> str:
        """`yyyy-mm`, the archive folder."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def start(self) -> datetime:
        return month_bounds(self.year, self.month)[0]


@dataclass(frozen=True)
class RotationPlan:
    """What one run must do. `expire` lists attached partitions and leftovers of an interrupted run alike."""

    create: tuple[Month, ...]
    expire: tuple[str, ...]
    cutoff: datetime | None
    oldest: str | None
    newest: str | None


def plan_rotation(
    *, now: datetime, premake: int, retention_months: int | None, attached: set[str], detached: set[str]
) -> RotationPlan:
    """Months from the current one to `premake` ahead must exist; months ending at or before the cutoff expire.

    The cutoff is the start of the month `retention_months - 1` before the current one: with retention 3 in
    May, March, April and May are kept and February is the newest month to expire.
    """
    if premake < 0:
        raise ValueError(f"premake: must be >= 0, got {premake}")
    if retention_months is not None and retention_months < 1:
        raise ValueError(f"retentionMonths: must be >= 1, got {retention_months}")
    current = Month.of(now)
    want = [current.plus(i) for i in range(premake + 1)]
    create = tuple(m for m in want if m.partition not in attached)
    cutoff = current.plus(-(retention_months - 1)).start if retention_months is not None else None
    expire: list[str] = []
    if cutoff is not None:
        for name in sorted(attached | detached):
            month = Month.from_partition(name)
            if month is not None and month.plus(1).start <= cutoff:
                expire.append(name)
    kept = sorted(n for n in attached if Month.from_partition(n) is not None and n not in expire)
    kept_all = sorted(set(kept) | {m.partition for m in create})
    return RotationPlan(
        create=create,
        expire=tuple(expire),
        cutoff=cutoff,
        oldest=kept_all[0] if kept_all else None,
        newest=kept_all[-1] if kept_all else None,
    )

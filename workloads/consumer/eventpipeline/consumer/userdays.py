"""The (UTC day, type, event, user key) rows this process has seen committed to `user_days`, for recent days only.

A batch flags its rows whose key is known, and the optimistic statement's `user_days` upsert reads only the others:
the upsert's index probe per known key was about 6 us/event of PostgreSQL CPU (docs/benchmarks.md, consumer).
Exact because a key is remembered only after a transaction that wrote it committed, and only for today and
yesterday (UTC), which the rotation never trims (it deletes rollups of months past retention); a late event for an
older day always goes through the upsert.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from datetime import UTC, date, datetime, timedelta

from eventpipeline.consumer.decode import Row

Pair = tuple[str, str, str]  # (type, event, user key)
Learned = dict[date, set[Pair]]
MAX_KEYS_PER_DAY = 1_000_000  # about 150 MB at worst; past it a day's set starts over (only costs probes again)
_NONE: frozenset[Pair] = frozenset()


def user_key(row: Row) -> str:
    """The rollup's user key: coalesce(user_id, 'anon:' || anonymous_id), as in the SQL."""
    return row.user_id if row.user_id is not None else f"anon:{row.anonymous_id}"


class KnownUserDays:
    """Shared by the writers of one process (set operations are atomic under the GIL)."""

    def __init__(self) -> None:
        self._days: dict[date, set[Pair]] = {}

    def _recent(self, now: datetime | None = None) -> date:
        """The oldest day kept: yesterday (UTC)."""
        return ((now or datetime.now(UTC)) - timedelta(days=1)).date()

    def flags(self, rows: Sequence[Row], *, now: datetime | None = None) -> tuple[list[bool], Learned]:
        """Per row: must the upsert see its key? And the keys to remember once the transaction commits.
        (Runs once per event: the day's sets are looked up once per run of rows of the same day.)"""
        recent = self._recent(now)
        flags: list[bool] = []
        learn: Learned = {}
        last_day: date | None = None
        known: Set[Pair] = _NONE
        new: set[Pair] | None = None
        for row in rows:
            ts = row.ts
            day = (ts if ts.tzinfo is UTC else ts.astimezone(UTC)).date()
            if day != last_day:
                last_day = day
                recent_day = day >= recent
                known = self._days.get(day, _NONE) if recent_day else _NONE
                new = learn.setdefault(day, set()) if recent_day else None
            pair = (row.type, row.event, user_key(row))
            if pair in known:
                flags.append(False)
            else:
                flags.append(True)
                if new is not None:
                    new.add(pair)
        return flags, learn

    def remember(self, learned: Learned, *, now: datetime | None = None) -> None:
        """After COMMIT: these keys are in `user_days`. Days older than yesterday are forgotten."""
        recent = self._recent(now)
        for day in [d for d in self._days if d < recent]:
            del self._days[day]
        for day, pairs in learned.items():
            if day < recent or not pairs:
                continue
            known = self._days.setdefault(day, set())
            if len(known) + len(pairs) > MAX_KEYS_PER_DAY:
                known.clear()
            known.update(pairs)

"""The (UTC day, type, user key) rows this process has seen committed to `user_days`, for recent days only.

A batch flags its rows whose key is known, and the optimistic statement's `user_days` upsert reads only the others:
the upsert's index probe per known key was about 6 us/event of PostgreSQL CPU (docs/benchmarks.md, consumer).
Exact because a key is remembered only after a transaction that wrote it committed, and only for today and
yesterday (UTC), which the rotation never trims (it deletes rollups of months past retention); a late event for an
older day always goes through the upsert.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from eventpipeline.consumer.decode import Row

Key = tuple[date, str, str]
MAX_KEYS_PER_DAY = 1_000_000  # about 150 MB at worst; past it a day's set starts over (only costs probes again)


def user_key(row: Row) -> str:
    """The rollup's user key: coalesce(user_id, 'anon:' || anonymous_id), as in the SQL."""
    return row.user_id if row.user_id is not None else f"anon:{row.anonymous_id}"


class KnownUserDays:
    """Shared by the writers of one process (set operations are atomic under the GIL)."""

    def __init__(self) -> None:
        self._days: dict[date, set[tuple[str, str]]] = {}

    def _recent(self, now: datetime | None = None) -> date:
        """The oldest day kept: yesterday (UTC)."""
        return ((now or datetime.now(UTC)) - timedelta(days=1)).date()

    def flags(self, rows: Sequence[Row], *, now: datetime | None = None) -> tuple[list[bool], list[Key]]:
        """Per row: must the upsert see its key? And the keys to remember once the transaction commits."""
        recent = self._recent(now)
        days = self._days
        flags: list[bool] = []
        learn: list[Key] = []
        for row in rows:
            ts = row.ts
            day = (ts if ts.tzinfo is UTC else ts.astimezone(UTC)).date()
            pair = (row.type, user_key(row))
            known = day >= recent and pair in days.get(day, ())
            flags.append(not known)
            if not known and day >= recent:
                learn.append((day, *pair))
        return flags, learn

    def remember(self, keys: Iterable[Key], *, now: datetime | None = None) -> None:
        """After COMMIT: these keys are in `user_days`. Days older than yesterday are forgotten."""
        recent = self._recent(now)
        for day in [d for d in self._days if d < recent]:
            del self._days[day]
        for day, type_, user in keys:
            if day < recent:
                continue
            known = self._days.setdefault(day, set())
            if len(known) >= MAX_KEYS_PER_DAY:
                known.clear()
            known.add((type_, user))

"""Exact unique users over [from, to) without a type filter, from `user_months` (one row per user and month with
a bit per active day) plus raw `events` for the partial days at the edges.

Whole days inside one month (the usual month-long question): the users with a bit in the range are counted
straight off the index; an edge user adds to that only if the month's bits show no whole day in the range (the
few "candidates"), or if the edge lies in another month and the user is not counted yet. Whole days over several
months: a plain distinct over the months' sets and the edges (docs/benchmarks.md has the plans and timings).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from psycopg import AsyncConnection, sql

# user_key as the contract defines it: the user id, or else 'anon:' || the anonymous id (queries.py uses it too).
USER_KEY = "coalesce(user_id, 'anon:' || anonymous_id)"


@dataclass(frozen=True)
class MonthMask:
    month: date
    mask: int  # bit (d - 1) for each whole day d of the range in this month


def month_masks(first: date, end: date) -> list[MonthMask]:
    """The months holding the whole days [first, end), each with the bits of those days."""
    out: dict[date, int] = {}
    day = first
    while day < end:
        month = day.replace(day=1)
        out[month] = out.get(month, 0) | 1 << (day.day - 1)
        day += timedelta(days=1)
    return [MonthMask(m, bits) for m, bits in out.items()]


def _day(value: datetime) -> date:
    return value.astimezone(UTC).date()


_ONE_MONTH = f"""
    WITH w AS (
        SELECT count(*) FILTER (WHERE days & %(mask)s <> 0) AS n,
               coalesce(array_agg(user_key) FILTER (WHERE days & %(mask)s = 0 AND days & %(edge_bits)s <> 0),
                        '{{{{}}}}') AS candidates
          FROM {{user_months}} WHERE month = %(month)s
    )
    SELECT w.n + (SELECT count(*) FROM (
        SELECT k FROM (
            SELECT {USER_KEY} AS k FROM {{events}} WHERE ts >= %(in1)s AND ts < %(in1_end)s
            UNION ALL
            SELECT {USER_KEY} FROM {{events}} WHERE ts >= %(in2)s AND ts < %(in2_end)s) i
         WHERE k IN (SELECT unnest(w.candidates))  -- hashes the few candidates, not the edge's users
        UNION
        SELECT k FROM (
            SELECT {USER_KEY} AS k FROM {{events}} WHERE ts >= %(out1)s AND ts < %(out1_end)s
            UNION
            SELECT {USER_KEY} FROM {{events}} WHERE ts >= %(out2)s AND ts < %(out2_end)s) o
         WHERE NOT EXISTS (SELECT 1 FROM {{user_months}} m
                            WHERE m.month = %(month)s AND m.user_key = o.k AND m.days & %(mask)s <> 0)
    ) extra) FROM w"""

_MANY_MONTHS = f"""
    SELECT count(*) FROM (
        SELECT m.user_key FROM {{user_months}} m
          JOIN unnest(%(months)s::date[], %(masks)s::int[]) AS r(month, mask) ON m.month = r.month
         WHERE m.month = ANY(%(months)s::date[]) AND m.days & r.mask <> 0  -- an index range, not every month
        UNION
        SELECT {USER_KEY} FROM {{events}} WHERE ts >= %(s)s AND ts < %(dms)s
        UNION
        SELECT {USER_KEY} FROM {{events}} WHERE ts >= %(dme)s AND ts < %(e)s
    ) users"""


class UniqueUsers:
    """Composed statements for one schema."""

    def __init__(self, schema: str) -> None:
        ids = {"events": sql.Identifier(schema, "events"), "user_months": sql.Identifier(schema, "user_months")}
        self._one = sql.SQL(_ONE_MONTH).format(**ids)
        self._many = sql.SQL(_MANY_MONTHS).format(**ids)

    def plan(
        self, start: datetime, mid_start: datetime, mid_end: datetime, end: datetime
    ) -> tuple[sql.Composed, dict[str, Any]]:
        """The statement and parameters for the users of [start, end), whose whole days are [mid_start, mid_end)."""
        masks = month_masks(_day(mid_start), _day(mid_end))
        if len(masks) != 1:
            return self._many, {
                "months": [m.month for m in masks],
                "masks": [m.mask for m in masks],
                "s": start,
                "dms": mid_start,
                "dme": mid_end,
                "e": end,
            }
        month = masks[0].month
        params: dict[str, Any] = {"month": month, "mask": masks[0].mask, "edge_bits": 0}
        inside: list[tuple[datetime, datetime]] = []
        outside: list[tuple[datetime, datetime]] = []
        for lo, hi in ((start, mid_start), (mid_end, end)):
            day = _day(lo)
            if lo >= hi:
                continue
            if day.replace(day=1) == month:
                inside.append((lo, hi))
                params["edge_bits"] |= 1 << (day.day - 1)
            else:
                outside.append((lo, hi))
        empty = (end, end)
        for name, edges in (("in", inside), ("out", outside)):
            for i, (lo, hi) in enumerate(edges + [empty] * (2 - len(edges)), start=1):
                params[f"{name}{i}"], params[f"{name}{i}_end"] = lo, hi
        return self._one, params

    async def count(
        self, conn: AsyncConnection[Any], start: datetime, mid_start: datetime, mid_end: datetime, end: datetime
    ) -> int:
        stmt, params = self.plan(start, mid_start, mid_end, end)
        cur = await conn.execute(stmt, params)
        row = await cur.fetchone()
        return int(row[0]) if row else 0

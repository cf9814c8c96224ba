"""The SQL behind each endpoint: hour and minute rollups for the aligned middle of a range, raw rows for its edges.

Counts: `event_counts_hour` covers whole hours, `event_counts_minute` the whole minutes around them, raw `events`
the partial minutes at both ends.
Unique users (exact, per the contract): without a type, `user_months` (users.py); with one, `user_days` for whole
UTC days; raw `events` for the partial days.
All values are bound parameters; only the schema name (validated by settings) is composed, as an identifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from eventpipeline.analytics.params import (
    INTERVALS,
    Range,
    SummaryQuery,
    TimeseriesQuery,
    TopQuery,
    canonical_ts,
    truncate,
)
from eventpipeline.analytics.users import USER_KEY, UniqueUsers
from psycopg import AsyncConnection, sql


@dataclass(frozen=True)
class Split:
    """[start, end) cut into raw edges and an aligned middle; an empty middle collapses onto `end`."""

    start: datetime
    mid_start: datetime
    mid_end: datetime
    end: datetime


def split(rng: Range, unit: str) -> Split:
    """Align the middle of `rng` to whole minutes or days (UTC)."""
    lo = truncate(rng.start, unit)
    if lo < rng.start:
        lo += INTERVALS[unit]
    hi = truncate(rng.end, unit)
    if lo >= hi:
        return Split(rng.start, rng.end, rng.end, rng.end)
    return Split(rng.start, lo, hi, rng.end)


def _day(value: datetime) -> date:
    return value.astimezone(UTC).date()


class Queries:
    """Composed statements for one schema; each `run_*` executes on the connection it is given."""

    def __init__(self, schema: str, *, use_rollups: bool = True) -> None:
        self._use_rollups = use_rollups
        self._ids = {
            "events": sql.Identifier(schema, "events"),
            "minutes": sql.Identifier(schema, "event_counts_minute"),
            "hours": sql.Identifier(schema, "event_counts_hour"),
            "user_days": sql.Identifier(schema, "user_days"),
        }
        self._cache: dict[tuple[str, bool], sql.Composed] = {}
        self._users = UniqueUsers(schema)

    def _stmt(self, name: str, with_type: bool, template: str) -> sql.Composed:
        key = (name, with_type)
        if key not in self._cache:
            type_filter = sql.SQL(" AND type = %(type)s" if with_type else "")
            self._cache[key] = sql.SQL(template).format(tf=type_filter, **self._ids)
        return self._cache[key]

    # counts by type: summary and top(type)
    _COUNTS = """
        SELECT type, sum(n)::bigint AS n FROM (
            SELECT type, sum(events) AS n FROM {hours}
             WHERE bucket >= %(hs)s AND bucket < %(he)s{tf} GROUP BY type
            UNION ALL
            SELECT type, sum(events) AS n FROM {minutes}
             WHERE bucket >= %(ms)s AND bucket < %(hs)s{tf} GROUP BY type
            UNION ALL
            SELECT type, sum(events) AS n FROM {minutes}
             WHERE bucket >= %(he)s AND bucket < %(me)s{tf} GROUP BY type
            UNION ALL
            SELECT type, count(*) FROM {events} WHERE ts >= %(s)s AND ts < %(ms)s{tf} GROUP BY type
            UNION ALL
            SELECT type, count(*) FROM {events} WHERE ts >= %(me)s AND ts < %(e)s{tf} GROUP BY type
        ) parts GROUP BY type ORDER BY n DESC, type"""

    _USERS = f"""
        SELECT count(*) FROM (
            SELECT user_key FROM {{user_days}} WHERE day >= %(ds)s AND day < %(de)s{{tf}}
            UNION
            SELECT {USER_KEY} FROM {{events}}
             WHERE ts >= %(s)s AND ts < %(dms)s AND {USER_KEY} IS NOT NULL{{tf}}
            UNION
            SELECT {USER_KEY} FROM {{events}}
             WHERE ts >= %(dme)s AND ts < %(e)s AND {USER_KEY} IS NOT NULL{{tf}}
        ) users"""

    _SERIES = """
        SELECT b, sum(n)::bigint FROM (
            SELECT date_trunc(%(unit)s, bucket, 'UTC') AS b, sum(events) AS n FROM {hours}
             WHERE bucket >= %(hs)s AND bucket < %(he)s{tf} GROUP BY 1
            UNION ALL
            SELECT date_trunc(%(unit)s, bucket, 'UTC') AS b, sum(events) AS n FROM {minutes}
             WHERE bucket >= %(ms)s AND bucket < %(hs)s{tf} GROUP BY 1
            UNION ALL
            SELECT date_trunc(%(unit)s, bucket, 'UTC') AS b, sum(events) AS n FROM {minutes}
             WHERE bucket >= %(he)s AND bucket < %(me)s{tf} GROUP BY 1
            UNION ALL
            SELECT date_trunc(%(unit)s, ts, 'UTC'), count(*) FROM {events}
             WHERE ts >= %(s)s AND ts < %(ms)s{tf} GROUP BY 1
            UNION ALL
            SELECT date_trunc(%(unit)s, ts, 'UTC'), count(*) FROM {events}
             WHERE ts >= %(me)s AND ts < %(e)s{tf} GROUP BY 1
        ) parts GROUP BY b"""

    _TOP_PROPERTY = """
        SELECT properties ->> %(name)s AS v, count(*) AS n FROM {events}
         WHERE ts >= %(s)s AND ts < %(e)s AND properties ->> %(name)s IS NOT NULL{tf}
         GROUP BY 1 ORDER BY n DESC, v LIMIT %(limit)s"""

    _FRESHNESS = "SELECT max(ts) FROM {events} WHERE ts <= now()"

    def _split(self, rng: Range, unit: str) -> Split:
        """Without rollups (the benchmark's baseline) the whole range is an edge: raw rows only."""
        return split(rng, unit) if self._use_rollups else Split(rng.start, rng.end, rng.end, rng.end)

    def _minute_params(self, rng: Range, type_: str | None, *, hours: bool = True) -> dict[str, Any]:
        """Raw [s, ms), minutes [ms, hs), hours [hs, he), minutes [he, me), raw [me, e); no hours: hs = he = me."""
        cut = self._split(rng, "minute")
        hs = he = cut.mid_end
        if hours and cut.mid_start < cut.mid_end:
            inner = split(Range(cut.mid_start, cut.mid_end), "hour")
            hs, he = inner.mid_start, inner.mid_end
        return {"s": cut.start, "ms": cut.mid_start, "hs": hs, "he": he, "me": cut.mid_end, "e": cut.end, "type": type_}

    async def _counts(self, conn: AsyncConnection[Any], rng: Range, type_: str | None) -> list[tuple[str, int]]:
        stmt = self._stmt("counts", type_ is not None, self._COUNTS)
        cur = await conn.execute(stmt, self._minute_params(rng, type_))
        return [(str(t), int(n)) for t, n in await cur.fetchall()]

    async def summary(self, conn: AsyncConnection[Any], q: SummaryQuery) -> dict[str, Any]:
        by_type = await self._counts(conn, q.range, q.type)
        days = self._split(q.range, "day")
        if q.type is None and self._use_rollups:
            users = await self._users.count(conn, days.start, days.mid_start, days.mid_end, days.end)
            return self._summary_answer(q, by_type, users)
        params = {
            "s": days.start,
            "dms": days.mid_start,
            "dme": days.mid_end,
            "e": days.end,
            "ds": _day(days.mid_start),
            "de": _day(days.mid_end),
            "type": q.type,
        }
        cur = await conn.execute(self._stmt("users", q.type is not None, self._USERS), params)
        row = await cur.fetchone()
        return self._summary_answer(q, by_type, int(row[0]) if row else 0)

    @staticmethod
    def _summary_answer(q: SummaryQuery, by_type: list[tuple[str, int]], users: int) -> dict[str, Any]:
        return {
            "from": canonical_ts(q.range.start),
            "to": canonical_ts(q.range.end),
            "type": q.type,
            "total_events": sum(n for _, n in by_type),
            "unique_users": users,
            "events_by_type": [{"type": t, "events": n} for t, n in by_type],
        }

    async def timeseries(self, conn: AsyncConnection[Any], q: TimeseriesQuery) -> dict[str, Any]:
        # a minute series cannot use hour buckets
        params = self._minute_params(q.range, q.type, hours=q.interval != "minute") | {"unit": q.interval}
        cur = await conn.execute(self._stmt("series", q.type is not None, self._SERIES), params)
        counts = {b.astimezone(UTC): int(n) for b, n in await cur.fetchall()}
        step = INTERVALS[q.interval]
        buckets = []
        at = truncate(q.range.start, q.interval)
        while at < q.range.end:
            buckets.append({"start": canonical_ts(at), "events": counts.get(at, 0)})
            at += step
        return {
            "from": canonical_ts(q.range.start),
            "to": canonical_ts(q.range.end),
            "interval": q.interval,
            "type": q.type,
            "buckets": buckets,
        }

    async def top(self, conn: AsyncConnection[Any], q: TopQuery) -> dict[str, Any]:
        name = q.property_name
        if name is None:
            items = (await self._counts(conn, q.range, q.type))[: q.limit]
        else:
            params = {"s": q.range.start, "e": q.range.end, "name": name, "limit": q.limit, "type": q.type}
            cur = await conn.execute(self._stmt("top_property", q.type is not None, self._TOP_PROPERTY), params)
            items = [(str(v), int(n)) for v, n in await cur.fetchall()]
        return {
            "from": canonical_ts(q.range.start),
            "to": canonical_ts(q.range.end),
            "dimension": q.dimension,
            "limit": q.limit,
            "type": q.type,
            "items": [{"value": v, "events": n} for v, n in items],
        }

    async def newest_event(self, conn: AsyncConnection[Any]) -> dict[str, Any]:
        """Only the newest timestamp is computed (and cached); the age is taken at answer time."""
        cur = await conn.execute(self._stmt("freshness", False, self._FRESHNESS))
        row = await cur.fetchone()
        newest = row[0] if row else None
        return {"newest_event_at": canonical_ts(newest) if newest else None}


def freshness_answer(cached: dict[str, Any], now: datetime) -> dict[str, Any]:
    newest = cached.get("newest_event_at")
    age = None
    if newest:
        age = max(0.0, (now - datetime.fromisoformat(newest)).total_seconds())
    return {**cached, "age_seconds": age, "now": canonical_ts(now)}

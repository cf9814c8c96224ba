"""The SQL behind each endpoint: hour and minute rollups for the aligned middle of a range, raw rows for its edges.

Counts, by call type and event name: `event_counts_hour` covers whole hours, `event_counts_minute` the whole minutes
around them, raw `events` the partial minutes at both ends. A trait filter (the user's latest identify traits,
`user_traits`) is answered from raw rows only: no rollup knows traits.
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
    Filters,
    Range,
    SummaryQuery,
    TimeseriesQuery,
    TopQuery,
    canonical_ts,
    truncate,
)
from eventpipeline.analytics.users import USER_KEY, UniqueUsers
from eventpipeline.common.schema import NEWEST_EVENT_SQL
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
            "traits": sql.Identifier(schema, "user_traits"),
        }
        self._cache: dict[tuple[str, bool, bool, bool], sql.Composed] = {}
        self._users = UniqueUsers(schema)

    def _stmt(self, name: str, filters: Filters, template: str) -> sql.Composed:
        """`template` with its filters: `{tf}` on rollups (type, event), `{rf}` on raw events and `{uf}` on
        user_days (those plus the trait filter, which only raw rows and user keys can answer)."""
        key = (name, filters.type is not None, filters.event is not None, filters.trait is not None)
        if key not in self._cache:
            tf = ("" if filters.type is None else " AND type = %(type)s") + (
                "" if filters.event is None else " AND event = %(event)s"
            )
            has_trait = " IN (SELECT user_key FROM {traits} WHERE traits ->> %(tn)s = %(tv)s)"
            rf = tf + (f" AND {USER_KEY}{has_trait}" if filters.trait else "")
            uf = tf + (f" AND user_key{has_trait}" if filters.trait else "")
            self._cache[key] = sql.SQL(template).format(
                tf=sql.SQL(tf),
                rf=sql.SQL(rf).format(**self._ids),
                uf=sql.SQL(uf).format(**self._ids),
                **self._ids,
            )
        return self._cache[key]

    @staticmethod
    def _filter_params(filters: Filters) -> dict[str, Any]:
        name, value = filters.trait or (None, None)
        return {"type": filters.type, "event": filters.event, "tn": name, "tv": value}

    # counts by (type, event): summary and top(type|event)
    _COUNTS = """
        SELECT type, event, sum(n)::bigint AS n FROM (
            SELECT type, event, sum(events) AS n FROM {hours}
             WHERE bucket >= %(hs)s AND bucket < %(he)s{tf} GROUP BY type, event
            UNION ALL
            SELECT type, event, sum(events) AS n FROM {minutes}
             WHERE bucket >= %(ms)s AND bucket < %(hs)s{tf} GROUP BY type, event
            UNION ALL
            SELECT type, event, sum(events) AS n FROM {minutes}
             WHERE bucket >= %(he)s AND bucket < %(me)s{tf} GROUP BY type, event
            UNION ALL
            SELECT type, event, count(*) FROM {events} WHERE ts >= %(s)s AND ts < %(ms)s{rf} GROUP BY type, event
            UNION ALL
            SELECT type, event, count(*) FROM {events} WHERE ts >= %(me)s AND ts < %(e)s{rf} GROUP BY type, event
        ) parts GROUP BY type, event ORDER BY n DESC, type, event"""

    _USERS = f"""
        SELECT count(*) FROM (
            SELECT user_key FROM {{user_days}} WHERE day >= %(ds)s AND day < %(de)s{{uf}}
            UNION
            SELECT {USER_KEY} FROM {{events}}
             WHERE ts >= %(s)s AND ts < %(dms)s AND {USER_KEY} IS NOT NULL{{rf}}
            UNION
            SELECT {USER_KEY} FROM {{events}}
             WHERE ts >= %(dme)s AND ts < %(e)s AND {USER_KEY} IS NOT NULL{{rf}}
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
             WHERE ts >= %(s)s AND ts < %(ms)s{rf} GROUP BY 1
            UNION ALL
            SELECT date_trunc(%(unit)s, ts, 'UTC'), count(*) FROM {events}
             WHERE ts >= %(me)s AND ts < %(e)s{rf} GROUP BY 1
        ) parts GROUP BY b"""

    _TOP_PROPERTY = """
        SELECT properties ->> %(name)s AS v, count(*) AS n FROM {events}
         WHERE ts >= %(s)s AND ts < %(e)s AND properties ->> %(name)s IS NOT NULL{rf}
         GROUP BY 1 ORDER BY n DESC, v LIMIT %(limit)s"""

    # events by a latest trait of their user (user_traits: the merged identify traits)
    _TOP_TRAIT = f"""
        SELECT ut.traits ->> %(name)s AS v, count(*) AS n
          FROM {{events}} JOIN {{traits}} ut ON ut.user_key = {USER_KEY}
         WHERE ts >= %(s)s AND ts < %(e)s AND ut.traits ->> %(name)s IS NOT NULL{{rf}}
         GROUP BY 1 ORDER BY n DESC, v LIMIT %(limit)s"""

    _FRESHNESS = NEWEST_EVENT_SQL

    def _split(self, rng: Range, unit: str, filters: Filters) -> Split:
        """Without rollups (the benchmark's baseline), or filtered by a trait (which no rollup knows), the whole
        range is an edge: raw rows only."""
        if self._use_rollups and filters.trait is None:
            return split(rng, unit)
        return Split(rng.start, rng.end, rng.end, rng.end)

    def _minute_params(self, rng: Range, filters: Filters, *, hours: bool = True) -> dict[str, Any]:
        """Raw [s, ms), minutes [ms, hs), hours [hs, he), minutes [he, me), raw [me, e); no hours: hs = he = me."""
        cut = self._split(rng, "minute", filters)
        hs = he = cut.mid_end
        if hours and cut.mid_start < cut.mid_end:
            inner = split(Range(cut.mid_start, cut.mid_end), "hour")
            hs, he = inner.mid_start, inner.mid_end
        bounds = {"s": cut.start, "ms": cut.mid_start, "hs": hs, "he": he, "me": cut.mid_end, "e": cut.end}
        return bounds | self._filter_params(filters)

    async def _counts(self, conn: AsyncConnection[Any], rng: Range, filters: Filters) -> list[tuple[str, str, int]]:
        stmt = self._stmt("counts", filters, self._COUNTS)
        cur = await conn.execute(stmt, self._minute_params(rng, filters))
        return [(str(t), str(e), int(n)) for t, e, n in await cur.fetchall()]

    async def summary(self, conn: AsyncConnection[Any], q: SummaryQuery) -> dict[str, Any]:
        counts = await self._counts(conn, q.range, q.filters)
        days = self._split(q.range, "day", q.filters)
        if not q.filters.any and self._use_rollups:
            users = await self._users.count(conn, days.start, days.mid_start, days.mid_end, days.end)
            return self._summary_answer(q, counts, users)
        params = {
            "s": days.start,
            "dms": days.mid_start,
            "dme": days.mid_end,
            "e": days.end,
            "ds": _day(days.mid_start),
            "de": _day(days.mid_end),
        } | self._filter_params(q.filters)
        cur = await conn.execute(self._stmt("users", q.filters, self._USERS), params)
        row = await cur.fetchone()
        return self._summary_answer(q, counts, int(row[0]) if row else 0)

    @staticmethod
    def _summary_answer(q: SummaryQuery, counts: list[tuple[str, str, int]], users: int) -> dict[str, Any]:
        return {
            "from": canonical_ts(q.range.start),
            "to": canonical_ts(q.range.end),
            **_filters_answer(q.filters),
            "total_events": sum(n for _, _, n in counts),
            "unique_users": users,
            "events_by_type": [{"type": t, "events": n} for t, n in _ranked(counts, 0)],
            "events_by_event": [{"type": t, "event": e, "events": n} for t, e, n in counts],
        }

    async def timeseries(self, conn: AsyncConnection[Any], q: TimeseriesQuery) -> dict[str, Any]:
        # a minute series cannot use hour buckets
        params = self._minute_params(q.range, q.filters, hours=q.interval != "minute") | {"unit": q.interval}
        cur = await conn.execute(self._stmt("series", q.filters, self._SERIES), params)
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
            **_filters_answer(q.filters),
            "buckets": buckets,
        }

    async def top(self, conn: AsyncConnection[Any], q: TopQuery) -> dict[str, Any]:
        if q.dimension in {"type", "event"}:
            counts = await self._counts(conn, q.range, q.filters)
            items = _ranked(counts, 0 if q.dimension == "type" else 1)[: q.limit]
        else:
            trait = q.trait_name
            name = trait if trait is not None else q.property_name
            template = self._TOP_TRAIT if trait is not None else self._TOP_PROPERTY
            params = {"s": q.range.start, "e": q.range.end, "name": name, "limit": q.limit}
            params |= self._filter_params(q.filters)
            stmt = self._stmt("top_trait" if trait is not None else "top_property", q.filters, template)
            cur = await conn.execute(stmt, params)
            items = [(str(v), int(n)) for v, n in await cur.fetchall()]
        return {
            "from": canonical_ts(q.range.start),
            "to": canonical_ts(q.range.end),
            "dimension": q.dimension,
            "limit": q.limit,
            **_filters_answer(q.filters),
            "items": [{"value": v, "events": n} for v, n in items],
        }

    async def newest_event(self, conn: AsyncConnection[Any]) -> dict[str, Any]:
        """Only the newest timestamp is computed (and cached); the age is taken at answer time."""
        cur = await conn.execute(self._stmt("freshness", Filters(), self._FRESHNESS))
        row = await cur.fetchone()
        newest = row[0] if row else None
        return {"newest_event_at": canonical_ts(newest) if newest else None}


def _filters_answer(filters: Filters) -> dict[str, Any]:
    return {"type": filters.type, "event": filters.event, "trait": ":".join(filters.trait) if filters.trait else None}


def _ranked(counts: list[tuple[str, str, int]], column: int) -> list[tuple[str, int]]:
    """Counts summed by type (column 0) or event name (column 1; calls without one left out), count desc, name."""
    totals: dict[str, int] = {}
    for call, event, n in counts:
        key = call if column == 0 else event
        if key:
            totals[key] = totals.get(key, 0) + n
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def freshness_answer(cached: dict[str, Any], now: datetime) -> dict[str, Any]:
    newest = cached.get("newest_event_at")
    age = None
    if newest:
        age = max(0.0, (now - datetime.fromisoformat(newest)).total_seconds())
    return {**cached, "age_seconds": age, "now": canonical_ts(now)}

"""Every endpoint and interval answers exactly what direct SQL over the raw rows says (rollups + edges are exact).

Random events across month boundaries (with bursts exactly on minute/day/month edges), random ranges with odd
seconds and microseconds; answers read from the replica and compared with naive queries over `events` alone, over
the range the API counts: widened to whole minutes (summary, top) or to the timeseries' interval.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from eventpipeline.analytics.params import INTERVALS, canonical_ts, truncate
from eventpipeline.analytics.settings import AnalyticsSettings
from psycopg import sql
from pydantic import SecretStr

from tests.integration.analytics_support import (
    FILTERS,
    Dataset,
    app_name,
    expected_summary,
    filter_params,
    load_dataset,
    metric,
    random_events,
    raw,
    read_keys_file,
    running_app,
    wait_for_replica,
    where,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def dataset(endpoints: Any, pg_conn: psycopg.Connection[Any], pg_schema: str) -> Dataset:
    data = load_dataset(pg_conn, pg_schema, random_events(6000, seed=6))
    wait_for_replica(endpoints.postgres_replica_dsn, pg_schema, data.rows)
    return data


def ranges(seed: int) -> list[tuple[datetime, datetime]]:
    """Aligned, unaligned, sub-minute, cross-month, and empty ranges."""
    rnd = random.Random(seed)

    def t(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)

    out = [
        (t(2026, 11, 1), t(2026, 12, 1)),  # exactly one month
        (t(2026, 10, 31, 23, 59, 59), t(2026, 11, 1, 0, 0, 1)),  # two seconds over a month boundary
        (t(2026, 11, 30, 23, 59, 30), t(2026, 11, 30, 23, 59, 31)),  # one second, inside a minute
        (t(2026, 11, 20), t(2026, 11, 21)),  # one whole (busy) day
        (t(2026, 11, 19, 13, 7, 3), t(2026, 11, 21, 4, 55, 17)),  # whole day in the middle, partial days around
        (t(2026, 9, 1), t(2026, 10, 1)),  # before any data
        # rollup middle plus a right edge that starts exactly on a boundary holding events
        (t(2026, 10, 31, 23, 55, 17), datetime(2026, 11, 1, 0, 0, 0, 500_000, tzinfo=UTC)),
        (datetime(2026, 11, 15, 12, 29, 59, 999_999, tzinfo=UTC), datetime(2026, 11, 15, 12, 35, 0, 1, tzinfo=UTC)),
        (datetime(2026, 10, 28, 22, 0, 0, 123456, tzinfo=UTC), datetime(2026, 12, 4, 1, 2, 3, 4, tzinfo=UTC)),
        # user_months paths: whole days in one month with an edge in that month and one in the next (the
        # benchmark's shifted month), both edges in other months, an edge in the previous month, two months
        (t(2026, 11, 1, 0, 0, 7), t(2026, 12, 1, 0, 0, 7)),
        (t(2026, 10, 31, 0, 0, 7), t(2026, 12, 1, 0, 0, 7)),
        (t(2026, 11, 30, 10), t(2026, 12, 2, 5)),
        (t(2026, 10, 30, 12), t(2026, 11, 2)),
    ]
    for _ in range(5):
        start = t(2026, 10, 29) + timedelta(seconds=rnd.uniform(0, 33 * 86_400))
        length = timedelta(
            seconds=rnd.choice((rnd.uniform(1, 600), rnd.uniform(600, 86_400), rnd.uniform(1, 5) * 86_400))
        )
        out.append((start, start + length))
    return out


def widened(f: datetime, t: datetime, unit: str) -> tuple[datetime, datetime]:
    """[f, t) widened to whole `unit`s: the range the API counts."""
    end = truncate(t, unit)
    return truncate(f, unit), end if end == t else end + INTERVALS[unit]


def expected_series(
    conn: psycopg.Connection[Any], schema: str, f: datetime, t: datetime, interval: str, filters: dict[str, str]
) -> list[dict[str, Any]]:
    p = {"f": f, "t": t, "unit": interval, **filter_params(filters)}
    counts = dict(
        raw(
            conn,
            schema,
            f"SELECT date_trunc(%(unit)s, ts, 'UTC'), count(*) FROM {{e}} WHERE {where(filters)} GROUP BY 1",
            p,
        )
    )
    out, at = [], truncate(f, interval)
    while at < t:
        out.append({"start": canonical_ts(at), "events": counts.get(at, 0)})
        at += INTERVALS[interval]
    return out


def expected_top_property(
    conn: psycopg.Connection[Any], schema: str, f: datetime, t: datetime, name: str, limit: int
) -> list[dict[str, Any]]:
    rows = raw(
        conn,
        schema,
        "SELECT properties ->> %(name)s, count(*) FROM {e} WHERE ts >= %(f)s AND ts < %(t)s"
        " AND properties ->> %(name)s IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %(limit)s",
        {"f": f, "t": t, "name": name, "limit": limit},
    )
    return [{"value": v, "events": n} for v, n in rows]


def expected_top_trait(
    conn: psycopg.Connection[Any], schema: str, f: datetime, t: datetime, name: str, limit: int
) -> list[dict[str, Any]]:
    """Events by their user's latest trait, the naive way: a correlated lookup per event."""
    rows = raw(
        conn,
        schema,
        "SELECT v, count(*) FROM (SELECT (SELECT traits ->> %(name)s FROM {ut}"
        "  WHERE user_key = coalesce(user_id, 'anon:' || anonymous_id)) AS v FROM {e} WHERE ts >= %(f)s AND ts < %(t)s)"
        " x WHERE v IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %(limit)s",
        {"f": f, "t": t, "name": name, "limit": limit},
    )
    return [{"value": v, "events": n} for v, n in rows]


def ranked_events(summary: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    totals: dict[str, int] = {}
    for item in summary["events_by_event"]:
        if item["event"]:
            totals[item["event"]] = totals.get(item["event"], 0) + item["events"]
    return [{"value": e, "events": n} for e, n in sorted(totals.items(), key=lambda x: (-x[1], x[0]))[:limit]]


@pytest.mark.parametrize("use_rollups", [True, False], ids=["rollups", "raw-only-baseline"])
async def test_every_endpoint_and_interval_matches_raw_sql(endpoints: Any, dataset: Dataset, use_rollups: bool) -> None:
    settings = AnalyticsSettings(
        read_keys_file=read_keys_file(),
        use_rollups=use_rollups,
        primary_dsn=endpoints.postgres_primary_dsn,
        replica_dsns=[endpoints.postgres_replica_dsn],
        redis_url=SecretStr(""),  # every answer computed: this test is about the SQL
        db_schema=dataset.schema,
        application_name=app_name(),
        max_range_days=60,
        max_raw_range_days=60,
    )
    checked = 0
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
        async with running_app(settings) as (client, app):
            for asked_from, asked_to in ranges(seed=7):
                f, t = widened(asked_from, asked_to, "minute")
                for filters in FILTERS:
                    base = {"from": asked_from.isoformat(), "to": asked_to.isoformat(), **filters}
                    answer = (await client.get("/v1/metrics/summary", params=base)).json()
                    assert (answer["from"], answer["to"]) == (canonical_ts(f), canonical_ts(t))
                    exp = expected_summary(conn, dataset.schema, f, t, filters)
                    assert {k: answer[k] for k in exp} == exp, (f, t, filters)
                    for interval in ("minute", "hour", "day"):
                        resp = await client.get("/v1/metrics/timeseries", params={**base, "interval": interval})
                        start, end = widened(asked_from, asked_to, interval)
                        if (end - start) / INTERVALS[interval] > settings.max_buckets:
                            assert resp.status_code == 400
                            assert resp.json()["param"] == "interval"
                            continue
                        assert resp.json()["buckets"] == expected_series(
                            conn, dataset.schema, start, end, interval, filters
                        ), (
                            f,
                            t,
                            interval,
                        )
                    top = (await client.get("/v1/metrics/top", params={**base, "dimension": "type", "limit": 3})).json()
                    assert top["items"] == [
                        {"value": x["type"], "events": x["events"]} for x in exp["events_by_type"][:3]
                    ]
                    top = (
                        await client.get("/v1/metrics/top", params={**base, "dimension": "event", "limit": 3})
                    ).json()
                    assert top["items"] == ranked_events(exp, 3)
                    checked += 1
                for name in ("plan", "n", "missing"):
                    params = {
                        "from": asked_from.isoformat(),
                        "to": asked_to.isoformat(),
                        "dimension": f"property:{name}",
                        "limit": "3",
                    }
                    top = (await client.get("/v1/metrics/top", params=params)).json()
                    assert top["items"] == expected_top_property(conn, dataset.schema, f, t, name, 3), (f, t, name)
                    params["dimension"] = f"trait:{name}"
                    top = (await client.get("/v1/metrics/top", params=params)).json()
                    assert top["items"] == expected_top_trait(conn, dataset.schema, f, t, name, 3), (f, t, name)
            newest = conn.execute(
                # events stamped in the future (client clocks) do not count as "newest stored"
                sql.SQL("SELECT max(ts) FROM {} WHERE ts <= now()").format(sql.Identifier(dataset.schema, "events"))
            ).fetchone()
            fresh = (await client.get("/v1/metrics/freshness")).json()
            assert newest is not None
            assert fresh["newest_event_at"] == canonical_ts(newest[0])
            assert fresh["age_seconds"] >= 0
            # all of it was read on the replica
            assert metric(app, "ep_analytics_db_queries_total", {"role": "replica", "host": "replica-0"}) > checked
            assert metric(app, "ep_analytics_db_queries_total", {"role": "primary", "host": "primary"}) == 0
    assert checked == len(FILTERS) * len(ranges(seed=7))


async def test_sanity_the_dataset_uses_rollups_and_edges(dataset: Dataset, pg_conn: psycopg.Connection[Any]) -> None:
    """Guard against a vacuous comparison: both the rollups and the boundary bursts hold data."""
    s = sql.Identifier(dataset.schema)
    minutes = pg_conn.execute(sql.SQL("SELECT sum(events) FROM {}.event_counts_minute").format(s)).fetchone()
    assert minutes is not None
    assert minutes[0] == dataset.rows
    coarse = pg_conn.execute(
        sql.SQL(
            "SELECT (SELECT sum(events) FROM {s}.event_counts_hour), (SELECT count(*) FROM {s}.user_months)"
        ).format(s=s)
    ).fetchone()
    assert coarse is not None
    assert coarse[0] == dataset.rows
    assert coarse[1] > 0
    on_edge = pg_conn.execute(
        sql.SQL("SELECT count(*) FROM {}.events WHERE ts = '2026-11-01T00:00:00Z'").format(s)
    ).fetchone()
    assert on_edge is not None
    assert on_edge[0] > 0
    traits = pg_conn.execute(
        sql.SQL("SELECT count(*), count(DISTINCT traits ->> 'plan') FROM {}.user_traits").format(s)
    )
    assert traits.fetchone() == (pytest.approx(traits_users(pg_conn, dataset.schema), abs=0), 3)


def traits_users(conn: psycopg.Connection[Any], schema: str) -> int:
    row = conn.execute(
        sql.SQL(
            "SELECT count(DISTINCT coalesce(user_id, 'anon:' || anonymous_id)) FROM {} WHERE type = 'identify'"
        ).format(sql.Identifier(schema, "events"))
    ).fetchone()
    assert row is not None
    return int(row[0])

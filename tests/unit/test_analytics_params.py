"""Query validation and cache-key normalization of the analytics API."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

import pytest
from eventpipeline.analytics.params import (
    Filters,
    Limits,
    ParamError,
    cache_key,
    parse_summary,
    parse_timeseries,
    parse_top,
    truncate,
)

pytestmark = pytest.mark.unit
LIMITS = Limits(max_range=timedelta(days=31), max_buckets=100, max_limit=50)


def err(fn: Callable[[Mapping[str, str], Limits], object], params: Mapping[str, str]) -> ParamError:
    with pytest.raises(ParamError) as info:
        fn(params, LIMITS)
    return info.value


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"to": "2026-11-02T00:00:00Z"}, "from"),
        ({"from": "2026-11-01T00:00:00Z"}, "to"),
        ({"from": "yesterday", "to": "2026-11-02T00:00:00Z"}, "from"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-13-02"}, "to"),
        ({"from": "2026-11-02T00:00:00Z", "to": "2026-11-02T00:00:00Z"}, "to"),
        ({"from": "2026-11-02T00:00:00Z", "to": "2026-11-01T00:00:00Z"}, "to"),
        ({"from": "2026-01-01T00:00:00Z", "to": "2026-03-01T00:00:00Z"}, "to"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z", "type": ""}, "type"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z", "type": "page_view"}, "type"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z", "event": ""}, "event"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z", "event": "x" * 201}, "event"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z", "trait": "plan"}, "trait"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z", "trait": "a b:pro"}, "trait"),
        ({"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z", "trait": "plan:"}, "trait"),
    ],
)
def test_summary_rejects_bad_params_naming_them(params: dict[str, str], param: str) -> None:
    assert err(parse_summary, params).param == param


def test_summary_accepts_offsets_and_naive_utc() -> None:
    params = {"from": "2026-11-01T01:00:00+01:00", "to": "2026-11-01T01:00:00", "type": "track", "event": "Signed Up"}
    q = parse_summary({**params, "trait": "plan:pro:annual"}, LIMITS)
    assert q.range.start == datetime(2026, 11, 1, tzinfo=UTC)
    assert q.range.end == datetime(2026, 11, 1, 1, tzinfo=UTC)
    assert q.filters == Filters("track", "Signed Up", ("plan", "pro:annual"))


def test_timeseries_interval_enum_and_bucket_bound() -> None:
    base = {"from": "2026-11-01T00:00:00Z", "to": "2026-11-01T02:00:00Z"}
    assert err(parse_timeseries, base).param == "interval"
    assert err(parse_timeseries, {**base, "interval": "week"}).param == "interval"
    e = err(parse_timeseries, {**base, "interval": "minute"})  # 120 buckets > 100
    assert e.param == "interval"
    assert "120 buckets" in e.message
    q = parse_timeseries({**base, "interval": "hour"}, LIMITS)
    assert q.interval == "hour"


def test_timeseries_bucket_count_counts_partial_edges() -> None:
    # 00:59:30 .. 02:40:00 touches three hour buckets (00, 01, 02) and 101 minute buckets (00:59, 60 in 01h, 40 in 02h)
    params = {"from": "2026-11-01T00:59:30Z", "to": "2026-11-01T02:40:00Z", "interval": "minute"}
    assert "101 buckets" in err(parse_timeseries, params).message


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"dimension": "user"}, "dimension"),
        ({"dimension": "trait:"}, "dimension"),
        ({"dimension": "context:ip"}, "dimension"),
        ({"dimension": "property:"}, "dimension"),
        ({"dimension": "property:a b"}, "dimension"),
        ({"dimension": "property:x';drop table events;--"}, "dimension"),
        ({"dimension": "property:" + "a" * 65}, "dimension"),
        ({"limit": "0"}, "limit"),
        ({"limit": "51"}, "limit"),
        ({"limit": "ten"}, "limit"),
    ],
)
def test_top_rejects_bad_params(extra: dict[str, str], param: str) -> None:
    params = {"from": "2026-11-01T00:00:00Z", "to": "2026-11-02T00:00:00Z", **extra}
    assert err(parse_top, params).param == param


def test_top_property_dimension() -> None:
    q = parse_top({"from": "2026-11-01", "to": "2026-11-02", "dimension": "property:plan.tier", "limit": "5"}, LIMITS)
    assert q.property_name == "plan.tier"
    assert q.limit == 5
    assert parse_top({"from": "2026-11-01", "to": "2026-11-02"}, LIMITS).property_name is None
    q = parse_top({"from": "2026-11-01", "to": "2026-11-02", "dimension": "trait:plan"}, LIMITS)
    assert (q.trait_name, q.property_name) == ("plan", None)
    assert parse_top({"from": "2026-11-01", "to": "2026-11-02", "dimension": "event"}, LIMITS).dimension == "event"


def test_cache_key_is_the_same_for_equivalent_spellings() -> None:
    a = parse_summary({"from": "2026-11-01T01:00:00+01:00", "to": "2026-11-02", "event": "a b"}, LIMITS)
    b = parse_summary({"event": "a b", "to": "2026-11-02T00:00:00.000000Z", "from": "2026-11-01T00:00:00Z"}, LIMITS)
    assert cache_key("summary", a) == cache_key("summary", b)
    assert cache_key("summary", a) == (
        "summary?event=a+b&from=2026-11-01T00%3A00%3A00.000000Z&to=2026-11-02T00%3A00%3A00.000000Z"
    )


def test_cache_key_separates_what_differs() -> None:
    base = {"from": "2026-11-01", "to": "2026-11-02"}
    keys = {
        cache_key("summary", parse_summary(base, LIMITS)),
        cache_key("summary", parse_summary({**base, "type": "track"}, LIMITS)),
        cache_key("summary", parse_summary({**base, "event": "track"}, LIMITS)),
        cache_key("summary", parse_summary({**base, "trait": "plan:pro"}, LIMITS)),
        cache_key("timeseries", parse_timeseries({**base, "interval": "hour"}, LIMITS)),
        cache_key("timeseries", parse_timeseries({**base, "interval": "day"}, LIMITS)),
        cache_key("top", parse_top(base, LIMITS)),
        cache_key("top", parse_top({**base, "limit": "10"}, LIMITS)),  # the default, spelled out: same key
        cache_key("top", parse_top({**base, "limit": "3"}, LIMITS)),
        cache_key("top", parse_top({**base, "dimension": "property:a"}, LIMITS)),
    }
    assert len(keys) == 9


def test_truncate() -> None:
    ts = datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=UTC)
    assert truncate(ts, "minute") == datetime(2026, 11, 30, 23, 59, tzinfo=UTC)
    assert truncate(ts, "hour") == datetime(2026, 11, 30, 23, tzinfo=UTC)
    assert truncate(ts, "day") == datetime(2026, 11, 30, tzinfo=UTC)

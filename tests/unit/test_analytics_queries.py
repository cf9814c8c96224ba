"""How a range is cut into raw edges and a rollup-aligned middle."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from eventpipeline.analytics.params import Range
from eventpipeline.analytics.queries import freshness_answer, split
from eventpipeline.analytics.users import MonthMask, UniqueUsers, month_masks

pytestmark = pytest.mark.unit


def t(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_split_minutes_with_partial_edges() -> None:
    cut = split(Range(t(2026, 11, 1, 0, 0, 30), t(2026, 11, 1, 0, 5, 10)), "minute")
    assert (cut.mid_start, cut.mid_end) == (t(2026, 11, 1, 0, 1), t(2026, 11, 1, 0, 5))


def test_split_aligned_range_has_empty_edges() -> None:
    cut = split(Range(t(2026, 11, 1), t(2026, 12, 1)), "day")
    assert (cut.start, cut.mid_start, cut.mid_end, cut.end) == (
        t(2026, 11, 1),
        t(2026, 11, 1),
        t(2026, 12, 1),
        t(2026, 12, 1),
    )


def test_split_without_a_whole_unit_is_all_raw() -> None:
    rng = Range(t(2026, 11, 1, 10), t(2026, 11, 2, 9))  # 23 h across midnight: no whole day
    cut = split(rng, "day")
    assert (cut.mid_start, cut.mid_end) == (rng.end, rng.end)
    rng = Range(t(2026, 11, 1, 0, 0, 10), t(2026, 11, 1, 0, 0, 50))
    assert split(rng, "minute").mid_start == rng.end


def test_freshness_age_is_taken_at_answer_time() -> None:
    answer = freshness_answer({"newest_event_at": "2026-11-01T00:00:00.000000Z"}, t(2026, 11, 1, 0, 0, 7))
    assert answer["age_seconds"] == 7.0
    assert freshness_answer({"newest_event_at": None}, t(2026, 11, 1))["age_seconds"] is None


def test_month_masks_mark_each_whole_day_in_its_month() -> None:
    masks = month_masks(date(2026, 10, 30), date(2026, 11, 3))
    assert masks == [MonthMask(date(2026, 10, 1), 1 << 29 | 1 << 30), MonthMask(date(2026, 11, 1), 0b11)]
    assert month_masks(date(2026, 11, 5), date(2026, 11, 5)) == []


def test_unique_users_plan_sorts_edges_into_the_month_or_outside() -> None:
    users = UniqueUsers("s")
    # the benchmark's shifted month: whole days Oct 2-31, an edge on Oct 1 (inside) and one on Nov 1 (outside)
    _, p = users.plan(t(2026, 10, 1, 0, 0, 7), t(2026, 10, 2), t(2026, 11, 1), t(2026, 11, 1, 0, 0, 7))
    assert (p["month"], p["mask"], p["edge_bits"]) == (date(2026, 10, 1), (1 << 31) - 2, 1)
    assert (p["in1"], p["in1_end"]) == (t(2026, 10, 1, 0, 0, 7), t(2026, 10, 2))
    assert (p["out1"], p["out1_end"]) == (t(2026, 11, 1), t(2026, 11, 1, 0, 0, 7))
    assert p["in2"] == p["in2_end"] == p["out2"] == p["out2_end"]  # unused slots are empty ranges
    # whole days in two months, or none: the general statement
    _, p = users.plan(t(2026, 10, 30, 12), t(2026, 10, 31), t(2026, 11, 2), t(2026, 11, 2))
    assert p["months"] == [date(2026, 10, 1), date(2026, 11, 1)]
    _, p = users.plan(t(2026, 11, 1, 10), t(2026, 11, 2, 9), t(2026, 11, 2, 9), t(2026, 11, 2, 9))
    assert p["months"] == []

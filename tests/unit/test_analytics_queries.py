"""How a range is cut into raw edges and a rollup-aligned middle."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from eventpipeline.analytics.params import Range
from eventpipeline.analytics.queries import freshness_answer, split

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

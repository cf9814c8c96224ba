"""The reprocess's pure logic: its phases, what it refuses, where it rewinds to, when it has caught up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from eventpipeline.operator.reprocess.machine import (
    LEAD,
    ORDER,
    PartitionFacts,
    Range,
    RangeError,
    holds_consumers,
    next_phase,
    parse_time,
    progress,
    refuse_by_partitions,
    refuse_by_time,
    refuse_by_topic,
    rewind_offsets,
)

pytestmark = pytest.mark.unit

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
RANGE = Range(NOW - timedelta(days=3), NOW - timedelta(days=2))


def test_phases_run_in_order_and_terminal_ones_stay() -> None:
    walked = ["Pending"]
    while walked[-1] != "Succeeded":
        walked.append(next_phase(walked[-1]))  # type: ignore[arg-type]
    assert tuple(walked) == ORDER
    assert next_phase("Refused") == "Refused"
    assert next_phase("Failed") == "Failed"
    assert [p for p in ORDER if holds_consumers(p)] == ["Pausing", "Deleting", "Rewinding"]


def test_a_range_needs_zones_and_an_order() -> None:
    with pytest.raises(RangeError, match="time zone"):
        Range(datetime(2026, 1, 1), datetime(2026, 1, 2, tzinfo=UTC))
    with pytest.raises(RangeError, match="must be before"):
        Range(NOW, NOW)
    with pytest.raises(RangeError, match="time zone"):
        parse_time("2026-12-01T00:00:00")
    assert parse_time("2026-12-01T01:00:00+01:00") == datetime(2026, 12, 1, tzinfo=UTC)
    assert RANGE.rewind_to == RANGE.start - LEAD


def test_the_ledger_window_and_rotation_refuse_what_cannot_be_rebuilt_in_full() -> None:
    keep = timedelta(days=30)
    assert refuse_by_time(RANGE, now=NOW, ledger_retention=keep, retention_months=None) is None
    old = Range(NOW - timedelta(days=28, hours=1), NOW - timedelta(days=27))
    refused = refuse_by_time(old, now=NOW, ledger_retention=keep, retention_months=None)
    assert refused is not None
    assert refused.reason == "OutsideRetention"
    assert "2026-11-05T12:00:00Z" in refused.message  # the earliest start that still fits, named
    fits = Range(NOW - timedelta(days=28), NOW - timedelta(days=27))
    assert refuse_by_time(fits, now=NOW, ledger_retention=keep, retention_months=None) is None
    # retentionMonths 1 in December: November is archived / dropped by the next rotation
    december = Range(NOW - timedelta(days=2), NOW - timedelta(days=1))
    assert refuse_by_time(december, now=NOW, ledger_retention=keep, retention_months=1) is None
    refused = refuse_by_time(RANGE, now=NOW, ledger_retention=keep, retention_months=1)
    assert refused is not None
    assert refused.reason == "Archived"


def test_a_month_older_than_the_oldest_partition_was_rotated_away() -> None:
    span = Range(datetime(2026, 10, 31, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC))
    assert span.months() == [(2026, 10), (2026, 11)]
    refused = refuse_by_partitions(span, {"events_p202611", "events_p202612", "other"})
    assert refused is not None
    assert refused.reason == "Archived"
    assert "2026-10" in refused.message
    assert refuse_by_partitions(span, {"events_p202610", "events_p202611"}) is None
    assert refuse_by_partitions(span, set()) is None  # a schema with no partition yet lost nothing


def test_a_partition_that_lost_records_after_the_rewind_time_refuses() -> None:
    before, after = RANGE.rewind_ms - 1, RANGE.rewind_ms + 1
    whole = {0: PartitionFacts(low=0, high=9, at_rewind=3, earliest_ms=after), 1: PartitionFacts(5, 9, 6, before)}
    assert refuse_by_topic(RANGE, whole) is None
    cut = {**whole, 2: PartitionFacts(low=4, high=9, at_rewind=4, earliest_ms=after)}
    refused = refuse_by_topic(RANGE, cut)
    assert refused is not None
    assert refused.reason == "OutsideRetention"
    assert "[2]" in refused.message
    emptied = {**whole, 2: PartitionFacts(low=7, high=7, at_rewind=None, earliest_ms=None)}
    assert refuse_by_topic(RANGE, emptied) is not None


def test_the_group_is_rewound_but_never_moved_forward() -> None:
    facts = {
        0: PartitionFacts(low=0, high=100, at_rewind=40, earliest_ms=0),
        1: PartitionFacts(low=0, high=100, at_rewind=40, earliest_ms=0),  # the group is behind the rewind point
        2: PartitionFacts(low=10, high=100, at_rewind=None, earliest_ms=0),  # nothing received since
        3: PartitionFacts(low=10, high=100, at_rewind=40, earliest_ms=0),  # never committed: from the earliest
    }
    assert rewind_offsets(facts, {0: 100, 1: 25, 2: 100, 3: None}) == {0: 40, 1: 25, 2: 100, 3: 10}


def test_progress_counts_from_the_rewind_to_the_recorded_ends() -> None:
    start, target = {0: 40, 1: 25}, {0: 100, 1: 50}
    assert progress(start=start, target=target, committed={0: 40, 1: None}) == progress(
        start=start, target=target, committed=start
    )
    half = progress(start=start, target=target, committed={0: 70, 1: 50})
    assert (half.remaining, half.reread, half.done) == (30, 55, False)
    done = progress(start=start, target=target, committed={0: 120, 1: 50})  # live records beyond the ends count not
    assert (done.remaining, done.reread, done.done) == (0, 85, True)

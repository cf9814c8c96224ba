"""The schema package without a server: names, month arithmetic, the packaged migrations."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from eventpipeline.common.schema import (
    add_months,
    load_migrations,
    month_bounds,
    partition_month,
    partition_name,
    validate_schema,
)

pytestmark = pytest.mark.unit


def test_partition_name_matches_contract() -> None:
    assert partition_name(2026, 11) == "events_p202611"
    assert partition_name(2027, 1) == "events_p202701"


@pytest.mark.parametrize(("year", "month"), [(2026, 0), (2026, 13), (0, 5)])
def test_partition_name_rejects_bad_months(year: int, month: int) -> None:
    with pytest.raises(ValueError, match="month"):
        partition_name(year, month)


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("events_p202611", (2026, 11)),
        ("events_p202701", (2027, 1)),
        ("events_p202613", None),
        ("events_p202600", None),
        ("events_p20261", None),
        ("events_p2026111", None),
        ("events_default", None),
        ("event_ids", None),
    ],
)
def test_partition_month_reads_back_partition_name(name: str, month: tuple[int, int] | None) -> None:
    assert partition_month(name) == month
    if month is not None:
        assert partition_name(*month) == name


def test_add_months_crosses_years_both_ways() -> None:
    assert add_months(2026, 11, 2) == (2027, 1)
    assert add_months(2026, 1, -1) == (2025, 12)
    assert add_months(2026, 12, 0) == (2026, 12)
    assert add_months(2026, 3, -27) == (2023, 12)


def test_month_bounds_are_half_open_utc() -> None:
    start, end = month_bounds(2026, 12)
    assert start == datetime(2026, 12, 1, tzinfo=UTC)
    assert end == datetime(2027, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("name", ["eventpipeline", "t_abc123", "_x"])
def test_validate_schema_accepts_plain_names(name: str) -> None:
    assert validate_schema(name) == name


@pytest.mark.parametrize("name", ["", "Evil", "a-b", 'x"; drop table y; --', "pg_catalog", "1abc", "a" * 64])
def test_validate_schema_rejects_unsafe_names(name: str) -> None:
    with pytest.raises(ValueError, match="schema"):
        validate_schema(name)


def test_migrations_are_ordered_unique_and_create_the_contract_tables() -> None:
    migrations = load_migrations()
    versions = [m.version for m in migrations]
    assert versions == sorted(versions)
    assert versions[:2] == [1, 2]
    assert len(set(versions)) == len(versions)
    text = "\n".join(m.sql for m in migrations)
    for table in ("events", "event_ids", "event_counts_minute", "user_days"):
        assert f"CREATE TABLE {table} (" in text
    assert "PARTITION BY RANGE (ts)" in text

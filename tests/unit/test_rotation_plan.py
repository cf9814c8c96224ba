"""The pure rotation plan: which months must exist, which partitions expire, across year boundaries."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from eventpipeline.operator.rotation import Month, plan_rotation

pytestmark = pytest.mark.unit


def names(*months: tuple[int, int]) -> set[str]:
    return {Month(y, m).partition for y, m in months}


def test_premake_months_are_created_across_the_year_boundary() -> None:
    plan = plan_rotation(
        now=datetime(2026, 11, 15, tzinfo=UTC),
        premake=3,
        retention_months=None,
        attached=names((2026, 11)),
        detached=set(),
    )
    assert [m.partition for m in plan.create] == ["events_p202612", "events_p202701", "events_p202702"]
    assert plan.expire == ()
    assert plan.cutoff is None
    assert (plan.oldest, plan.newest) == ("events_p202611", "events_p202702")


def test_retention_keeps_the_current_month_and_the_ones_before_it() -> None:
    attached = names((2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5))
    plan = plan_rotation(
        now=datetime(2026, 3, 1, 0, 0, tzinfo=UTC), premake=2, retention_months=3, attached=attached, detached=set()
    )
    # Retention 3 in March keeps January, February, March: December expires.
    assert plan.expire == ("events_p202512",)
    assert plan.cutoff == datetime(2026, 1, 1, tzinfo=UTC)
    assert plan.oldest == "events_p202601"


def test_leftover_detached_tables_expire_too_and_other_names_are_ignored() -> None:
    plan = plan_rotation(
        now=datetime(2027, 1, 31, 23, 59, tzinfo=UTC),
        premake=1,
        retention_months=2,
        attached=names((2027, 1), (2027, 2)) | {"events_default", "events_p202613"},
        detached=names((2026, 10)),
    )
    assert plan.expire == ("events_p202610",)
    assert plan.create == ()


def test_month_arithmetic_and_names() -> None:
    assert Month(2026, 12).plus(1) == Month(2027, 1)
    assert Month(2027, 1).plus(-13) == Month(2025, 12)
    assert Month.from_partition("events_p202602") == Month(2026, 2)
    assert Month.from_partition("events_p202613") is None
    assert Month.from_partition("events_x") is None
    assert Month(2026, 2).label == "2026-02"


@pytest.mark.parametrize(("premake", "retention"), [(-1, None), (1, 0)])
def test_bad_bounds_are_refused(premake: int, retention: int | None) -> None:
    with pytest.raises(ValueError, match=r"premake|retentionMonths"):
        plan_rotation(
            now=datetime(2026, 1, 1, tzinfo=UTC),
            premake=premake,
            retention_months=retention,
            attached=set(),
            detached=set(),
        )

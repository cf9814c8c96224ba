"""When the operator rotates, and what it reports: pure parts of the rotation pass."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from eventpipeline.operator.rotation.operator_pass import ANNOTATION, HANDLED_ANNOTATION, RotationOutcome, _report, due
from eventpipeline.operator.rotation.run import RotationReport

pytestmark = pytest.mark.unit
NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def body(annotations: dict[str, str] | None = None, next_rotation: str | None = None) -> dict[str, object]:
    status = {"postgres": {"nextRotation": next_rotation}} if next_rotation else {}
    return {"metadata": {"annotations": annotations or {}}, "status": status}


def test_due_when_never_rotated_or_next_run_has_passed() -> None:
    assert due(body(), NOW) == (True, None)
    assert due(body(next_rotation="2026-11-27T11:59:00Z"), NOW) == (True, None)
    assert due(body(next_rotation="2026-11-27T13:00:00Z"), NOW) == (False, None)


def test_an_unhandled_annotation_asks_for_one_run() -> None:
    later = "2026-11-27T13:00:00Z"
    assert due(body({ANNOTATION: "r1"}, later), NOW) == (True, "r1")
    assert due(body({ANNOTATION: "r1", HANDLED_ANNOTATION: "r1"}, later), NOW) == (False, None)


def test_report_becomes_status_and_events() -> None:
    report = RotationReport(
        at=NOW,
        created=["events_p202703"],
        archived=["s3://b/k.csv.gz"],
        dropped=["events_p202607"],
        oldest="events_p202608",
        newest="events_p202703",
        steps=["created partition events_p202703", "archived events_p202607 to s3://b/k.csv.gz", "dropped x"],
        violations=["DefaultPartitionPresent: s.events_default ..."],
    )
    out = _report(RotationOutcome(), report, now=NOW, interval=timedelta(hours=1))
    assert out.postgres_status == {
        "oldestPartition": "events_p202608",
        "newestPartition": "events_p202703",
        "lastRotation": "2026-11-27T12:00:00Z",
        "nextRotation": "2026-11-27T13:00:00Z",
        "lastArchivedObject": "s3://b/k.csv.gz",
    }
    assert [e[1] for e in out.events] == [
        "PartitionsCreated",
        "PartitionArchived",
        "PartitionRotated",
        "DefaultPartitionPresent",
    ]
    assert out.error is not None
    assert out.error.startswith("DefaultPartitionPresent")


def test_a_skipped_run_only_moves_the_next_run() -> None:
    out = _report(RotationOutcome(), RotationReport(at=NOW, ran=False), now=NOW, interval=timedelta(hours=1))
    assert out.postgres_status == {"nextRotation": "2026-11-27T12:01:00Z"}
    assert out.events == []

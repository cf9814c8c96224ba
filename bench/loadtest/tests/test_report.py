"""Bottleneck attribution, the pass rule and the report of the load test (pure functions)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.loadtest.report import (
    Evidence,
    attribute,
    evidence_from_samples,
    lag_growing,
    mean_cores,
    passed,
    plot,
    slope,
    text_report,
)
from bench.loadtest.verify import Verdict

pytestmark = pytest.mark.unit


def ev(**kw: Any) -> Evidence:
    base: dict[str, Any] = {
        "cores": {"ingest": 0.3, "consumer": 0.2, "kafka": 0.3, "postgres-primary": 0.2},
        "processes": {"ingest": 1, "consumer": 1},
        "machine_busy": 0.5,
        "cpus": 2,
        "lag": [100.0, 80.0, 120.0, 90.0],
        "offered_events_per_s": 10_000,
        "connections_max": 4,
        "max_connections": 200,
    }
    return Evidence(**{**base, **kw})


def test_a_single_core_process_at_its_core_is_named() -> None:
    b = attribute(ev(cores={"ingest": 0.97, "kafka": 0.4}, machine_busy=0.8))
    assert b.resource.startswith("ingest CPU")
    assert "ingest 0.97" in b.evidence


def test_replicas_share_the_load_before_saturating() -> None:
    # two ingest processes using 0.97 cores together are at half their capacity
    b = attribute(ev(cores={"ingest": 0.97}, processes={"ingest": 2}, machine_busy=0.5))
    assert not b.resource.startswith("ingest")


def test_growing_lag_names_the_consumer_tier() -> None:
    b = attribute(ev(lag=[float(x) for x in range(0, 60_000, 2_000)], machine_busy=0.6))
    assert b.resource == "consumer tier (Kafka lag grows)"


def test_connections_near_the_limit() -> None:
    b = attribute(ev(connections_max=190, max_connections=200))
    assert b.resource == "PostgreSQL connections"


def test_busy_machine_without_a_single_saturated_process() -> None:
    b = attribute(ev(machine_busy=0.97))
    assert b.resource == "machine CPU (2 cores)"


def test_nothing_saturated() -> None:
    b = attribute(ev())
    assert b.resource.startswith("none saturated")
    assert b.as_dict()["ranked"][0][0] == "machine CPU (2 cores)"


def test_slope_and_lag_growth() -> None:
    assert slope([1.0, 2.0, 3.0, 4.0]) == pytest.approx(1.0)
    assert slope([5.0, 5.0]) == 0.0
    assert not lag_growing([500.0, 4000.0, 300.0, 4500.0, 200.0], 10_000)  # batches come and go
    assert lag_growing([0.0, 3000.0, 6000.0, 9000.0, 12000.0], 10_000)


def test_evidence_skips_ramp_up_and_averages() -> None:
    rows = [
        {"cpu": {"ingest": 5.0}, "machine_busy": 1.0, "lag": 10**6},
        {"cpu": {"ingest": 5.0}, "machine_busy": 1.0, "lag": 10**6},
        {
            "cpu": {"ingest": 0.4, "kafka": 0.2},
            "machine_busy": 0.5,
            "lag": 10,
            "pg_connections": 3,
            "pg_max_connections": 100,
        },
        {"cpu": {"ingest": 0.6}, "machine_busy": 0.7, "lag": None, "pg_connections": 5, "pg_max_connections": 100},
    ]
    e = evidence_from_samples(rows, processes={"ingest": 1}, offered_events_per_s=1000)
    assert e.cores == {"ingest": 0.5, "kafka": 0.1}
    assert e.machine_busy == pytest.approx(0.6)
    assert e.lag == [10.0]
    assert (e.connections_max, e.max_connections) == (5, 100)
    assert mean_cores([]) == {}


def run(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "rate": 100,
        "events_per_request": 100,
        "events_per_s": 10_000,
        "requests": 6000,
        "errors": 0,
        "p50_ms": 5.0,
        "p99_ms": 40.0,
        "max_lag": 900,
        "max_pg_connections": 3,
        "delivery": {
            "acknowledged": 600_000,
            "missing": 0,
            "duplicates": 0,
            "seconds_to_complete": 0.8,
            "exactly_once": True,
            "ok": True,
        },
    }
    return {**base, **kw}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, True),
        ({"p99_ms": 100.0}, False),
        ({"errors": 1}, False),
        ({"delivery": {"exactly_once": False, "ok": False}}, False),
        ({"delivery": {"exactly_once": True, "ok": False}}, False),  # stored, but after the 10 s
        ({"delivery": None}, False),
        ({"requests": 0}, False),
    ],
)
def test_pass_rule(changes: dict[str, Any], expected: bool) -> None:
    assert passed(run(**changes)) is expected


def test_text_report_names_runs_baseline_and_bottleneck() -> None:
    result = {
        "target": "stack",
        "date": "2026-11-27",
        "ours": {
            "batched": run(),
            "single": run(rate=2000, events_per_request=1, events_per_s=2000),
            "single_search": {"best_rate": 2000},
            "warmup": {
                "rate": 100,
                "events_per_request": 100,
                "duration_s": 10.0,
                "p50_ms": 9.0,
                "p99_ms": 345.0,
                "errors": 0,
            },
        },
        "baseline": {
            "single_best_rate": 1500,
            "batched": {"events_per_s": 10_000, "stored_within_10s": 10, "acknowledged": 20},
        },
        "bottleneck": {"single": {"resource": "ingest CPU", "evidence": "cores: ingest 0.97"}},
        "pass": True,
    }
    text = text_report(result)
    assert "ours batched" in text
    assert "warm-up (not judged) 100 req/s x 100 for 10 s: p50 9.0 ms p99 345.0 ms" in text
    assert "stored 600000/600000" in text
    assert "breaking point: 2000 req/s" in text
    assert "baseline (in-memory queue + SQLite) breaking point: 1500" in text
    assert "bottleneck (single run): ingest CPU" in text
    assert text.endswith("True")


def test_plot_writes_a_png(tmp_path: Path) -> None:
    secs = [{"t": t, "requests": 100, "errors": 0, "p50_ms": 3.0, "p99_ms": 9.0} for t in range(3)]
    samples = [{"t": t, "lag": 5, "pg_connections": 2, "pg_active": 1, "cpu": {"ingest": 0.3}} for t in range(3)]
    data = run(per_second=secs, samples=samples, decisions=[{"t": 1.0, "tier": "consumer"}])
    png = plot({"batched": data}, tmp_path / "out" / "p.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("missing", "duplicates", "seconds", "ok"),
    [
        (0, 0, 3.0, True),
        (0, 0, 10.0, True),
        (0, 0, 13.4, False),
        (0, 0, None, False),
        (5, 0, None, False),
        (0, 1, 1.0, False),
    ],
)
def test_verdict_needs_every_id_once_within_the_deadline(
    missing: int, duplicates: int, seconds: float | None, ok: bool
) -> None:
    verdict = Verdict(
        acknowledged=100, missing=missing, duplicates=duplicates, unacknowledged_rows=0, seconds_to_complete=seconds
    )
    assert verdict.ok is ok
    assert verdict.as_dict()["exactly_once"] is (missing == 0 and duplicates == 0)

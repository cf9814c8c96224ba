"""The operator's metrics: read from the status it writes, scraped as Prometheus text, gone with the pipeline."""

from __future__ import annotations

from datetime import UTC, datetime

import kopf
import pytest
from eventpipeline.operator import metrics
from eventpipeline.operator.handlers import observe_spec, pipeline_key
from prometheus_client import REGISTRY, generate_latest
from prometheus_client.parser import text_string_to_metric_families

pytestmark = pytest.mark.unit

KEY = "ns/metrics-demo"


def series(name: str) -> dict[tuple[tuple[str, str], ...], float]:
    """Every sample of `name` for this test's pipeline, by its labels."""
    text = generate_latest(REGISTRY).decode()

    out: dict[tuple[tuple[str, str], ...], float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels.get("pipeline") == KEY:
                out[tuple(sorted((k, v) for k, v in sample.labels.items() if k != "pipeline"))] = sample.value
    return out


def test_status_bounds_rotation_and_reconciles_become_series_and_forget_removes_them() -> None:
    metrics.observe_status(
        KEY,
        {
            "ingest": {"desiredReplicas": 3, "readyReplicas": 2},
            "kafka": {"totalLag": 120, "lagSeconds": 4.5, "deadLetters": 2},
            "freshness": {"seconds": 7.25, "measuredAt": "2026-12-03T10:00:00Z"},
            "postgres": {"lastRotation": "2026-12-01T00:00:00Z"},
        },
    )
    metrics.observe_bounds(KEY, {"ingest": (2, 8)})
    metrics.observe_objectives(KEY, 300.0, {"ingest": 0.1, "consumer": 60.0})
    metrics.observe_reconcile(KEY, "ok", 0.2)
    metrics.observe_rotation(KEY, "failed")
    assert series("ep_operator_tier_replicas") == {
        (("state", "desired"), ("tier", "ingest")): 3,
        (("state", "ready"), ("tier", "ingest")): 2,
        (("state", "min"), ("tier", "ingest")): 2,
        (("state", "max"), ("tier", "ingest")): 8,
    }
    assert series("ep_operator_tier_objective_seconds") == {(("tier", "ingest"),): 0.1, (("tier", "consumer"),): 60}
    assert series("ep_operator_consumer_lag_messages") == {(): 120}
    assert series("ep_operator_consumer_lag_seconds") == {(): 4.5}
    assert series("ep_operator_dead_letters") == {(): 2}
    assert series("ep_operator_freshness_seconds") == {(): 7.25}
    assert series("ep_operator_freshness_objective_seconds") == {(): 300}
    assert series("ep_operator_rotation_last_success_timestamp_seconds") == {
        (): datetime(2026, 12, 1, tzinfo=UTC).timestamp()
    }
    assert series("ep_operator_reconciles_total") == {(("result", "ok"),): 1}
    assert series("ep_operator_rotation_runs_total") == {(("result", "failed"),): 1}

    metrics.observe_status(KEY, {"kafka": {"lagSeconds": None}, "freshness": {"seconds": None}})
    assert series("ep_operator_consumer_lag_seconds") == {}  # unknown is no series, not a made-up 0
    assert series("ep_operator_freshness_seconds") == {}

    metrics.forget(KEY)
    for name in ("ep_operator_tier_replicas", "ep_operator_consumer_lag_messages", "ep_operator_reconciles_total"):
        assert series(name) == {}


def test_the_specs_bounds_and_objectives_become_series() -> None:
    body = kopf.Body(
        {
            "metadata": {"name": "metrics-demo", "namespace": "ns"},
            "spec": {
                "kafka": {"bootstrapServers": "kafka:9092"},
                "postgres": {"primary": {"name": "pg"}},
                "freshnessObjective": "2m",
                "consumer": {"maxReplicas": 6, "autoscaling": {"maxLagSeconds": 45}},
            },
        }
    )
    key = pipeline_key(body)
    assert key == KEY
    try:
        observe_spec(key, body)
        replicas = series("ep_operator_tier_replicas")
        assert replicas[(("state", "max"), ("tier", "consumer"))] == 6
        assert replicas[(("state", "min"), ("tier", "ingest"))] == 2  # the defaults count too
        assert series("ep_operator_freshness_objective_seconds") == {(): 120}
        assert series("ep_operator_tier_objective_seconds") == {
            (("tier", "ingest"),): 0.1,
            (("tier", "consumer"),): 45,
            (("tier", "analytics"),): 0.25,
        }
    finally:
        metrics.forget(KEY)

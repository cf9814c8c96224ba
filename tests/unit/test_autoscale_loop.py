"""The scaling pass around the pure decision: applying, recording, failures, metrics, readers and the applier."""

from __future__ import annotations

import pytest
from eventpipeline.common.api import ConsumerTier, IngestTier, ScaleDecision
from eventpipeline.operator.autoscale import (
    HttpMetricsReader,
    HttpObserver,
    ReplicaStatus,
    ScalingLoop,
    http_policy,
    pod_urls,
)
from eventpipeline.operator.autoscale.decision import Observation
from eventpipeline.operator.autoscale.policy import LAG_MESSAGES, P99_LATENCY_MS, REQUESTS_PER_SECOND, ScalingPolicy
from eventpipeline.operator.autoscale.spec import consumer_policy_from, ingest_policy
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest

pytestmark = pytest.mark.unit

POLICY = http_policy(tier="ingest", min_replicas=1, max_replicas=10, p99_latency_ms=100)


class Fixed:
    def __init__(self, metrics: dict[str, float | None] | Exception) -> None:
        self.metrics = metrics

    async def observe(self, *, replicas: ReplicaStatus, policy: ScalingPolicy, now: float) -> Observation:
        if isinstance(self.metrics, Exception):
            raise self.metrics
        return Observation(current_replicas=replicas.replicas, ready_replicas=replicas.ready, metrics=self.metrics)


async def test_pass_applies_records_and_exports_metrics() -> None:
    calls: list[tuple[str, int]] = []

    async def scale(name: str, n: int) -> None:
        calls.append((name, n))

    loop = ScalingLoop()
    before = REGISTRY.get_sample_value(
        "ep_operator_scaling_decisions_total", {"pipeline": "ns/a", "tier": "ingest", "direction": "up"}
    )
    rec = await loop.run_pass(
        pipeline="ns/a",
        deployment="a-ingest",
        policy=POLICY,
        observer=Fixed({P99_LATENCY_MS: 300.0}),
        replicas=ReplicaStatus(2, 2),
        scale=scale,
        now=0.0,
    )
    assert calls == [("a-ingest", 6)]
    assert (rec.from_replicas, rec.to_replicas, rec.applied, rec.direction) == (2, 6, True, "up")
    status = ScaleDecision.model_validate(rec.to_status())  # the API's own model accepts it
    assert (status.from_replicas, status.to_replicas) == (2, 6)
    assert "p99_latency_ms=300" in status.reason
    after = REGISTRY.get_sample_value(
        "ep_operator_scaling_decisions_total", {"pipeline": "ns/a", "tier": "ingest", "direction": "up"}
    )
    assert after == (before or 0) + 1
    loop.forget("ns/a")
    assert (
        REGISTRY.get_sample_value(
            "ep_operator_scaling_decisions_total", {"pipeline": "ns/a", "tier": "ingest", "direction": "up"}
        )
        is None
    )


async def test_reader_error_holds_and_failed_scale_is_reported() -> None:
    loop = ScalingLoop()
    calls: list[int] = []
    rec = await loop.run_pass(
        pipeline="ns/b",
        deployment="b-ingest",
        policy=POLICY,
        observer=Fixed(RuntimeError("kafka down")),
        replicas=ReplicaStatus(4, 4),
        scale=lambda _n, r: calls.append(r),
        now=0.0,
    )
    assert (rec.to_replicas, rec.direction, calls) == (4, "hold", [])
    assert "metrics unavailable: kafka down" in rec.reason

    def broken(_name: str, _n: int) -> None:
        raise PermissionError("forbidden")

    rec = await loop.run_pass(
        pipeline="ns/b",
        deployment="b-ingest",
        policy=POLICY,
        observer=Fixed({P99_LATENCY_MS: 500.0}),
        replicas=ReplicaStatus(4, 4),
        scale=broken,
        now=10.0,
    )
    assert not rec.applied
    assert "forbidden" in rec.to_status()["reason"]
    assert loop.state("ns/b", "ingest").history.events == ()  # nothing happened, so no rate budget was used


class Pod:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.h = Histogram(
            "ep_http_request_duration_seconds", "d", ["route", "method", "status"], registry=self.registry
        )
        self.c = Counter("ep_http_requests_total", "c", ["route", "method", "status"], registry=self.registry)

    def serve(self, seconds: float, n: int) -> None:
        for _ in range(n):
            self.h.labels("/v1/events", "POST", "202").observe(seconds)
            self.c.labels("/v1/events", "POST", "202").inc()


async def test_http_observer_scrapes_pods_and_needs_a_baseline() -> None:
    pods = {"http://10.0.0.1:8080/metrics": Pod(), "http://10.0.0.2:8080/metrics": Pod()}
    clock = iter([0.0, 0.0, 10.0, 10.0])

    def fetch(url: str, _timeout: float) -> str:
        return generate_latest(pods[url].registry).decode()

    reader = HttpMetricsReader(fetch=fetch, clock=lambda: next(clock))
    observer = HttpObserver(reader, urls=lambda: pod_urls(["10.0.0.1", "10.0.0.2"], port=8080))
    first = await observer.observe(replicas=ReplicaStatus(2, 2), policy=POLICY, now=0.0)
    assert first.metrics[REQUESTS_PER_SECOND] is None  # no baseline yet: hold, never scale down
    for pod in pods.values():
        pod.serve(0.3, 500)
    second = await observer.observe(replicas=ReplicaStatus(2, 2), policy=POLICY, now=10.0)
    assert second.metrics[REQUESTS_PER_SECOND] == pytest.approx(100.0)
    assert 250 < (second.metrics[P99_LATENCY_MS] or 0) <= 500


def test_pod_urls() -> None:
    assert pod_urls(["10.1.2.3", "fd00::1", ""], port=9000) == [
        "http://10.1.2.3:9000/metrics",
        "http://[fd00::1]:9000/metrics",
    ]


def test_policies_from_the_spec() -> None:
    consumer = consumer_policy_from(
        ConsumerTier.model_validate(
            {"minReplicas": 2, "maxReplicas": 8, "scaleDownStabilization": "2m", "autoscaling": {"lagPerReplica": 500}}
        )
    )
    assert (consumer.min_replicas, consumer.max_replicas, consumer.scale_down.stabilization_seconds) == (2, 8, 120)
    assert {t.name: t.target for t in consumer.targets}[LAG_MESSAGES] == 500
    ingest = ingest_policy(IngestTier())
    assert {t.name for t in ingest.targets} == {P99_LATENCY_MS, REQUESTS_PER_SECOND}

"""operator/scaling.py, the glue between an EventPipeline and the autoscaler: which URLs a tier is scraped at, what
a decision does to the Deployment, the status and the Events, and what is skipped. The pods' /metrics is a real
prometheus-client endpoint on loopback; the API server is a small in-memory stand-in (the pass's own logic is
what is tested here; tests/e2e run it against the real one)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from confluent_kafka.admin import AdminClient
from eventpipeline.common.httpmetrics import BUCKETS, DURATION, LABELS, REQUESTS
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.pipeline import pipeline_from_body
from eventpipeline.operator.scaling import Scaler
from eventpipeline.operator.settings import OperatorSettings
from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server

from tests.support.scaling import Kube

pytestmark = pytest.mark.unit


class Pod:
    """A tier pod's /metrics: the real HTTP metrics of common.httpmetrics, served on loopback."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(REQUESTS, "requests", LABELS, registry=self.registry)
        self.duration = Histogram(DURATION, "duration", LABELS, buckets=BUCKETS, registry=self.registry)
        self.server, self.thread = start_http_server(0, addr="127.0.0.1", registry=self.registry)
        self.url = f"http://127.0.0.1:{self.server.server_port}/metrics"

    def serve(self, count: int, seconds: float) -> None:
        labels = {"route": "/v1/batch", "method": "POST", "status": "200"}
        self.requests.labels(**labels).inc(count)
        for _ in range(10):
            self.duration.labels(**labels).observe(seconds)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def pod() -> Iterator[Pod]:
    served = Pod()
    yield served
    served.close()


def body(annotations: dict[str, str] | None = None, **spec: Any) -> dict[str, Any]:
    return {
        "metadata": {"name": "demo", "namespace": "ns", "generation": 1, "annotations": annotations or {}},
        "spec": {
            "kafka": {"bootstrapServers": "127.0.0.1:1"},
            "postgres": {"primary": {"name": "pg"}},
            "ingest": {"minReplicas": 2, "maxReplicas": 8},
            **spec,
        },
    }


def deps(kube: Kube) -> Deps:
    # No Kafka in unit tests: the consumer tier's Deployment is absent, so its reader is made but never read.
    return Deps(kube=cast(Any, kube), admin_for=lambda bootstrap: cast(AdminClient, object()))


class ScraperAt(Scaler):
    """The Scaler with each tier's pods at `urls` (the loopback Pod) instead of their pod IPs on port 8080; how
    the pod IPs are found is tested below against the stand-in API server."""

    def __init__(self, **urls: str) -> None:
        super().__init__(OperatorSettings())
        self.urls = urls

    async def tier_urls(self, deps: Deps, pipeline: Any, tier: Any) -> list[str]:
        return [self.urls[tier]] if tier in self.urls else []


async def test_a_busy_tier_is_scaled_with_its_status_and_a_normal_event(pod: Pod) -> None:
    kube, scaler = Kube(), ScraperAt(ingest=pod.url, analytics=pod.url)
    kube.deployment("demo-ingest", 2, 2)
    kube.deployment("demo-analytics", 1, 1)
    pipeline = body()
    try:
        first = await scaler.run(pipeline, deps(kube))  # the first scrape is the baseline: nothing to judge yet
        assert first.status == {}
        assert first.events == []
        pod.serve(10_000_000, 0.002)  # ten million requests since the baseline, far above 2,000/s per pod
        second = await scaler.run(pipeline, deps(kube))
    finally:
        await scaler.forget(pipeline)
    scaled = kube.deployments["demo-ingest"]["spec"]["replicas"]
    assert 2 < scaled <= 8
    assert second.status["ingest"]["desiredReplicas"] == scaled
    last = second.status["ingest"]["lastScale"]
    assert (last["from"], last["to"]) == (2, scaled)
    assert "requests_per_second" in last["reason"]
    assert [(e.type, e.reason) for e in second.events] == [("Normal", "Autoscaled")]
    assert second.events[0].message.startswith(f"demo-ingest: 2 -> {scaled}: scale up")
    assert "kafka" not in second.status  # the consumer tier was not read


async def test_a_refused_scale_is_a_warning_and_no_desired_replicas(pod: Pod) -> None:
    kube, scaler = Kube(), ScraperAt(ingest=pod.url)
    kube.deployment("demo-ingest", 2, 2)
    kube.refuse_scale = True
    pipeline = body()
    try:
        await scaler.run(pipeline, deps(kube))
        pod.serve(10_000_000, 0.002)
        result = await scaler.run(pipeline, deps(kube))
    finally:
        await scaler.forget(pipeline)
    assert kube.deployments["demo-ingest"]["spec"]["replicas"] == 2
    assert "desiredReplicas" not in result.status["ingest"]
    assert "not applied: PermissionError" in result.status["ingest"]["lastScale"]["reason"]
    assert [(e.type, e.reason) for e in result.events] == [("Warning", "Autoscaled")]


async def test_pods_are_found_by_the_tiers_selector_and_only_running_ones_scraped() -> None:
    """The tier's Running pods are scraped at their IP; a pod not yet Running is not."""
    kube, scaler = Kube(), Scaler(OperatorSettings())
    kube.pods = [
        {"status": {"phase": "Running", "podIP": "10.0.0.7"}},
        {"status": {"phase": "Running", "podIP": "fd00::7"}},
        {"status": {"phase": "Pending", "podIP": "10.0.0.9"}},
        {"status": {"phase": "Running"}},  # no IP yet
    ]
    urls = await scaler.tier_urls(deps(kube), pipeline_from_body(body()), "analytics")
    assert urls == ["http://10.0.0.7:8080/metrics", "http://[fd00::7]:8080/metrics"]
    assert kube.selectors == [
        "app.kubernetes.io/name=eventpipeline,app.kubernetes.io/instance=demo,app.kubernetes.io/component=analytics"
    ]


async def test_an_invalid_spec_or_missing_deployments_scale_nothing() -> None:
    kube, scaler = Kube(), Scaler(OperatorSettings())
    invalid = body(ingest={"minReplicas": 5, "maxReplicas": 2})
    assert (await scaler.run(invalid, deps(kube))).status == {}
    pipeline = body()
    try:
        result = await scaler.run(pipeline, deps(kube))
    finally:
        await scaler.forget(pipeline)
    assert (result.status, result.events) == ({}, [])

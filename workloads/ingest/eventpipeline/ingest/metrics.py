"""Prometheus metrics of one ingest process (the HTTP pair is the contract the autoscaler reads: httpmetrics.py).

Each app gets its own CollectorRegistry so tests can build several apps in one process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from eventpipeline.common.httpserver import HttpMetrics
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

DELIVERY_BUCKETS: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
ROUTES: Final = frozenset(
    {
        *(f"/v1/{call}" for call in ("track", "identify", "page", "screen", "group", "alias", "batch", "import")),
        "/healthz",
        "/readyz",
        "/metrics",
        "/openapi.json",
    }
)


class IngestMetrics:
    """The counters the handlers bump; `rejected` counts events when known, requests always."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.http = HttpMetrics(r)
        self.events_accepted = Counter(
            "ep_ingest_events_accepted", "Events acknowledged by Kafka and answered 202.", registry=r
        )
        self.events_rejected = Counter(
            "ep_ingest_events_rejected",
            "Events refused, by reason (counted when the body was parsed).",
            ["reason"],
            registry=r,
        )
        self.requests_rejected = Counter(
            "ep_ingest_requests_rejected", "Event requests refused, by reason.", ["reason"], registry=r
        )
        self.delivery_seconds = Histogram(
            "ep_ingest_delivery_seconds",
            "From the first produce() of a request to its last delivery report.",
            buckets=DELIVERY_BUCKETS,
            registry=r,
        )
        self.queue_depth = Gauge("ep_ingest_producer_queue_messages", "Messages waiting in the producer.", registry=r)
        self.write_keys = Gauge("ep_ingest_write_keys", "Write keys currently loaded.", registry=r)

    def reject(self, reason: str, events: int = 0) -> None:
        self.requests_rejected.labels(reason).inc()
        if events:
            self.events_rejected.labels(reason).inc(events)

    def watch_queue(self, depth: Callable[[], int]) -> None:
        self.queue_depth.set_function(depth)

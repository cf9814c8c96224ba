"""The HTTP metrics the autoscaler scrapes from ingest and analytics (docs/dev/contracts.md), defined once.

`ep_http_request_duration_seconds` (histogram) and `ep_http_requests_total` (counter), both labelled
`route`, `method`, `status`, with one bucket layout, so the autoscaler can merge buckets across pods.
"""

from __future__ import annotations

from typing import Any, Final

from prometheus_client import CollectorRegistry, Counter, Histogram

DURATION: Final = "ep_http_request_duration_seconds"
REQUESTS: Final = "ep_http_requests"  # exposed as ep_http_requests_total
LABELS: Final = ("route", "method", "status")
BUCKETS: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
# Distinct (route, method, status) series kept before the cache of label children starts over.
MAX_CACHED_SERIES: Final = 1000


class HttpMetrics:
    """The contract's histogram and counter on `registry`; `observe` is the hot path (label children cached)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.duration = Histogram(DURATION, "HTTP request latency.", LABELS, buckets=BUCKETS, registry=registry)
        self.requests = Counter(REQUESTS, "HTTP requests served.", LABELS, registry=registry)
        self._children: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        key = (route, method, status)
        children = self._children.get(key)
        if children is None:  # labels() costs a lock and a dict lookup: cache the pair
            if len(self._children) >= MAX_CACHED_SERIES:
                self._children.clear()
            children = (
                self.duration.labels(route, method, str(status)),
                self.requests.labels(route, method, str(status)),
            )
            self._children[key] = children
        children[0].observe(seconds)
        children[1].inc()

"""The HTTP metrics the autoscaler scrapes from ingest and analytics (docs/dev/contracts.md), defined once.

`ep_http_request_duration_seconds` (histogram) and `ep_http_requests_total` (counter), both labelled
`route`, `method`, `status`, with one bucket layout, so the autoscaler can merge buckets across pods.
The tiers record them with `httpserver.HttpMetrics`; the autoscaler parses them by these names.
"""

from __future__ import annotations

from typing import Final

DURATION: Final = "ep_http_request_duration_seconds"
REQUESTS: Final = "ep_http_requests"  # exposed as ep_http_requests_total
LABELS: Final = ("route", "method", "status")
BUCKETS: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

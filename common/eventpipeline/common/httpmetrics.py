"""The HTTP metrics the autoscaler scrapes from ingest and analytics (docs/dev/contracts.md), defined once.

`ep_http_request_duration_seconds` (histogram) and `ep_http_requests_total` (counter), both labelled
`route`, `method`, `status`, with one bucket layout, so the autoscaler can merge buckets across pods. The duration is
the server's: from the moment the last byte of the request arrived to the answer, so a slow client does not make
the tier look slow. `ep_http_loop_cpu_seconds_total` is the CPU time of the process's event-loop thread: its rate
says how busy the process is (1.0 = the loop never idles), which tells the autoscaler whether more replicas would
help when latency is high. `ep_http_refusals_total{reason}` counts what the plumbing itself refused: slow or
oversized headers, slow bodies, and requests shed under overload.
The tiers record them with `httpserver.HttpMetrics`; the autoscaler parses them by these names.
"""

from __future__ import annotations

from typing import Final

DURATION: Final = "ep_http_request_duration_seconds"
REQUESTS: Final = "ep_http_requests"  # exposed as ep_http_requests_total
LABELS: Final = ("route", "method", "status")
LOOP_CPU: Final = "ep_http_loop_cpu_seconds"  # a counter, exposed as ep_http_loop_cpu_seconds_total
REFUSALS: Final = "ep_http_refusals"  # exposed as ep_http_refusals_total, label `reason`
BUCKETS: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

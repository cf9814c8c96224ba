"""Merged-histogram p99 and requests/s across pods, counter resets, and partial scrapes."""

from __future__ import annotations

import pytest
from eventpipeline.common.httpmetrics import LOOP_CPU
from eventpipeline.common.httpserver import HttpMetrics
from eventpipeline.operator.autoscale.histogram import delta, merge, parse, quantile, tier_stats
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

pytestmark = pytest.mark.unit

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)


class Pod:
    """A pod's metrics, exposed by the real prometheus-client as the workloads do."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        labels = ["route", "method", "status"]
        self.h = Histogram("ep_http_request_duration_seconds", "d", labels, registry=self.registry, buckets=BUCKETS)
        self.c = Counter("ep_http_requests_total", "c", labels, registry=self.registry)

    def serve(self, seconds: float, n: int, route: str = "/v1/events") -> None:
        for _ in range(n):
            self.h.labels(route, "POST", "202").observe(seconds)
            self.c.labels(route, "POST", "202").inc()

    def text(self) -> str:
        return generate_latest(self.registry).decode()


def test_p99_from_merged_buckets_not_averaged_percentiles() -> None:
    fast, slow = Pod(), Pod()
    base = {"a": parse(fast.text(), at=0), "b": parse(slow.text(), at=0)}
    fast.serve(0.004, 990)  # p99 of this pod alone: ~5 ms
    slow.serve(0.8, 10)  # p99 of this pod alone: ~1 s
    stats = tier_stats(base, {"a": parse(fast.text(), at=10), "b": parse(slow.text(), at=10)})
    # 1000 requests, 990 at 4 ms: the 990th is the last fast one -> p99 at the top of the 5 ms bucket.
    assert stats.p99_ms == pytest.approx(5.0)
    assert stats.requests_per_second == pytest.approx(100.0)
    base2 = {"a": parse(fast.text(), at=10), "b": parse(slow.text(), at=10)}
    fast.serve(0.004, 980)
    slow.serve(0.8, 20)
    stats2 = tier_stats(base2, {"a": parse(fast.text(), at=20), "b": parse(slow.text(), at=20)})
    assert stats2.p99_ms is not None
    assert 500 < stats2.p99_ms < 1000  # 2 % slow: p99 inside the (0.5, 1] bucket


def test_probe_routes_are_not_user_traffic() -> None:
    pod = Pod()
    before = parse(pod.text(), at=0)
    pod.serve(2.0, 50, route="/healthz")
    pod.serve(0.02, 100)
    stats = tier_stats({"a": before}, {"a": parse(pod.text(), at=5)})
    assert stats.requests_per_second == pytest.approx(20.0)
    assert stats.p99_ms is not None
    assert stats.p99_ms <= 25.0


def test_counter_reset_counts_from_zero() -> None:
    old = Pod()
    old.serve(0.02, 1000)
    before = parse(old.text(), at=0)
    restarted = Pod()
    restarted.serve(0.02, 30)
    d = delta(before, parse(restarted.text(), at=10))
    assert d.requests == 30
    assert d.buckets[-1][1] == 30


def test_failed_or_new_pod_makes_rps_missing_but_keeps_p99() -> None:
    a, b = Pod(), Pod()
    base = {"a": parse(a.text(), at=0)}
    a.serve(0.2, 100)
    b.serve(0.2, 100)
    stats = tier_stats(base, {"a": parse(a.text(), at=10), "b": parse(b.text(), at=10)})
    assert stats.requests_per_second is None
    assert stats.p99_ms is not None
    assert 100 < stats.p99_ms <= 250
    failed = tier_stats(base, {"a": parse(a.text(), at=10), "b": None})
    assert failed.requests_per_second is None
    assert failed.failed == ("b",)


def test_idle_tier_has_zero_latency_pressure() -> None:
    pod = Pod()
    stats = tier_stats({"a": parse(pod.text(), at=0)}, {"a": parse(pod.text(), at=10)})
    assert (stats.p99_ms, stats.requests_per_second) == (0.0, 0.0)


def test_quantile_beyond_last_bucket_and_merge_of_different_layouts() -> None:
    assert quantile(0.99, ((1.0, 0.0), (float("inf"), 10.0))) == 1.0
    assert quantile(0.5, ()) is None
    merged = merge([((0.1, 5.0), (float("inf"), 5.0)), ((0.05, 1.0), (0.1, 2.0), (float("inf"), 3.0))])
    assert merged == ((0.05, 1.0), (0.1, 7.0), (float("inf"), 8.0))
    with pytest.raises(ValueError, match="quantile"):
        quantile(1.5, merged)


def test_loop_cpu_is_the_mean_per_pod_and_reads_what_the_services_export() -> None:
    registry = CollectorRegistry()
    HttpMetrics(registry)  # the services' own collector: its counter name is what the reader must find
    exported = parse(generate_latest(registry).decode(), at=0)
    assert exported.loop_cpu is not None

    def pod(cpu: float) -> str:
        return f"# TYPE {LOOP_CPU}_total counter\n{LOOP_CPU}_total {cpu}\n"  # as generate_latest writes it

    base = {"a": parse(pod(10), at=0), "b": parse(pod(100), at=0)}
    stats = tier_stats(base, {"a": parse(pod(12), at=10), "b": parse(pod(109), at=10)})
    assert stats.busy_cores == pytest.approx((0.2 + 0.9) / 2)
    restarted = tier_stats(base, {"a": parse(pod(3), at=10), "b": parse(pod(100), at=10)})
    assert restarted.busy_cores == pytest.approx((0.3 + 0.0) / 2)  # a counter that went down: a new process
    assert tier_stats({"a": parse("", at=0)}, {"a": parse("", at=10)}).busy_cores is None

"""Prometheus metrics of one app instance (own registry, so tests can build several apps in one process)."""

from __future__ import annotations

from eventpipeline.common.httpmetrics import BUCKETS
from eventpipeline.common.httpserver import HttpMetrics
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        # contract names (docs/dev/contracts.md): the autoscaler scrapes these
        self.http = HttpMetrics(r)
        self.read_keys = Gauge("ep_analytics_read_keys", "Read keys currently loaded.", registry=r)
        # cache
        self.cache_hits = Counter(
            "ep_analytics_cache_hits_total", "answers served from the cache", ["layer"], registry=r
        )
        self.cache_misses = Counter(
            "ep_analytics_cache_misses_total", "answers that had to be computed", ["endpoint"], registry=r
        )
        self.cache_stale = Counter(
            "ep_analytics_cache_stale_total", "previous answers served while another request recomputes", registry=r
        )
        self.cache_waits = Counter(
            "ep_analytics_cache_waits_total", "requests that waited on another request's recompute", registry=r
        )
        self.cache_errors = Counter(
            "ep_analytics_cache_errors_total",
            "Redis failures (answers then come from the database)",
            ["op"],
            registry=r,
        )
        self.cache_bypass = Counter(
            "ep_analytics_cache_bypass_total",
            "requests that skipped Redis while its circuit breaker was open",
            registry=r,
        )
        self.cache_early_refresh = Counter(
            "ep_analytics_cache_early_refresh_total", "background refreshes before expiry", registry=r
        )
        self.local_cache_bytes = Gauge(
            "ep_analytics_local_cache_bytes", "in-process answer copies: keys, bodies, overhead", registry=r
        )
        # database: one "query" = one answer computed on one host
        self.db_queries = Counter(
            "ep_analytics_db_queries_total", "answers computed by the database", ["role", "host"], registry=r
        )
        self.db_errors = Counter("ep_analytics_db_errors_total", "failed database reads", ["role", "host"], registry=r)
        self.db_duration = Histogram(
            "ep_analytics_db_query_duration_seconds",
            "time to compute one answer in the database",
            ["role", "host"],
            buckets=BUCKETS,
            registry=r,
        )
        self.replica_healthy = Gauge(
            "ep_analytics_replica_healthy", "1 when reads may go to this replica", ["replica"], registry=r
        )
        self.replica_lag = Gauge(
            "ep_analytics_replica_lag_seconds", "replay lag seen by the health check", ["replica"], registry=r
        )

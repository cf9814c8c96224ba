"""p99 latency, requests/s and event-loop CPU of a tier from its pods' Prometheus text, merged the only correct way.

Each pod exposes cumulative histogram buckets. Over one scrape interval we take each pod's bucket *deltas* (a pod
whose counters went down restarted: its current values are the delta), add them bucket by bucket across pods, then
read the percentile from the merged histogram as Prometheus' `histogram_quantile` does (linear inside the bucket).
Percentiles are never averaged: the mean of per-pod p99s is not the tier's p99.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from eventpipeline.common.httpmetrics import DURATION, LOOP_CPU, REQUESTS  # the parser drops the counter's `_total`
from prometheus_client.parser import text_string_to_metric_families

DEFAULT_EXCLUDED_ROUTES = frozenset({"/healthz", "/readyz", "/metrics"})

Buckets = tuple[tuple[float, float], ...]  # (upper bound `le`, cumulative count), ascending, +Inf last


@dataclass(frozen=True)
class PodScrape:
    at: float
    buckets: Buckets
    requests: float  # ep_http_requests_total summed over the kept label sets
    loop_cpu: float | None = None  # ep_http_loop_cpu_seconds_total; None from a pod that does not export it


def parse(text: str, *, at: float, exclude_routes: frozenset[str] = DEFAULT_EXCLUDED_ROUTES) -> PodScrape:
    """One pod's /metrics body. Probe and metrics routes are left out: they are not user traffic."""
    by_le: dict[float, float] = {}
    requests = 0.0
    hist_count = 0.0
    saw_counter = False
    loop_cpu: float | None = None
    for family in text_string_to_metric_families(text):
        if family.name == LOOP_CPU:
            loop_cpu = sum(s.value for s in family.samples if s.name == f"{LOOP_CPU}_total")
            continue
        if family.name not in (DURATION, REQUESTS):
            continue
        for s in family.samples:
            if s.labels.get("route") in exclude_routes:
                continue
            if s.name == f"{DURATION}_bucket":
                le = float(s.labels["le"])
                by_le[le] = by_le.get(le, 0.0) + s.value
            elif s.name == f"{DURATION}_count":
                hist_count += s.value
            elif s.name == f"{REQUESTS}_total":
                saw_counter = True
                requests += s.value
    buckets = tuple(sorted(by_le.items()))
    return PodScrape(at=at, buckets=buckets, requests=requests if saw_counter else hist_count, loop_cpu=loop_cpu)


def _reset(prev: PodScrape, cur: PodScrape) -> bool:
    if cur.requests < prev.requests:
        return True
    if cur.loop_cpu is not None and prev.loop_cpu is not None and cur.loop_cpu < prev.loop_cpu:
        return True
    old = dict(prev.buckets)
    return any(count < old.get(le, 0.0) for le, count in cur.buckets)


def delta(prev: PodScrape, cur: PodScrape) -> PodScrape:
    """What happened between two scrapes of one pod (a counter reset means it restarted: count from zero)."""
    if _reset(prev, cur):
        return cur
    old = dict(prev.buckets)
    buckets = tuple((le, count - old.get(le, 0.0)) for le, count in cur.buckets)
    loop_cpu = None if cur.loop_cpu is None or prev.loop_cpu is None else cur.loop_cpu - prev.loop_cpu
    return PodScrape(at=cur.at, buckets=buckets, requests=cur.requests - prev.requests, loop_cpu=loop_cpu)


def _cumulative_at(buckets: Buckets, le: float) -> float:
    """A pod's cumulative count at `le` even if its bucket layout differs: its largest bound <= le."""
    bounds = [b for b, _ in buckets]
    i = bisect.bisect_right(bounds, le) - 1
    return buckets[i][1] if i >= 0 else 0.0


def merge(parts: Iterable[Buckets]) -> Buckets:
    """Add histograms bucket by bucket across pods."""
    parts = [p for p in parts if p]
    les = sorted({le for p in parts for le, _ in p})
    return tuple((le, sum(_cumulative_at(p, le) for p in parts)) for le in les)


def quantile(q: float, buckets: Buckets) -> float | None:
    """`histogram_quantile(q, ...)`: None when no observation fell in the buckets."""
    if not 0 <= q <= 1:
        raise ValueError(f"quantile must be in [0, 1], got {q}")
    if not buckets or buckets[-1][1] <= 0:
        return None
    total = buckets[-1][1]
    rank = q * total
    prev_le, prev_count = 0.0, 0.0
    for le, count in buckets:
        if count >= rank and count > prev_count:
            if math.isinf(le):
                return prev_le  # beyond the last finite bound: the best we can say is that bound
            return prev_le + (le - prev_le) * (rank - prev_count) / (count - prev_count)
        prev_le, prev_count = (le if not math.isinf(le) else prev_le), count
    return prev_le


@dataclass(frozen=True)
class HttpStats:
    p99_ms: float | None
    requests_per_second: float | None
    pods: int
    pods_with_baseline: int
    failed: tuple[str, ...]
    busy_cores: float | None = None  # mean event-loop CPU per pod over the interval (1.0: a loop that never idles)


def tier_stats(previous: Mapping[str, PodScrape], current: Mapping[str, PodScrape | None]) -> HttpStats:
    """The tier's p99 (ms), total requests/s and mean loop CPU per pod over the last interval.

    A failed scrape or a pod without a previous scrape makes requests/s missing (an undercount could scale the tier
    down); p99 still comes from the pods that have a baseline. No requests at all in the interval means p99 = 0: there
    is no latency pressure, and an idle tier must be allowed to shrink.
    """
    failed = tuple(sorted(url for url, s in current.items() if s is None))
    pairs = [
        (previous[url], delta(previous[url], s)) for url, s in current.items() if s is not None and url in previous
    ]
    complete = bool(current) and not failed and len(pairs) == len(current)
    p99: float | None = None
    if pairs:
        q = quantile(0.99, merge(d.buckets for _, d in pairs))
        p99 = 0.0 if q is None else q * 1000.0
    rps: float | None = None
    if complete:
        rps = sum(d.requests / (d.at - before.at) for before, d in pairs if d.at > before.at)
    loads = [d.loop_cpu / (d.at - before.at) for before, d in pairs if d.loop_cpu is not None and d.at > before.at]
    return HttpStats(
        p99_ms=p99,
        requests_per_second=rps,
        pods=len(current),
        pods_with_baseline=len(pairs),
        failed=failed,
        busy_cores=sum(loads) / len(loads) if loads else None,
    )

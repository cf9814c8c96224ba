"""`python -m bench analytics`: our analytics API (Redis cache + rollups + read replica) against a baseline
(no cache, queries over the raw table, primary only), both the same code and process model, same run.

On a dataset of 10 M events (bench/analytics_data.py, built once into schema `bench_analytics`):
- cached: a constant 2,000 requests/s (vegeta, open model) over a warm set of 30 dashboard queries, p50/p99;
  the baseline answers the same set as fast as it can (no cache to hit).
- uncached: one-month summaries with distinct ranges (always a cache miss), sequential, p50/p99 latency;
  plus a day timeseries and top-type over the month.
- db share: a steady Zipf mix over the same queries for a while; database computations / requests, both read
  from the server's own /metrics (ep_analytics_db_queries_total, ep_http_requests_total).
vegeta, Redis, both PostgreSQL servers and the API share the machine's 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from eventpipeline.infra.endpoints import load
from eventpipeline.infra.procs import free_port
from prometheus_client.parser import text_string_to_metric_families

from bench.analytics_data import ensure_dataset, wait_for_replica
from bench.vegeta import AttackResult, Target, attack, step_search
from tests.support import ServedProcess

READ_KEY = "rk_bench_" + uuid.uuid4().hex[:8]
MONTH = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))


def _iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def dashboard_queries() -> list[str]:
    """30 distinct paths+queries a dashboard would ask: hour, day, week, ~30 days and a calendar month."""

    def t(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
        return datetime(year, month, day, hour, minute, tzinfo=UTC)

    ranges = [
        (t(2026, 11, 26, 12), t(2026, 11, 26, 13), "minute"),
        (t(2026, 11, 26), t(2026, 11, 27), "hour"),
        (t(2026, 11, 20), t(2026, 11, 27), "hour"),
        (t(2026, 10, 27, 9, 30), t(2026, 11, 26, 9, 30), "day"),
        (*MONTH, "day"),
    ]
    out = []
    for f, to, interval in ranges:
        base = {"from": _iso(f), "to": _iso(to)}
        out.append("/v1/metrics/summary?" + urlencode(base))
        out.append("/v1/metrics/timeseries?" + urlencode({**base, "interval": interval}))
        out.append("/v1/metrics/top?" + urlencode({**base, "dimension": "event", "limit": 5}))
        out.append("/v1/metrics/top?" + urlencode({**base, "dimension": "property:plan", "limit": 5}))
        for event in ("purchase", "signup"):
            out.append("/v1/metrics/summary?" + urlencode({**base, "type": "track", "event": event}))
    return out


def hot_queries() -> list[str]:
    """The cached figure's set: last-hour and last-day dashboard queries, cheap enough to keep fresh every TTL.

    (Month-long answers still cost 0.1-0.5 s each here (summaries, series) and seconds for a top property, which
    scans raw rows; keeping many of them fresh every 10 s loads the database, which shares the API's 2 cores.)
    """
    return dashboard_queries()[:12]  # the hour and the day ranges


def get(base: str, path: str, timeout: float = 120) -> tuple[float, dict[str, str], bytes]:
    req = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {READ_KEY}"})
    started = time.perf_counter()
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        body = resp.read()
        return (time.perf_counter() - started) * 1000, dict(resp.headers), body


def counters(base: str) -> dict[str, float]:
    """Database computations (by role) and API requests so far, from the server's /metrics."""
    with urllib.request.urlopen(base + "/metrics", timeout=10) as resp:
        text = resp.read().decode()
    out = {"db": 0.0, "db_replica": 0.0, "db_primary": 0.0, "requests": 0.0}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "ep_analytics_db_queries_total":
                out["db"] += sample.value
                out[f"db_{sample.labels['role']}"] += sample.value
            elif sample.name == "ep_http_requests_total" and sample.labels["route"].startswith("/v1/"):
                out["requests"] += sample.value
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def uncached(base: str, samples: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Distinct one-month ranges (shifted by whole seconds, so never cached), one at a time."""
    figures: dict[str, Any] = {}
    shapes: dict[str, tuple[str, dict[str, str]]] = {
        "month_summary": ("/v1/metrics/summary", {}),
        "month_timeseries_day": ("/v1/metrics/timeseries", {"interval": "day"}),
        "month_top_type": ("/v1/metrics/top", {"dimension": "event", "limit": "5"}),
    }
    for name, (path, extra) in shapes.items():
        times, how = [], set()
        n = samples if name == "month_summary" else max(3, samples // 3)
        for i in range(n):
            shift = timedelta(seconds=i * 7 + 1 + random.randrange(1000))
            params = {"from": _iso(MONTH[0] + shift), "to": _iso(MONTH[1] + shift), **extra}
            ms, headers, _ = get(base, f"{path}?{urlencode(params)}")
            times.append(ms)
            how.add(headers.get("x-cache", "?"))
        figures[name] = {
            "samples": n,
            "p50_ms": round(statistics.median(times), 1),
            "p99_ms": round(pct(times, 0.99), 1),
            "served": sorted(how),
        }
        log(f"  uncached {name}: {figures[name]}")
    return figures


def steady_mix(base: str, paths: list[str], rate: int, duration_s: float) -> dict[str, Any]:
    """A Zipf mix (a few hot queries, a long tail) at a constant rate; DB computations per request."""
    rnd = random.Random(6)
    weights = [1 / (i + 1) for i in range(len(paths))]
    order = rnd.choices(paths, weights=weights, k=2000)
    targets = [Target(url=base + p, method="GET", headers={"Authorization": f"Bearer {READ_KEY}"}) for p in order]
    before = counters(base)
    result = attack(targets, rate=rate, duration_s=duration_s, timeout_s=60)
    after = counters(base)
    delta = {k: after[k] - before[k] for k in after}
    share = delta["db"] / max(1.0, delta["requests"])
    return {
        "rate": rate,
        "duration_s": duration_s,
        "requests": int(delta["requests"]),
        "db_computations": int(delta["db"]),
        "db_on_replica": int(delta["db_replica"]),
        "db_share": round(share, 4),
        "p50_ms": round(result.p50_ms, 2),
        "p99_ms": round(result.p99_ms, 2),
        "success": result.success,
    }


def _target(base: str, path: str) -> Target:
    return Target(url=base + path, method="GET", headers={"Authorization": f"Bearer {READ_KEY}"})


def cached_attack(base: str, paths: list[str], rate: int, duration_s: float, workers: int | None) -> AttackResult:
    targets = [_target(base, p) for p in paths]
    return attack(targets, rate=rate, duration_s=duration_s, timeout_s=60, max_workers=workers)


def serve(env: dict[str, str], log_path: Path) -> tuple[ServedProcess, str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = ServedProcess(
        [sys.executable, "-m", "eventpipeline.analytics"],
        url=base,
        health="/readyz",
        log=log_path,
        env={**env, "EP_ANALYTICS_PORT": str(port), "EP_ANALYTICS_HOST": "127.0.0.1"},
    )
    return server, base


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench analytics", description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000_000, help="dataset size (built once, then reused)")
    parser.add_argument("--rate", type=int, default=2000, help="cached requests/s offered to ours")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per cached attack")
    parser.add_argument("--mix-rate", type=int, default=300, help="requests/s of the steady mix")
    parser.add_argument("--mix-duration", type=float, default=40.0, help="seconds of the steady mix (ours)")
    parser.add_argument("--samples", type=int, default=5, help="uncached month summaries per side")
    args = parser.parse_args(argv)
    log: Callable[[str], None] = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731

    endpoints = load()
    dataset = ensure_dataset(endpoints.postgres_primary_dsn, args.rows, log=log)
    dataset["replica_wait_s"] = round(wait_for_replica(endpoints.postgres_replica_dsn, args.rows, log=log), 1)
    paths = dashboard_queries()
    tmp = Path(tempfile.mkdtemp(prefix="bench-analytics-"))
    keys = tmp / "read-keys"
    keys.write_text(READ_KEY + "\n")
    common = {
        "EP_ANALYTICS_PRIMARY_DSN": endpoints.postgres_primary_dsn,
        "EP_ANALYTICS_SCHEMA": "bench_analytics",
        "EP_ANALYTICS_READ_KEYS_FILE": str(keys),
        "EP_ANALYTICS_LOG_LEVEL": "WARNING",
        "EP_ANALYTICS_STATEMENT_TIMEOUT_MS": "120000",
        "EP_ANALYTICS_MAX_BUCKETS": "50000",
    }
    ours_env = {
        **common,
        "EP_ANALYTICS_REPLICA_DSNS": endpoints.postgres_replica_dsn,
        "EP_ANALYTICS_REDIS_URL": endpoints.redis_url,
        "EP_ANALYTICS_CACHE_PREFIX": f"bench:{uuid.uuid4().hex[:8]}:",
        "EP_ANALYTICS_APPLICATION_NAME": "ep-analytics-bench",
        # month-long unique-user queries take seconds here: the lock must outlive them, and first-time
        # requesters wait for the one computation instead of starting their own
        "EP_ANALYTICS_CACHE_LOCK_MS": "120000",
        "EP_ANALYTICS_CACHE_WAIT_MS": "60000",
    }
    base_env = {
        **common,
        "EP_ANALYTICS_REPLICA_DSNS": "",
        "EP_ANALYTICS_REDIS_URL": "",
        "EP_ANALYTICS_LOCAL_CACHE_ENTRIES": "0",
        "EP_ANALYTICS_USE_ROLLUPS": "false",
        "EP_ANALYTICS_APPLICATION_NAME": "ep-analytics-bench-baseline",
    }
    os.environ.pop("EP_ANALYTICS_SCHEMA", None)
    ours: dict[str, Any] = {}
    baseline: dict[str, Any] = {}

    log("ours: cache + rollups + replica")
    server, base = serve(ours_env, tmp / "ours.log")
    with server:
        ours["uncached"] = uncached(base, args.samples, log)
        hot = hot_queries()
        for p in hot:  # warm the cache
            get(base, p)
        cpu0 = server.cpu_seconds()
        cached = cached_attack(base, hot, args.rate, args.duration, None)
        cpu_us = (server.cpu_seconds() - cpu0) / max(1, cached.requests) * 1e6
        # CPU per cached request is what the machine's contention does not distort: 1e6 / it = req/s per core
        ours["cached"] = _figures(cached) | {"keys": len(hot), "server_cpu_us_per_request": round(cpu_us)}
        log(f"  cached at {args.rate}/s: {ours['cached']}")
        search = step_search(
            [_target(base, p) for p in hot],
            start=250,
            factor=2,
            max_rate=8000,
            p99_ms=5.0,
            duration_s=min(10.0, args.duration),
            log=log,
        )
        ours["cached_max_rate_p99_under_5ms"] = search.best.rate if search.best else 0
        ours["steady_mix"] = steady_mix(base, paths, args.mix_rate, args.mix_duration)
        log(f"  steady mix: {ours['steady_mix']}")
        ours["server_cpu_s"] = round(server.cpu_seconds(), 1)

    log("baseline: no cache, raw table, primary only")
    server, base = serve(base_env, tmp / "baseline.log")
    with server:
        baseline["uncached"] = uncached(base, max(3, args.samples // 3), log)
        # as fast as it goes, two requests in flight (the database has two cores)
        cached = cached_attack(base, hot_queries(), 0, args.duration * 2, 2)
        baseline["cached"] = _figures(cached)
        log(f"  same queries, no cache: {baseline['cached']}")
        baseline["steady_mix"] = steady_mix(base, paths, 1, args.duration)
        log(f"  steady mix: {baseline['steady_mix']}")

    ratio = {
        "cached_throughput": _ratio(ours["cached"]["throughput"], baseline["cached"]["throughput"]),
        "cached_p50": _ratio(baseline["cached"]["p50_ms"], ours["cached"]["p50_ms"]),
        "cached_p99": _ratio(baseline["cached"]["p99_ms"], ours["cached"]["p99_ms"]),
        "uncached_month_summary_p50": _ratio(
            baseline["uncached"]["month_summary"]["p50_ms"], ours["uncached"]["month_summary"]["p50_ms"]
        ),
        "uncached_month_summary_p99": _ratio(
            baseline["uncached"]["month_summary"]["p99_ms"], ours["uncached"]["month_summary"]["p99_ms"]
        ),
        "db_share": _ratio(baseline["steady_mix"]["db_share"], ours["steady_mix"]["db_share"]),
    }
    targets = {
        "cached_p99_under_5ms_at_rate": ours["cached"]["p99_ms"] < 5
        and ours["cached"]["throughput"] >= 0.95 * args.rate,
        "uncached_month_summary_under_200ms": ours["uncached"]["month_summary"]["p99_ms"] < 200,
        "db_load_cut_90pct": ours["steady_mix"]["db_share"] <= 0.1,
    }
    print(
        json.dumps(
            {
                "benchmark": "analytics",
                "dataset": dataset,
                "ours": ours,
                "baseline": baseline,
                "ratio": ratio,
                "targets_met": targets,
                "machine": {"cpus": os.cpu_count(), "load_1m": os.getloadavg()[0]},
            }
        )
    )
    return 0


def _figures(r: AttackResult) -> dict[str, Any]:
    return {
        "rate": r.rate,
        "throughput": round(r.throughput, 1),
        "success": r.success,
        "p50_ms": round(r.p50_ms, 3),
        "p99_ms": round(r.p99_ms, 3),
        "max_ms": round(r.max_ms, 1),
        "requests": r.requests,
        "machine_busy": round(r.machine_busy, 3),
        "vegeta_cpu_s": round(r.client_cpu_s, 1),
    }


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

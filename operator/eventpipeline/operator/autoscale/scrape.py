"""Reads ingest/analytics metrics from the pods' /metrics (thin I/O around `histogram`).

Scrape targets are URLs the operator builds from the tier's pod IPs (`pod_urls`). A pod is the workload's code, not
the operator's: a scrape follows no redirect, reads at most `MAX_METRICS_BYTES` and ends by a deadline, so a pod can
neither steer the operator elsewhere nor hold or exhaust it. The reader keeps each URL's previous scrape as the
baseline for the next interval's deltas.
"""

from __future__ import annotations

import asyncio
import logging
import time
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

from eventpipeline.operator.autoscale.histogram import DEFAULT_EXCLUDED_ROUTES, HttpStats, PodScrape, parse, tier_stats
from eventpipeline.operator.autoscale.policy import LOOP_BUSY_CORES, P99_LATENCY_MS, REQUESTS_PER_SECOND

log = logging.getLogger("eventpipeline.operator.autoscale.scrape")

Fetch = Callable[[str, float], str]


def pod_urls(pod_ips: Iterable[str], *, port: int, path: str = "/metrics") -> list[str]:
    """Scrape URLs from pod IPs (IPv6 addresses get brackets)."""
    return [f"http://[{ip}]:{port}{path}" if ":" in ip else f"http://{ip}:{port}{path}" for ip in pod_ips if ip]


MAX_METRICS_BYTES: Final = 2 * 1024 * 1024  # our tiers' /metrics is tens of KiB; anything near this is not ours
_CHUNK: Final = 64 * 1024


class ScrapeRefusedError(Exception):
    """A /metrics answer the operator does not read: a redirect, too large, or too slow."""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(  # noqa: PLR0917 - urllib's signature, overridden
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> None:
        raise ScrapeRefusedError(f"scrape answered {code} to {newurl!r}: redirects are not followed")


_OPENER: Final = urllib.request.build_opener(_NoRedirects())


def fetch_text(url: str, timeout: float, *, max_bytes: int = MAX_METRICS_BYTES) -> str:
    """GET a /metrics body (blocking; run in a thread): http(s) only, no redirects, at most `max_bytes`, and all of
    it within `timeout` seconds (urllib's own timeout bounds each read, not the whole answer)."""
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"scrape url must be http(s): {url!r}")
    deadline = time.monotonic() + timeout
    body = bytearray()
    with _OPENER.open(url, timeout=timeout) as resp:
        while chunk := resp.read1(_CHUNK):
            body += chunk
            if len(body) > max_bytes:
                raise ScrapeRefusedError(f"scrape of {url} exceeds {max_bytes} bytes")
            if time.monotonic() > deadline:
                raise ScrapeRefusedError(f"scrape of {url} took over {timeout:g} s")
    return body.decode("utf-8")


class HttpMetricsReader:
    """p99 latency, requests/s and loop CPU for one tier, from successive scrapes of its pods."""

    def __init__(
        self,
        *,
        fetch: Fetch = fetch_text,
        timeout: float = 2.0,
        exclude_routes: frozenset[str] = DEFAULT_EXCLUDED_ROUTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._timeout = timeout
        self._exclude = exclude_routes
        self._clock = clock
        self._previous: dict[str, PodScrape] = {}

    async def _one(self, url: str) -> PodScrape | None:
        try:
            text = await asyncio.to_thread(self._fetch, url, self._timeout)
            return parse(text, at=self._clock(), exclude_routes=self._exclude)
        except Exception as exc:  # a pod that cannot be scraped makes the metrics partial, not the pass fail
            log.warning("scrape failed", extra={"url": url, "error": repr(exc)})
            return None

    async def read(self, urls: Sequence[str]) -> HttpStats:
        """Scrape every URL concurrently and compare with the previous pass."""
        results = await asyncio.gather(*(self._one(u) for u in urls))
        current = dict(zip(urls, results, strict=True))
        stats = tier_stats(self._previous, current)
        # Keep baselines only for pods that still exist; a failed scrape keeps the older baseline.
        self._previous = {
            u: (s if s is not None else self._previous[u])
            for u, s in current.items()
            if s is not None or u in self._previous
        }
        return stats


def http_metrics(stats: HttpStats) -> dict[str, float | None]:
    """The decision's metric values for an HTTP tier."""
    return {
        P99_LATENCY_MS: stats.p99_ms,
        REQUESTS_PER_SECOND: stats.requests_per_second,
        LOOP_BUSY_CORES: stats.busy_cores,
    }

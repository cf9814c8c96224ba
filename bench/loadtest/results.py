"""vegeta's per-request results (CSV from `vegeta encode -to csv`) -> per-second figures and the acknowledged ids.

The attack writes its binary results file while it runs; it is encoded to CSV afterwards so that parsing costs no
CPU during the measurement. Columns (vegeta lib/results.go, NewCSVEncoder): timestamp ns, code, latency ns, bytes
out, bytes in, error, base64 body, attack, seq, method, url, base64 headers. Seconds are counted from the first
request's send time.
"""

from __future__ import annotations

import base64
import binascii
import csv
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import orjson


@dataclass(frozen=True)
class Result:
    sent_ns: int
    code: int
    latency_ms: float
    error: str
    body: bytes


def parse_csv(lines: Iterable[str]) -> Iterator[Result]:
    for row in csv.reader(lines):
        if len(row) < 7:
            continue
        try:
            body = base64.b64decode(row[6]) if row[6] else b""
        except binascii.Error:
            body = b""
        yield Result(sent_ns=int(row[0]), code=int(row[1]), latency_ms=int(row[2]) / 1e6, error=row[5], body=body)


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of an ascending list; 0 for none."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass
class Second:
    t: int  # seconds since the first request
    requests: int = 0
    ok: int = 0
    latencies: list[float] = field(default_factory=list)

    def row(self) -> dict[str, float]:
        lat = sorted(self.latencies)
        return {
            "t": self.t,
            "requests": self.requests,
            "errors": self.requests - self.ok,
            "p50_ms": round(percentile(lat, 50), 2),
            "p99_ms": round(percentile(lat, 99), 2),
            "max_ms": round(lat[-1], 2) if lat else 0.0,
        }


@dataclass
class Summary:
    """One run: totals, latency percentiles over all requests, per-second rows, the acknowledged event ids."""

    requests: int
    ok: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    duration_s: float
    status_codes: dict[str, int]
    errors: dict[str, int]
    per_second: list[dict[str, float]]
    acked_ids: list[str]
    unparsed_2xx: int  # 2xx answers whose body named no ids (should be 0)
    # per HTTP status (0: no answer): count, p50/p99 ms and how many came within FAST_MS (a quick refusal vs a queue)
    by_status: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def error_rate(self) -> float:
        return (self.requests - self.ok) / self.requests if self.requests else 0.0

    @property
    def throughput(self) -> float:
        return self.ok / self.duration_s if self.duration_s else 0.0


FAST_MS = 100.0


def status_latencies(latencies: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for code, values in sorted(latencies.items()):
        values.sort()
        out[code] = {
            "count": len(values),
            "p50_ms": round(percentile(values, 50), 2),
            "p99_ms": round(percentile(values, 99), 2),
            f"under_{FAST_MS:.0f}ms": sum(1 for v in values if v < FAST_MS),
        }
    return out


def acked_ids(body: bytes) -> list[str] | None:
    """The ids of a 200 `{"success": true, "accepted": n, "messageIds": [...]}`; None when the body is not that."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    ids = data.get("messageIds") if isinstance(data, dict) else None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return None
    return ids


def summarize(results: Iterable[Result], *, collect_ids: bool = True) -> Summary:
    seconds: dict[int, Second] = {}
    codes: dict[str, int] = {}
    errors: dict[str, int] = {}
    all_lat: list[float] = []
    by_code: dict[str, list[float]] = {}
    ids: list[str] = []
    unparsed = 0
    first: int | None = None
    last_end = 0
    requests = ok = 0
    for r in results:
        first = r.sent_ns if first is None else min(first, r.sent_ns)
        last_end = max(last_end, r.sent_ns + int(r.latency_ms * 1e6))
        bucket = seconds.setdefault(r.sent_ns // 1_000_000_000, Second(0))
        bucket.requests += 1
        bucket.latencies.append(r.latency_ms)
        all_lat.append(r.latency_ms)
        requests += 1
        codes[str(r.code)] = codes.get(str(r.code), 0) + 1
        by_code.setdefault(str(r.code), []).append(r.latency_ms)
        if 200 <= r.code < 300:
            ok += 1
            bucket.ok += 1
            if collect_ids:
                got = acked_ids(r.body)
                if got is None:
                    unparsed += 1
                else:
                    ids.extend(got)
        else:
            reason = r.error or f"HTTP {r.code}"
            errors[reason[:120]] = errors.get(reason[:120], 0) + 1
    all_lat.sort()
    start_s = (first or 0) // 1_000_000_000
    rows = []
    for abs_s, bucket in sorted(seconds.items()):
        bucket.t = abs_s - start_s
        rows.append(bucket.row())
    return Summary(
        requests=requests,
        ok=ok,
        p50_ms=round(percentile(all_lat, 50), 2),
        p90_ms=round(percentile(all_lat, 90), 2),
        p99_ms=round(percentile(all_lat, 99), 2),
        max_ms=round(all_lat[-1], 2) if all_lat else 0.0,
        duration_s=round((last_end - (first or 0)) / 1e9, 3) if requests else 0.0,
        status_codes=codes,
        errors=dict(sorted(errors.items(), key=lambda kv: -kv[1])[:5]),
        per_second=rows,
        acked_ids=ids,
        unparsed_2xx=unparsed,
        by_status=status_latencies(by_code),
    )

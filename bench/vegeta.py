"""A reusable vegeta runner: constant-arrival-rate (open model) attacks and a step search for the highest rate
that holds a latency objective. vegeta is built by set-up with the other Go tools (eventpipeline.infra.tools).

vegeta runs on the same machine as the servers it measures: its CPU comes out of the same cores.
"""

from __future__ import annotations

import json
import resource
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventpipeline.infra.tools import installed


def vegeta_binary() -> Path:
    """The vegeta binary set-up built (`make setup`); raises InfraError when it is missing."""
    return installed().vegeta


@dataclass(frozen=True)
class Target:
    """One request: vegeta replays it at the attack rate (body read from a file once)."""

    url: str
    body: bytes = b""
    method: str = "POST"
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AttackResult:
    """The figures of one vegeta report (latencies in milliseconds)."""

    rate: float  # offered requests/s
    duration_s: float
    requests: int
    throughput: float  # successful requests/s
    success: float  # fraction of 2xx (vegeta counts 2xx/3xx as success)
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    status_codes: dict[str, int]
    errors: list[str]
    client_cpu_s: float = 0.0  # CPU seconds vegeta itself used (it shares the machine)
    machine_busy: float = 0.0  # fraction of all cores busy during the attack (/proc/stat)
    extra: dict[str, Any] = field(default_factory=dict)  # figures a caller adds (e.g. server CPU)

    def holds(self, *, p99_ms: float, min_success: float = 0.999) -> bool:
        """The objective: p99 under the bound, (almost) every request a success, the offered rate achieved."""
        return self.p99_ms < p99_ms and self.success >= min_success and self.throughput >= 0.95 * self.rate

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["errors"] = data["errors"][:5]
        return data


def machine_cpu() -> tuple[int, int]:
    """(busy, total) jiffies of all cores since boot."""
    with open("/proc/stat") as fh:
        fields = [int(x) for x in fh.readline().split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def attack(
    targets: Target | Sequence[Target],
    *,
    rate: int,
    duration_s: float,
    timeout_s: float = 5.0,
    max_workers: int | None = None,
    nice: int = 0,
) -> AttackResult:
    """Offer `rate` requests/s for `duration_s` whatever the latency (open model), then report.
    Several targets are sent round-robin (e.g. bodies with different user ids). `nice` runs vegeta at
    that scheduling priority (the benchmark gives both sides the same)."""
    binary = vegeta_binary()
    target_list = [targets] if isinstance(targets, Target) else list(targets)
    with tempfile.TemporaryDirectory(prefix="vegeta-") as tmp:
        blocks = []
        for n, target in enumerate(target_list):
            lines = [f"{target.method} {target.url}", *(f"{k}: {v}" for k, v in target.headers.items())]
            if target.body:
                body = Path(tmp) / f"body-{n}"
                body.write_bytes(target.body)
                lines.append(f"@{body}")
            blocks.append("\n".join(lines))
        targets_file = Path(tmp) / "targets"
        targets_file.write_text("\n\n".join(blocks) + "\n")
        results = Path(tmp) / "results.bin"
        cmd = [
            *(["nice", "-n", str(nice)] if nice else []),
            str(binary),
            "attack",
            f"-targets={targets_file}",
            f"-rate={rate}/s",
            f"-duration={duration_s}s",
            f"-timeout={timeout_s}s",
            "-http2=false",
            "-max-body=0",
            f"-output={results}",
        ]
        if max_workers:
            cmd.append(f"-max-workers={max_workers}")
        before_children = resource.getrusage(resource.RUSAGE_CHILDREN)
        busy0, total0 = machine_cpu()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        busy1, total1 = machine_cpu()
        after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
        report = subprocess.run(
            [str(binary), "report", "-type=json", str(results)], check=True, capture_output=True, text=True
        )
    data = json.loads(report.stdout)
    lat = data["latencies"]
    ms = 1e-6
    return AttackResult(
        rate=float(rate),
        duration_s=duration_s,
        requests=int(data["requests"]),
        throughput=float(data["throughput"]),
        success=float(data["success"]),
        p50_ms=lat["50th"] * ms,
        p90_ms=lat["90th"] * ms,
        p99_ms=lat["99th"] * ms,
        max_ms=lat["max"] * ms,
        status_codes={str(k): int(v) for k, v in (data.get("status_codes") or {}).items()},
        errors=list(data.get("errors") or []),
        client_cpu_s=(after_children.ru_utime + after_children.ru_stime)
        - (before_children.ru_utime + before_children.ru_stime),
        machine_busy=(busy1 - busy0) / max(1, total1 - total0),
    )


@dataclass
class Search:
    """The outcome of a step search: the best holding step and every step tried."""

    best: AttackResult | None
    steps: list[AttackResult]

    def as_dict(self) -> dict[str, object]:
        return {
            "best_rate": self.best.rate if self.best else 0,
            "best": self.best.as_dict() if self.best else None,
            "steps": [
                {
                    "rate": s.rate,
                    "p99_ms": round(s.p99_ms, 2),
                    "success": s.success,
                    "throughput": round(s.throughput),
                    "machine_busy": round(s.machine_busy, 3),
                    "vegeta_cpu_s": round(s.client_cpu_s, 2),
                    **s.extra,
                }
                for s in self.steps
            ],
        }


AttackFn = Callable[..., AttackResult]


def step_search(
    target: Target | Sequence[Target],
    *,
    start: int,
    factor: float,
    max_rate: int,
    p99_ms: float,
    duration_s: float,
    refine: int = 2,
    min_rate: int = 25,
    cooldown: Callable[[], None] = lambda: None,
    log: Callable[[str], None] = print,
    attack_fn: AttackFn = attack,
) -> Search:
    """Multiply the rate by `factor` while the objective holds (halve it while the start fails, down to
    `min_rate`), then bisect `refine` times between the last holding and the first failing rate.
    Each step is a fresh open-model attack of `duration_s`."""
    steps: list[AttackResult] = []
    best: AttackResult | None = None
    failed: int | None = None
    rate = start
    while rate <= max_rate:
        result = attack_fn(target, rate=rate, duration_s=duration_s)
        steps.append(result)
        log(_describe(result))
        cooldown()
        if not result.holds(p99_ms=p99_ms):
            failed = rate
            break
        best = result
        rate = int(rate * factor)
    while best is None and failed is not None and failed // 2 >= min_rate:  # the start was too high: go down
        rate = failed // 2
        result = attack_fn(target, rate=rate, duration_s=duration_s)
        steps.append(result)
        log(_describe(result))
        cooldown()
        if result.holds(p99_ms=p99_ms):
            best = result
        else:
            failed = rate
    low = int(best.rate) if best else 0
    for _ in range(refine if failed else 0):
        assert failed is not None
        mid = (low + failed) // 2
        if mid - low < max(50, low // 20):
            break
        result = attack_fn(target, rate=mid, duration_s=duration_s)
        steps.append(result)
        log(_describe(result))
        cooldown()
        if result.holds(p99_ms=p99_ms):
            best, low = result, mid
        else:
            failed = mid
    return Search(best=best, steps=steps)


def _describe(r: AttackResult) -> str:
    return (
        f"  rate {r.rate:>8.0f}/s  ok/s {r.throughput:>9.1f}  success {r.success:.4f}  "
        f"p50 {r.p50_ms:7.2f} ms  p99 {r.p99_ms:8.2f} ms  busy {r.machine_busy:.2f}  "
        f"vegeta {r.client_cpu_s:.1f}s  {r.extra}  codes {r.status_codes}"
    )

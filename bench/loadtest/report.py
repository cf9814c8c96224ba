"""Turn the load test's samples into a verdict: which process or resource saturates first, the text report, the
plot, and the pass rule. Pure functions except `plot` (matplotlib, Agg)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# One event loop (GIL) per process: such a process saturates at one core whatever the machine has.
SINGLE_CORE_GROUPS = ("ingest", "consumer", "analytics", "balancer+runner", "baseline", "redis")
SATURATED = 0.85  # of the capacity
MACHINE_SATURATED = 0.90
CONNECTIONS_SATURATED = 0.80


@dataclass
class Evidence:
    """What was seen over one loaded window (means over its seconds, unless named max)."""

    cores: Mapping[str, float]  # mean cores per process group
    processes: Mapping[str, int]  # processes per group (a single-core group's capacity)
    machine_busy: float  # 0..1, all cores
    cpus: int
    lag: Sequence[float]  # consumer-group lag per second
    offered_events_per_s: float
    connections_max: int | None = None
    max_connections: int | None = None


@dataclass
class Bottleneck:
    resource: str
    utilisation: float
    evidence: str
    ranked: list[tuple[str, float]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "resource": self.resource,
            "utilisation": round(self.utilisation, 3),
            "evidence": self.evidence,
            "ranked": [[name, round(u, 3)] for name, u in self.ranked[:6]],
        }


def slope(values: Sequence[float]) -> float:
    """Least-squares slope per sample (per second); 0 for fewer than 3 values."""
    n = len(values)
    if n < 3:
        return 0.0
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    den = sum((x - mean_x) ** 2 for x in range(n))
    return sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values)) / den


def lag_growing(lag: Sequence[float], offered_events_per_s: float) -> bool:
    """The queue fills: lag rises by more than 5 % of the offered rate each second and ends above one second of
    events. A consumer that keeps up shows a lag that oscillates under a batch or two."""
    return slope(lag) > 0.05 * offered_events_per_s and bool(lag) and lag[-1] > offered_events_per_s


def attribute(ev: Evidence) -> Bottleneck:
    """Rank every candidate by its utilisation and name the highest; the evidence sentence gives the figures."""
    candidates: dict[str, float] = {}
    for group, cores in ev.cores.items():
        if group in SINGLE_CORE_GROUPS:
            candidates[f"{group} CPU (one core per process x{ev.processes.get(group, 1)})"] = cores / max(
                1, ev.processes.get(group, 1)
            )
    candidates[f"machine CPU ({ev.cpus} cores)"] = ev.machine_busy / MACHINE_SATURATED * SATURATED
    lag_rate = slope(ev.lag)
    if lag_growing(ev.lag, ev.offered_events_per_s):
        candidates["consumer tier (Kafka lag grows)"] = 1.0
    if ev.connections_max is not None and ev.max_connections:
        candidates["PostgreSQL connections"] = (
            ev.connections_max / ev.max_connections / CONNECTIONS_SATURATED * SATURATED
        )
    ranked = sorted(candidates.items(), key=lambda kv: -kv[1])
    name, util = ranked[0]
    top_cores = sorted(ev.cores.items(), key=lambda kv: -kv[1])[:4]
    share = ", ".join(f"{g} {c:.2f}" for g, c in top_cores)
    facts = (
        f"cores: {share}; machine {ev.machine_busy:.0%} busy; lag slope {lag_rate:+.0f} msg/s "
        f"(last {ev.lag[-1] if ev.lag else 0:.0f}); PostgreSQL connections max {ev.connections_max}"
        f"/{ev.max_connections}"
    )
    if util < SATURATED:
        return Bottleneck("none saturated (latency objective binds first)", util, facts, ranked)
    return Bottleneck(name, util, facts, ranked)


def mean_cores(rows: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for row in rows:
        for group, cores in (row.get("cpu") or {}).items():
            totals[group] = totals.get(group, 0.0) + cores
    return {g: round(v / max(1, len(rows)), 3) for g, v in sorted(totals.items(), key=lambda kv: -kv[1])}


def evidence_from_samples(
    rows: Sequence[Mapping[str, Any]], *, processes: Mapping[str, int], offered_events_per_s: float
) -> Evidence:
    """Evidence over the loaded seconds of a sampled run (the first two seconds are ramp-up and are skipped)."""
    loaded = list(rows[2:]) or list(rows)
    conns = [r["pg_connections"] for r in loaded if r.get("pg_connections") is not None]
    maxc = [r["pg_max_connections"] for r in loaded if r.get("pg_max_connections") is not None]
    return Evidence(
        cores=mean_cores(loaded),
        processes=processes,
        machine_busy=sum(r.get("machine_busy", 0.0) for r in loaded) / max(1, len(loaded)),
        cpus=os.cpu_count() or 1,
        lag=[float(r["lag"]) for r in loaded if r.get("lag") is not None],
        offered_events_per_s=offered_events_per_s,
        connections_max=max(conns) if conns else None,
        max_connections=maxc[0] if maxc else None,
    )


def passed(run: Mapping[str, Any], *, p99_ms: float = 100.0) -> bool:
    """The load test's pass rule for the batched run: p99 under 100 ms, no error, every acknowledged event stored
    exactly once within 10 s of the end."""
    verdict = run.get("delivery") or {}
    return bool(
        run.get("requests")
        and run.get("p99_ms", 1e9) < p99_ms
        and run.get("errors", 1) == 0
        and verdict.get("ok") is True
    )


def overload(run: Mapping[str, Any]) -> dict[str, Any]:
    """How a run past the breaking point was refused: the share of refusals that were quick 503s, the 2xx p99,
    and whether every acknowledged event was stored once."""
    by_status = run.get("by_status") or {}
    refused = sum(v["count"] for code, v in by_status.items() if not code.startswith("2"))
    fast = (by_status.get("503") or {}).get("under_100ms", 0)
    ok = [v for code, v in by_status.items() if code.startswith("2")]
    return {
        "offered_per_s": run.get("rate"),
        "requests": run.get("requests"),
        "acknowledged_share": round(sum(v["count"] for v in ok) / run["requests"], 4) if run.get("requests") else None,
        "refused": refused,
        "fast_503_share_of_refused": round(fast / refused, 4) if refused else None,
        "p99_2xx_ms": max((v["p99_ms"] for v in ok), default=None),
        "nothing_lost": (run.get("delivery") or {}).get("ok"),
    }


def overload_line(run: Mapping[str, Any]) -> str:
    o = overload(run)
    return (
        f"{o['offered_per_s']} req/s single events (2x the breaking point): {o['acknowledged_share']:.1%} "
        f"acknowledged (p99 {o['p99_2xx_ms']} ms); of {o['refused']} refused, {o['fast_503_share_of_refused']} "
        f"were 503 within 100 ms; every acknowledged event stored once: {o['nothing_lost']}"
    )


def text_report(result: Mapping[str, Any]) -> str:
    ours, base = result.get("ours") or {}, result.get("baseline") or {}
    lines = [f"load test ({result.get('target')}) {result.get('date')}"]
    if warm := ours.get("warmup"):
        lines.append(
            f"  warm-up (not judged) {warm['rate']} req/s x {warm['events_per_request']} for"
            f" {warm['duration_s']:.0f} s: p50 {warm['p50_ms']} ms p99 {warm['p99_ms']} ms, errors {warm['errors']}"
        )
    for label in ("batched", "single"):
        run = ours.get(label)
        if not run:
            continue
        d = run.get("delivery") or {}
        lines.append(
            f"  ours {label:<8} {run['events_per_s']:>7.0f} events/s offered ({run['rate']} req/s x "
            f"{run['events_per_request']}): p50 {run['p50_ms']} ms p99 {run['p99_ms']} ms, errors {run['errors']}, "
            f"max lag {run.get('max_lag')}, max PG connections {run.get('max_pg_connections')}, "
            f"stored {d.get('acknowledged', 0) - d.get('missing', 0)}/{d.get('acknowledged')} "
            f"in {d.get('seconds_to_complete')} s, duplicates {d.get('duplicates')}"
        )
        if gen := run.get("generator"):
            lines.append(
                f"    load generator: {gen['used_cores']} of its {gen['cap_cores']} cores, throttled in "
                f"{gen['throttled_share']:.1%} of periods{' (SATURATED)' if gen['saturated'] else ''}"
            )
    if ours.get("single_search"):
        lines.append(
            f"  ours single-event breaking point: {ours['single_search'].get('best_rate')} req/s at p99 < 100 ms"
        )
    if overload := ours.get("overload"):
        lines.append(f"  overload (not judged): {overload_line(overload)}")
    if base:
        lines.append(
            f"  baseline (in-memory queue + SQLite) breaking point: {base.get('single_best_rate')} req/s at p99 < "
            f"100 ms; batched {base.get('batched', {}).get('events_per_s')} events/s: stored "
            f"{base.get('batched', {}).get('stored_within_10s')} of {base.get('batched', {}).get('acknowledged')} "
            "acknowledged within 10 s"
        )
    for label, bottleneck in (result.get("bottleneck") or {}).items():
        lines.append(f"  bottleneck ({label} run): {bottleneck.get('resource')}")
        lines.append(f"    evidence: {bottleneck.get('evidence')}")
    if result.get("valid") is False:
        lines.append("  INVALID: the load generator used its whole CPU quota in a judged run; it measured itself")
    lines.append(f"  pass (batched: p99 < 100 ms, 0 errors, nothing lost): {result.get('pass')}")
    return "\n".join(lines)


def plot(runs: Mapping[str, Mapping[str, Any]], path: Path) -> Path:
    """One column per sampled run: offered/achieved rate, p50/p99, lag, PostgreSQL connections, CPU per group."""
    import matplotlib  # noqa: PLC0415 - heavy; only when plotting

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    labels = list(runs)
    fig, axes = plt.subplots(5, len(labels), figsize=(7 * len(labels), 15), squeeze=False, sharex="col")
    for col, label in enumerate(labels):
        run = runs[label]
        secs, samples = run["per_second"], run["samples"]
        t = [s["t"] for s in secs]
        ax = axes[0][col]
        ax.plot(t, [s["requests"] * run["events_per_request"] for s in secs], label="events/s sent")
        ax.plot(t, [s["errors"] * run["events_per_request"] for s in secs], label="events/s in errors", color="red")
        ax.set_title(f"{label}: {run['events_per_s']:.0f} events/s offered ({run['rate']} req/s)")
        ax.set_ylabel("events/s")
        ax.legend(loc="lower right")
        ax = axes[1][col]
        ax.plot(t, [s["p50_ms"] for s in secs], label="p50")
        ax.plot(t, [s["p99_ms"] for s in secs], label="p99")
        ax.axhline(100, color="grey", linestyle="--", label="100 ms")
        ax.set_ylabel("latency ms")
        ax.set_yscale("log")
        ax.legend(loc="upper right")
        st = [r["t"] for r in samples]
        axes[2][col].plot(st, [r.get("lag") or 0 for r in samples], color="purple")
        axes[2][col].set_ylabel("consumer lag (messages)")
        axes[3][col].plot(st, [r.get("pg_connections") or 0 for r in samples], label="client connections")
        axes[3][col].plot(st, [r.get("pg_active") or 0 for r in samples], label="active")
        axes[3][col].set_ylabel("PostgreSQL connections")
        axes[3][col].legend(loc="upper right")
        groups = sorted({g for r in samples for g in r.get("cpu") or {}})
        for group in groups:
            axes[4][col].plot(st, [(r.get("cpu") or {}).get(group, 0.0) for r in samples], label=group)
        axes[4][col].set_ylabel("CPU (cores)")
        axes[4][col].set_xlabel("seconds")
        axes[4][col].legend(loc="upper right", fontsize="small", ncol=2)
        for decision in run.get("decisions") or []:
            for row in axes:
                row[col].axvline(decision["t"], color="green", alpha=0.4)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=80)
    plt.close(fig)
    return path

"""`python -m bench autoscale`: a synthetic day through our consumer autoscaler and through KEDA's defaults.

The same trace (a daily curve, +-10 % noise, a 10x spike for 15 minutes) drives a model of the consumer tier: each
replica consumes up to `capacity` messages/s, a new pod serves only after `start_delay` seconds, and every change of the
set of serving consumers pauses the group for `rebalance` seconds (an eager rebalance). Two autoscalers watch it:

- ours: `eventpipeline.operator.autoscale` itself (lag analysis + decision), every 10 s, targets: lag per replica,
  lag seconds, incoming messages/s per replica;
- baseline, KEDA's Kafka scaler with defaults: polled every 30 s, desired = ceil(total lag / lagThreshold) capped at
  the partition count, through HPA's default behaviour (tolerance 10 %, 300 s down window, max(+100 %, +4 pods) per
  15 s up, -100 % per 15 s down). It runs through the same HPA rules implementation with a lag-only policy.

Prints the figures for both and, last, one JSON object {ours, baseline, ratio} (ratio = baseline / ours, lower-is-better
figures, so > 1 means ours is better). Writes a PNG plot (docs/img/autoscale.png by default).
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventpipeline.operator.autoscale.decision import History, Observation, decide
from eventpipeline.operator.autoscale.lag import LagSnapshot, PartitionOffsets, analyze, observation
from eventpipeline.operator.autoscale.policy import (
    LAG_MESSAGES,
    MetricTarget,
    ScalingPolicy,
    TargetKind,
    consumer_policy,
)

DAY = 86_400
SPIKE_START = 13 * 3600 + 7  # off both polling grids, so neither policy is handed the spike on a tick
SPIKE_SECONDS = 15 * 60


@dataclass(frozen=True)
class Model:
    capacity: float = 500.0  # messages/s one consumer replica writes
    partitions: int = 32
    start_delay: int = 20  # seconds from scale-up to a serving pod
    rebalance: int = 5  # seconds the group stops while partitions move
    min_replicas: int = 1
    max_replicas: int = 32
    lag_threshold: float = 5000.0  # KEDA lagThreshold == our lag per replica target
    lag_seconds_bound: float = 30.0
    incoming_per_replica: float = 400.0  # ours: 80 % of capacity


def trace(seed: int, step: int) -> list[float]:
    """Incoming messages/s per second of the day: 300 at 04:00 to 1200 at 16:00, noise, a 10x spike at 13:00."""
    rng = random.Random(seed)
    out = []
    for t in range(0, DAY, step):
        base = 300 + 900 * (0.5 - 0.5 * math.cos(2 * math.pi * (t - 4 * 3600) / DAY))
        if SPIKE_START <= t < SPIKE_START + SPIKE_SECONDS:
            base *= 10
        out.append(base * (1 + rng.uniform(-0.1, 0.1)))
    return out


@dataclass
class Run:
    name: str
    interval: int
    policy: ScalingPolicy
    use_lag_analysis: bool
    replicas: int = 3
    pods: list[int] = field(default_factory=list)  # ready-at time of each pod
    history: History = field(default_factory=History)
    snapshots: list[LagSnapshot] = field(default_factory=list)
    produced: float = 0.0
    produced_by: list[float] = field(default_factory=list)  # cumulative produced after each step (record times)
    committed: float = 0.0
    paused_until: int = -1
    serving: int = 0
    changes: int = 0
    decisions: list[tuple[int, int, int]] = field(default_factory=list)  # (t, from, to)
    series_replicas: list[int] = field(default_factory=list)
    series_lag: list[float] = field(default_factory=list)
    pod_seconds: float = 0.0


def _snapshot(run: Run, t: int, partitions: int, step: int) -> LagSnapshot:
    # the oldest unconsumed record was produced in the first step whose cumulative count passed the committed one
    first = bisect.bisect_right(run.produced_by, run.committed)
    oldest = float(first * step) if first < len(run.produced_by) else None
    parts = []
    for i in range(partitions):
        high = int(run.produced * (i + 1) / partitions) - int(run.produced * i / partitions)
        done = int(run.committed * (i + 1) / partitions) - int(run.committed * i / partitions)
        parts.append(
            PartitionOffsets(partition=i, committed=done, high=high, owned=run.serving > 0, oldest_timestamp=oldest)
        )
    return LagSnapshot(at=float(t), wall=float(t), partitions=tuple(parts))


def _observe(run: Run, t: int, model: Model, step: int) -> Observation:
    ready = sum(1 for r in run.pods if r <= t)
    if run.use_lag_analysis:
        run.snapshots = [s for s in run.snapshots if s.at > t - 150]
        run.snapshots.append(_snapshot(run, t, model.partitions, step))
        a = analyze(run.snapshots, stuck_after=120, rate_window=30)
        return observation(a, current_replicas=run.replicas, ready_replicas=ready)
    lag = max(run.produced - run.committed, 0.0)
    return Observation(run.replicas, {LAG_MESSAGES: lag}, ready_replicas=ready, partitions=model.partitions)


def simulate(run: Run, rates: Sequence[float], step: int, model: Model) -> None:
    run.pods = [0] * run.replicas
    for i, rate in enumerate(rates):
        t = i * step
        serving = sum(1 for r in run.pods if r <= t)
        if serving != run.serving:
            run.paused_until = t + model.rebalance
            run.serving = serving
        run.produced += rate * step
        run.produced_by.append(run.produced)
        if t >= run.paused_until:
            run.committed = min(run.produced, run.committed + serving * model.capacity * step)
        run.pod_seconds += len(run.pods) * step
        if t % run.interval == 0:
            obs = _observe(run, t, model, step)
            d = decide(obs, run.history, run.policy, now=float(t))
            run.history = run.history.after(d, now=float(t), keep_seconds=run.policy.window_seconds)
            if d.desired != run.replicas:
                run.decisions.append((t, run.replicas, d.desired))
                run.changes += 1
                if d.desired > run.replicas:
                    run.pods += [t + model.start_delay] * (d.desired - run.replicas)
                else:
                    run.pods = sorted(run.pods)[: d.desired]  # the newest (maybe not yet serving) go first
                run.replicas = d.desired
        run.series_replicas.append(run.replicas)
        run.series_lag.append(run.produced - run.committed)


def figures(run: Run, step: int, model: Model) -> dict[str, float]:
    before = run.series_replicas[SPIKE_START // step - 1]
    react = next((t - SPIKE_START for t, _f, to in run.decisions if t >= SPIKE_START and to > before), math.inf)
    peak_at = max(range(len(run.series_lag)), key=lambda i: run.series_lag[i] if i * step >= SPIKE_START else -1)
    recovered = next(
        (
            i * step - SPIKE_START
            for i in range(peak_at, len(run.series_lag))
            if run.series_lag[i] <= model.lag_threshold
        ),
        math.inf,
    )
    return {
        "react_seconds": float(react),
        "spike_recovery_seconds": float(recovered),
        "peak_lag_messages": round(max(run.series_lag)),
        "replica_minutes": round(run.pod_seconds / 60, 1),
        "scale_changes": run.changes,
    }


def plot(path: Path, rates: Sequence[float], runs: Sequence[Run], step: int) -> None:
    # Imported here: only plotting needs it, and it is slow to import.
    import matplotlib  # noqa: PLC0415

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    hours = [i * step / 3600 for i in range(len(rates))]
    lo, hi = (SPIKE_START - 600) // step, (SPIKE_START + SPIKE_SECONDS + 1800) // step
    fig, axes = plt.subplots(3, 2, figsize=(14, 9), sharex="col", gridspec_kw={"width_ratios": [2, 1]})
    for col, (a, b) in enumerate([(0, len(rates)), (lo, hi)]):
        x = hours[a:b]
        axes[0][col].plot(x, rates[a:b], color="grey", linewidth=0.6)
        axes[0][col].set_ylabel("incoming msg/s")
        for run, color in zip(runs, ("tab:blue", "tab:red"), strict=True):
            axes[1][col].step(x, run.series_replicas[a:b], where="post", color=color, label=run.name, linewidth=1)
            axes[2][col].plot(x, run.series_lag[a:b], color=color, label=run.name, linewidth=0.8)
        axes[1][col].set_ylabel("consumer replicas")
        axes[2][col].set_ylabel("lag (messages)")
        axes[2][col].set_xlabel("hour of day" if col == 0 else "hour (spike)")
    axes[0][0].set_title("synthetic day")
    axes[0][1].set_title("10x spike at 13:00 (15 min)")
    axes[1][0].legend(loc="upper left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=90)
    plt.close(fig)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench autoscale", description=__doc__.split("\n")[0])
    parser.add_argument("--step", type=int, choices=(1, 5), default=1, help="trace resolution, seconds")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plot", default="docs/img/autoscale.png", help="PNG path ('' to skip)")
    args = parser.parse_args(argv)
    model = Model()
    rates = trace(args.seed, args.step)
    ours = Run(
        "ours (10 s, lag + lag seconds + incoming rate)",
        interval=10,
        policy=consumer_policy(
            min_replicas=model.min_replicas,
            max_replicas=model.max_replicas,
            lag_messages_per_replica=model.lag_threshold,
            lag_seconds_bound=model.lag_seconds_bound,
            incoming_per_replica=model.incoming_per_replica,
        ),
        use_lag_analysis=True,
    )
    keda = Run(
        "KEDA defaults (30 s, lagThreshold, HPA defaults)",
        interval=30,
        policy=ScalingPolicy(
            tier="consumer",
            min_replicas=model.min_replicas,
            max_replicas=model.max_replicas,
            targets=(MetricTarget(LAG_MESSAGES, model.lag_threshold, TargetKind.AVERAGE),),
        ),
        use_lag_analysis=False,
    )
    # Variants, printed only: which part of the difference comes from what.
    keda15 = Run(
        "variant: KEDA lag-only at HPA's 15 s sync period", interval=15, policy=keda.policy, use_lag_analysis=False
    )
    ours_lag_only = Run(
        "variant: ours without the incoming-rate target (10 s, lag + lag seconds)",
        interval=10,
        policy=consumer_policy(
            min_replicas=model.min_replicas,
            max_replicas=model.max_replicas,
            lag_messages_per_replica=model.lag_threshold,
            lag_seconds_bound=model.lag_seconds_bound,
        ),
        use_lag_analysis=True,
    )
    for run in (ours, keda, keda15, ours_lag_only):
        simulate(run, rates, args.step, model)
    result: dict[str, Any] = {"ours": figures(ours, args.step, model), "baseline": figures(keda, args.step, model)}
    result["ratio"] = {k: (round(result["baseline"][k] / v, 2) if v else None) for k, v in result["ours"].items()}
    print(f"model: {model}")
    for label, run in (("ours", ours), ("baseline", keda)):
        print(f"{label:>8}: {run.name}: " + ", ".join(f"{k}={v}" for k, v in result[label].items()))
    for run in (keda15, ours_lag_only):
        print(f" variant: {run.name}: " + ", ".join(f"{k}={v}" for k, v in figures(run, args.step, model).items()))
    if args.plot:
        plot(Path(args.plot), rates, (ours, keda), args.step)
        print(f"plot: {args.plot}")
    print(json.dumps(result))
    return 0

"""`make loadtest` (`python -m bench loadtest`): the design notes' load test, applied to the whole pipeline.

10,000 events/s for 60 s at a constant arrival rate (vegeta, open model) into ingest, through Kafka and the consumer
into PostgreSQL: once as 100-event batches, once as single-event requests at the highest rate whose p99 stays under
100 ms here (stepped, then confirmed for the full duration). Every second: latency, errors, consumer lag, PostgreSQL
connections, CPU per process group, the autoscaler's decisions. Afterwards every acknowledged event must be in
PostgreSQL exactly once within 10 s. The design notes' architecture (bench/baseline_sqlite.py) is stepped the same
way in the same invocation. Writes bench/out/loadtest-*/ (samples, plot, report) and docs/img/loadtest.png; the
last stdout line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eventpipeline.infra.procs import free_port, read_table

from bench.loadtest.attack import Load, attack
from bench.loadtest.cpu import assign_groups, cores_between, machine_ticks
from bench.loadtest.cpucap import CpuCap
from bench.loadtest.report import attribute, evidence_from_samples, overload, passed, plot, text_report
from bench.loadtest.results import Summary
from bench.loadtest.sample import ConnectionProbe, LagProbe, Probes, Sampler
from bench.loadtest.target import Pipeline, bring_stack_up, local_pipeline, stack_pipeline, stack_running
from bench.loadtest.verify import verify_postgres, verify_sqlite
from bench.vegeta import AttackResult, Search, step_search, vegeta_binary
from tests.support import ServedProcess

REPO = Path(__file__).resolve().parents[2]
P99_MS = 100.0


def log(line: str) -> None:
    print(f"[loadtest] {line}", file=sys.stderr, flush=True)


class Driver:
    """Runs attacks against one ingest URL with the vegeta pid added to the CPU groups while it runs."""

    def __init__(
        self,
        name: str,
        url: str,
        write_key: str,
        roots: Callable[[], dict[str, list[int]]],
        out: Path,
        cap: CpuCap | None = None,
    ):
        self.name, self.url, self.write_key, self.out, self.cap = name, url, write_key, out, cap
        self.base_roots = roots
        self.vegeta_pid: int | None = None
        self.run_id = uuid.uuid4().hex[:8]

    def roots(self) -> dict[str, list[int]]:
        extra = {"vegeta": [self.vegeta_pid]} if self.vegeta_pid else {}
        return {**self.base_roots(), **extra, "loadtest": [os.getpid()]}

    def set_pid(self, pid: int | None) -> None:
        self.vegeta_pid = pid

    def load(self, label: str, per_request: int) -> Load:
        return Load(self.url, self.write_key, f"lt_{self.run_id}_{self.name}_{label}", per_request)

    def step_fn(self, label: str, per_request: int) -> Callable[..., AttackResult]:
        """An `attack_fn` for bench.vegeta.step_search that also records CPU per group during the step."""

        def run(_target: object, *, rate: int, duration_s: float) -> AttackResult:
            before, t0, busy0 = read_table(), time.monotonic(), machine_ticks(Path("/proc/stat").read_text())
            children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            summary, _, generator = attack(
                self.load(f"{label}-steps", per_request),
                rate=rate,
                duration_s=duration_s,
                workdir=self.out / f"{self.name}-{label}-{rate}",
                keep_bodies=False,
                cap=self.cap,
            )
            after, elapsed, busy1 = read_table(), time.monotonic() - t0, machine_ticks(Path("/proc/stat").read_text())
            children1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = cores_between(before, after, assign_groups(after, self.roots()), elapsed)
            # vegeta has exited by now: its CPU is in our children's rusage (the encode step's is included)
            used = (children1.ru_utime + children1.ru_stime) - (children0.ru_utime + children0.ru_stime)
            cpu["vegeta"] = round(used / elapsed, 3)
            extra: dict[str, Any] = {"cpu": cpu, "generator": generator.as_dict() if generator else None}
            result = _as_attack_result(summary, rate, duration_s, extra)
            return replace(result, machine_busy=(busy1[0] - busy0[0]) / max(1, busy1[1] - busy0[1]))

        return run


def _as_attack_result(s: Summary, rate: int, duration_s: float, extra: dict[str, Any]) -> AttackResult:
    return AttackResult(
        rate=float(rate),
        duration_s=duration_s,
        requests=s.requests,
        throughput=s.ok / duration_s,
        success=s.ok / s.requests if s.requests else 0.0,
        p50_ms=s.p50_ms,
        p90_ms=s.p90_ms,
        p99_ms=s.p99_ms,
        max_ms=s.max_ms,
        status_codes=s.status_codes,
        errors=list(s.errors),
        extra=extra,
    )


def sampled_run(
    driver: Driver, pipeline: Pipeline | None, *, label: str, per_request: int, rate: int, duration_s: float
) -> dict[str, Any]:
    """One full-length attack with the per-second sampler on, then the delivery check."""
    load = driver.load(label, per_request)
    probes = Probes(
        roots=driver.roots,
        lag=LagProbe(pipeline.kafka_bootstrap, pipeline.topic, pipeline.group) if pipeline else None,
        connections=ConnectionProbe(pipeline.postgres_dsn) if pipeline else None,
        autoscaler=pipeline.autoscaler if pipeline else None,
    )
    log(f"{driver.name} {label}: {rate} req/s x {per_request} events for {duration_s:.0f}s")
    with Sampler(probes, label=label) as sampler:
        summary, ended, generator = attack(
            load,
            rate=rate,
            duration_s=duration_s,
            workdir=driver.out / f"{driver.name}-{label}",
            keep_bodies=True,
            on_pid=driver.set_pid,
            cap=driver.cap,
        )
        if pipeline is not None:
            delivery = verify_postgres(
                pipeline.postgres_dsn, pipeline.schema, load.event_type, summary.acked_ids, ended_at=ended
            )
            time.sleep(1)  # one more sample after the drain
    if probes.connections is not None:
        probes.connections.close()
    samples = sampler.rows
    lags = [r["lag"] for r in samples if r.get("lag") is not None]
    conns = [r["pg_connections"] for r in samples if r.get("pg_connections") is not None]
    run: dict[str, Any] = {
        "rate": rate,
        "events_per_request": per_request,
        "events_per_s": rate * per_request,
        "duration_s": duration_s,
        "requests": summary.requests,
        "errors": summary.requests - summary.ok,
        "error_rate": round(summary.error_rate, 6),
        "status_codes": summary.status_codes,
        "error_samples": summary.errors,
        "p50_ms": summary.p50_ms,
        "p90_ms": summary.p90_ms,
        "p99_ms": summary.p99_ms,
        "max_ms": summary.max_ms,
        "achieved_events_per_s": round(summary.ok * per_request / duration_s),
        "max_lag": max(lags) if lags else None,
        "max_pg_connections": max(conns) if conns else None,
        "mean_cores": evidence_from_samples(samples, processes={}, offered_events_per_s=0).cores,
        "autoscaler_decisions": sampler.decisions,
        "unparsed_2xx": summary.unparsed_2xx,
        "by_status": summary.by_status,
        "delivery": delivery.as_dict() if pipeline is not None else None,
        "generator": generator.as_dict() if generator else None,
    }
    log(
        f"{driver.name} {label}: p50 {summary.p50_ms} p99 {summary.p99_ms} ms, errors {run['errors']}, "
        f"max lag {run['max_lag']}, delivery {run['delivery']}"
    )
    return {
        **run,
        "per_second": summary.per_second,
        "samples": samples,
        "decisions": sampler.decisions,
        "_acked": summary.acked_ids,
        "_ended": ended,
    }


def drain(pipeline: Pipeline, limit_s: float = 20.0) -> None:
    """Between steps: wait for the consumer to catch up so a step does not pay for the previous one's backlog."""
    probe = LagProbe(pipeline.kafka_bootstrap, pipeline.topic, pipeline.group)
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        try:
            if probe.read() < 1000:
                return
        except Exception:
            pass
        time.sleep(0.5)


def search(driver: Driver, *, label: str, start: int, max_rate: int, step_s: float, cool: Callable[[], None]) -> Search:
    return step_search(
        [],  # the attack_fn builds its own targets
        start=start,
        factor=1.5,
        max_rate=max_rate,
        p99_ms=P99_MS,
        duration_s=step_s,
        refine=2,
        cooldown=cool,
        log=lambda line: log(f"{driver.name} {label} {line}"),
        attack_fn=driver.step_fn(label, 1),
    )


@contextmanager
def target(mode: str, workdir: Path, args: argparse.Namespace) -> Iterator[Pipeline]:
    if mode in ("auto", "stack"):
        if not stack_running():
            log("`make up` stack not running: bringing it up")
            try:
                bring_stack_up()
            except Exception as exc:
                if mode == "stack":
                    raise
                log(f"`make up` failed ({exc}); using locally started processes")
        if stack_running():
            yield stack_pipeline()
            return
        if mode == "stack":
            raise RuntimeError("the `make up` stack is not running")
    consumer_env = dict(item.split("=", 1) for item in args.consumer_env)
    with local_pipeline(workdir=workdir, consumers=args.consumers, consumer_env=consumer_env) as pipeline:
        yield pipeline


def run_baseline(out: Path, args: argparse.Namespace, cap: CpuCap) -> dict[str, Any]:
    port = free_port()
    key = "wk_baseline_" + uuid.uuid4().hex[:6]
    db = out / "baseline.db"
    cmd = [sys.executable, "-m", "bench.baseline_sqlite", "--port", str(port), "--db", str(db), "--write-key", key]
    url = f"http://127.0.0.1:{port}"
    with ServedProcess(cmd, url=url, log=out / "baseline.log") as server:
        driver = Driver("baseline", url, key, lambda: {"baseline": [server.pid]}, out, cap)
        found = search(
            driver,
            label="single",
            start=1000,
            max_rate=args.max_rate,
            step_s=args.step_seconds,
            cool=lambda: time.sleep(2),
        )
        batched = sampled_run(
            driver,
            None,
            label="batched",
            per_request=args.batch_size,
            rate=args.events_per_second // args.batch_size,
            duration_s=args.baseline_seconds,
        )
        load = driver.load("batched", args.batch_size)
        verdict = verify_sqlite(db, load.event_type, batched.pop("_acked"), ended_at=batched["_ended"])
    return {
        "single_best_rate": found.best.rate if found.best else 0,
        "single_search": _search_dict(found),
        "batched": {
            "events_per_s": batched["events_per_s"],
            "p99_ms": batched["p99_ms"],
            "errors": batched["errors"],
            "acknowledged": verdict.acknowledged,
            "stored_within_10s": verdict.acknowledged - verdict.missing,
            "delivery": verdict.as_dict(),
        },
    }


def _search_dict(found: Search) -> dict[str, Any]:
    data = found.as_dict()
    data.pop("best", None)
    return data


def loaded(samples: list[dict[str, Any]], duration_s: float) -> list[dict[str, Any]]:
    """The seconds under load (the sampler goes on while delivery is checked: the drain is not evidence)."""
    return [r for r in samples if r["t"] <= duration_s]


def run_ours(
    driver: Driver, pipeline: Pipeline, args: argparse.Namespace, out: Path
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The batched run at the target rate, then the single-event step search and its confirmation run; the
    bottleneck of each (from the samples; for single events also the first step that failed)."""
    rate = args.events_per_second // args.batch_size
    # Warm-up at the target rate: the broker's JIT, new log segments, the consumers' fetch sessions and pools, as a
    # service that has been live for a while has them. Reported apart (cold-start p99), not part of `pass`.
    warm_s = max(args.warmup_seconds, 3.0)
    warm_rate = rate if args.warmup_seconds > 0 else 20
    log(f"warm-up: {warm_rate} req/s x {args.batch_size} events for {warm_s:.0f}s")
    warm, _, _ = attack(
        driver.load("warmup", args.batch_size),
        rate=warm_rate,
        duration_s=warm_s,
        workdir=out / "warmup",
        keep_bodies=False,
        cap=driver.cap,
    )
    warmup = {
        "rate": warm_rate,
        "events_per_request": args.batch_size,
        "duration_s": warm_s,
        "requests": warm.requests,
        "errors": warm.requests - warm.ok,
        "p50_ms": warm.p50_ms,
        "p99_ms": warm.p99_ms,
        "max_ms": warm.max_ms,
    }
    log(f"warm-up: p50 {warm.p50_ms} p99 {warm.p99_ms} ms, errors {warmup['errors']}")
    drain(pipeline)
    batched = sampled_run(
        driver, pipeline, label="batched", per_request=args.batch_size, rate=rate, duration_s=args.duration
    )
    batched.pop("_acked", None)
    processes = {g: len(p) for g, p in pipeline.roots().items()}
    bottleneck: dict[str, Any] = {
        "batched": attribute(
            evidence_from_samples(
                loaded(batched["samples"], args.duration),
                processes=processes,
                offered_events_per_s=args.events_per_second,
            )
        ).as_dict()
    }
    ours: dict[str, Any] = {"warmup": warmup, "batched": batched}
    if args.skip_single:
        return ours, bottleneck
    drain(pipeline)
    found = search(
        driver,
        label="single",
        start=1000,
        max_rate=args.max_rate,
        step_s=args.step_seconds,
        cool=lambda: drain(pipeline),
    )
    best = int(found.best.rate) if found.best else 500
    single = sampled_run(driver, pipeline, label="single", per_request=1, rate=best, duration_s=args.duration)
    single.pop("_acked", None)
    ours.update(single=single, single_search=_search_dict(found))
    if args.overload_seconds > 0:
        drain(pipeline)
        overload = sampled_run(
            driver, pipeline, label="overload", per_request=1, rate=2 * best, duration_s=args.overload_seconds
        )
        overload.pop("_acked", None)
        ours["overload"] = overload
    failing = [s for s in found.steps if not s.holds(p99_ms=P99_MS)]
    evidence = evidence_from_samples(
        loaded(single["samples"], args.duration), processes=processes, offered_events_per_s=best
    )
    bottleneck["single"] = {
        **attribute(evidence).as_dict(),
        "first_failing_step": (
            {"rate": failing[0].rate, "p99_ms": failing[0].p99_ms, "cpu": failing[0].extra.get("cpu")}
            if failing
            else None
        ),
    }
    return ours, bottleneck


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench loadtest", description=__doc__)
    parser.add_argument("--target", choices=["auto", "stack", "local"], default="auto")
    parser.add_argument("--events-per-second", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of each full run")
    parser.add_argument("--step-seconds", type=float, default=5.0)
    parser.add_argument(
        "--warmup-seconds", type=float, default=10.0, help="batched load at the target rate first (0: 3 s at 20/s)"
    )
    parser.add_argument("--max-rate", type=int, default=20_000, help="highest single-event rate tried")
    parser.add_argument(
        "--overload-seconds",
        type=float,
        default=20.0,
        help="single events at twice the breaking point afterwards (not judged: how overload is refused; 0: skip)",
    )
    parser.add_argument("--baseline-seconds", type=float, default=20.0)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--skip-single", action="store_true", help="only the batched run (a before/after check)")
    parser.add_argument("--consumers", type=int, default=1, help="local target: consumer processes")
    parser.add_argument(
        "--consumer-env", action="append", default=[], metavar="EP_CONSUMER_X=V", help="local target: a setting"
    )
    parser.add_argument("--no-docs-image", action="store_true", help="do not copy the plot to docs/img/")
    parser.add_argument(
        "--generator-cores",
        type=float,
        default=0.5,
        help="CPU quota of the load generator's cgroup; a run in which it used its quota is invalid",
    )
    args = parser.parse_args(list(argv))
    vegeta_binary()
    started = datetime.now(UTC)
    out = REPO / "bench" / "out" / f"loadtest-{started:%Y%m%dT%H%M%SZ}"
    out.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {
        "benchmark": "loadtest",
        "date": started.isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()},
        "load_average_at_start": os.getloadavg(),
    }
    ours: dict[str, Any] = {}
    cap = CpuCap("eventpipeline-loadgen", args.generator_cores)
    with cap, target(args.target, out, args) as pipeline:
        result["target"] = pipeline.mode
        result["notes"] = pipeline.notes
        result["generator_cores"] = args.generator_cores
        driver = Driver("ours", pipeline.ingest_url, pipeline.write_key, pipeline.roots, out, cap)
        log(f"target {pipeline.mode}: {pipeline.ingest_url} topic {pipeline.topic} schema {pipeline.schema}")
        ours, bottleneck = run_ours(driver, pipeline, args, out)
        if not args.no_baseline:
            result["baseline"] = run_baseline(out, args, cap)
    batched, single = ours["batched"], ours.get("single")
    best = single["rate"] if single else 0
    result["ours"] = {k: _public(v) for k, v in ours.items()}
    result["bottleneck"] = bottleneck
    if "overload" in ours:
        result["overload"] = overload(ours["overload"])
    if not args.no_baseline:
        result["ratio"] = ratios(result["ours"], result["baseline"])
    # A judged run in which the generator spent its quota measured the generator: neither pass nor fail.
    judged = [run for run in (batched, single) if run]
    result["valid"] = not any((run.get("generator") or {}).get("saturated") for run in judged)
    result["pass"] = result["valid"] and passed(result["ours"]["batched"])
    runs = {"batched 100-event requests": batched}
    if single:
        runs[f"single-event requests at {best}/s"] = single
    if overload_run := ours.get("overload"):
        runs[f"overload: single events at {overload_run['rate']}/s"] = overload_run
    png = plot(runs, out / "loadtest.png")
    if not args.no_docs_image:
        shutil.copyfile(png, REPO / "docs" / "img" / "loadtest.png")
    result["plot"] = str(png.relative_to(REPO))
    samples = {"batched": batched, "single": single, "overload": ours.get("overload")}
    (out / "samples.json").write_text(json.dumps(samples, default=str))
    (out / "result.json").write_text(json.dumps(result, default=str, indent=1))
    report = text_report(result)
    (out / "report.txt").write_text(report + "\n")
    print(report, flush=True)
    print(json.dumps(result, default=str), flush=True)
    return 0 if result["pass"] else 1


def ratios(ours: dict[str, Any], base: dict[str, Any]) -> dict[str, float | None]:
    """ours / baseline where higher is better; the stored share within 10 s of the 10K events/s batched run."""

    def share(run: dict[str, Any]) -> float | None:
        d = run.get("delivery") or {}
        return (d["acknowledged"] - d["missing"]) / d["acknowledged"] if d.get("acknowledged") else None

    single = ours.get("single_search") or {}
    base_best = base.get("single_best_rate") or 0
    ours_share, base_share = share(ours["batched"]), share(base["batched"])
    return {
        "single_breaking_point": round(single["best_rate"] / base_best, 2) if single and base_best else None,
        "stored_within_10s_share": round(ours_share / base_share, 3) if ours_share is not None and base_share else None,
    }


def _public(run: Any) -> Any:
    """The JSON figures of a run without its per-second series (those are in samples.json and the plot)."""
    if not isinstance(run, dict):
        return run
    return {k: v for k, v in run.items() if k not in ("per_second", "samples", "decisions") and not k.startswith("_")}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

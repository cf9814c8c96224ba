"""One vegeta attack whose every result is kept (bodies included), so the load test gets per-second figures and the
exact message ids the server acknowledged (the 200 body lists them), not only vegeta's summary.

Track calls carry no `messageId`: ingest generates one per message (a UUID, which is also its stored event id), so
replaying a small set of bodies still sends unique events, and the acknowledged ids are read back from the answers.
A run-unique event name marks the run's rows.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from bench.loadtest.cpucap import CpuCap, GeneratorVerdict
from bench.loadtest.results import Summary, parse_csv, summarize
from bench.vegeta import vegeta_binary


@dataclass(frozen=True)
class Load:
    """What one attack sends: `rate` requests/s of `events_per_request` events each."""

    url: str
    write_key: str
    event_type: str
    events_per_request: int

    def path(self) -> str:
        return "/v1/batch" if self.events_per_request > 1 else "/v1/track"


def event(event_type: str, n: int) -> dict[str, Any]:
    """A track call of about 200 bytes, like the notes' typical event; users spread over the partitions (the key is
    the user). `event_type` is its event name."""
    return {
        "type": "track",
        "event": event_type,
        "userId": f"user-{n:05d}",
        "properties": {"path": "/pricing", "referrer": "https://example.com/", "title": "Pricing"},
        "context": {"ip": "203.0.113.9", "user_agent": "Mozilla/5.0 (X11; Linux x86_64)"},
    }


def write_targets(load: Load, workdir: Path, *, bodies: int = 32) -> Path:
    """A vegeta `http` targets file (round-robin over `bodies` different bodies)."""
    workdir.mkdir(parents=True, exist_ok=True)
    blocks = []
    for b in range(bodies):
        if load.events_per_request > 1:
            payload = orjson.dumps(
                {
                    "batch": [
                        event(load.event_type, b * load.events_per_request + n) for n in range(load.events_per_request)
                    ]
                }
            )
        else:
            payload = orjson.dumps(event(load.event_type, b))
        body = workdir / f"body-{b}.json"
        body.write_bytes(payload)
        blocks.append(
            f"POST {load.url}{load.path()}\nX-Write-Key: {load.write_key}\nContent-Type: application/json\n@{body}"
        )
    targets = workdir / "targets.txt"
    targets.write_text("\n\n".join(blocks) + "\n")
    return targets


def attack(
    load: Load,
    *,
    rate: int,
    duration_s: float,
    workdir: Path,
    keep_bodies: bool,
    on_pid: Callable[[int | None], None] = lambda _pid: None,
    timeout_s: float = 10.0,
    nice: int = 0,
    cap: CpuCap | None = None,
) -> tuple[Summary, float, GeneratorVerdict | None]:
    """Offer `rate` requests/s for `duration_s` (open model), whatever the latency; (summary, wall end time, what
    the generator used of its CPU quota when it runs under `cap`)."""
    binary = str(vegeta_binary())
    targets = write_targets(load, workdir)
    results = workdir / "results.bin"
    cmd = [
        *(["nice", "-n", str(nice)] if nice else []),
        binary,
        "attack",
        f"-targets={targets}",
        f"-rate={rate}/s",
        f"-duration={duration_s}s",
        f"-timeout={timeout_s}s",
        "-http2=false",
        f"-max-body={-1 if keep_bodies else 0}",
        f"-output={results}",
    ]
    before, started = (cap.usage() if cap else None), time.monotonic()
    with subprocess.Popen(cap.argv(cmd) if cap else cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        on_pid(proc.pid)
        _, err = proc.communicate()
        on_pid(None)
    ended = time.time()
    verdict = cap.verdict(before, cap.usage(), time.monotonic() - started) if cap and before else None
    if proc.returncode != 0:
        raise RuntimeError(f"vegeta attack exited {proc.returncode}: {err.decode(errors='replace')[-400:]}")
    encode = subprocess.Popen([binary, "encode", "-to=csv", str(results)], stdout=subprocess.PIPE, text=True)
    assert encode.stdout is not None
    summary = summarize(parse_csv(encode.stdout), collect_ids=keep_bodies)
    encode.wait()
    results.unlink(missing_ok=True)
    return summary, ended, verdict

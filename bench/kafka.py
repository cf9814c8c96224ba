"""`python -m bench kafka`: the broker's CPU per event with our client settings against librdkafka's defaults.

The same traffic both times, on the local Kafka broker: 10,000 events/s for `--seconds` in 100-event bursts every
10 ms (what ingest produces for 100-event batches), keyed over ~1,000 users, lz4, idempotent, acks=all, drained by
`--consumers` consumers of one group committing after each poll (as the consumer tier does). Ours: the producer's
`linger.ms` of ingest's settings and the consumer's fetch.min.bytes / fetch.wait.max.ms; baseline: librdkafka's
defaults for those three (linger 5 ms in librdkafka 2.x; fetch 1 byte / 500 ms) with linger 0, ingest's earlier
setting. Figure: broker CPU µs per event (from /proc of the broker's pid; lower is better). The broker serves other
clients too (tests, a running stack): run it on a quiet machine, and read each run's `idle_broker_cores` first.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.infra.procs import cpu_seconds

RATE = 10_000
BURST = 100


@dataclass(frozen=True)
class ClientSettings:
    linger_ms: float
    fetch_min_bytes: int
    fetch_wait_max_ms: int


def _payload() -> bytes:
    return json.dumps(
        {
            "event_id": str(uuid.uuid4()),
            "type": "page_view",
            "user_id": "user-00001",
            "received_at": "2026-11-28T00:00:00Z",
            "properties": {"path": "/pricing", "referrer": "https://example.com/", "title": "Pricing"},
            "context": {"ip": "203.0.113.9", "user_agent": "Mozilla/5.0 (X11; Linux x86_64)"},
        }
    ).encode()


def run_once(bootstrap: str, broker_pid: int, cfg: ClientSettings, *, seconds: float, consumers: int) -> dict[str, Any]:
    topic = f"bench-kafka-{uuid.uuid4().hex[:8]}"
    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(topic, 12, 1)])[topic].result()
    stop = threading.Event()
    consumed = [0] * consumers

    def consume(i: int) -> None:
        c = Consumer(
            {
                "bootstrap.servers": bootstrap,
                "group.id": topic,
                "auto.offset.reset": "earliest",
                "enable.auto.commit": False,
                "partition.assignment.strategy": "cooperative-sticky",
                "fetch.min.bytes": cfg.fetch_min_bytes,
                "fetch.wait.max.ms": cfg.fetch_wait_max_ms,
            }
        )
        c.subscribe([topic])
        while not stop.is_set():
            msgs = c.consume(5000, 0.5)
            if msgs:
                consumed[i] += len(msgs)
                c.commit(asynchronous=False)
        c.close()

    threads = [threading.Thread(target=consume, args=(i,), daemon=True) for i in range(consumers)]
    for t in threads:
        t.start()
    time.sleep(6)  # the group forms and every consumer is fetching
    idle0, t_idle = cpu_seconds(broker_pid), time.monotonic()
    time.sleep(3)
    idle_cores = (cpu_seconds(broker_pid) - idle0) / (time.monotonic() - t_idle)
    producer = Producer(
        {
            "bootstrap.servers": bootstrap,
            "enable.idempotence": True,
            "acks": "all",
            "compression.type": "lz4",
            "linger.ms": cfg.linger_ms,
        }
    )
    payload = _payload()
    cpu0, t0, sent = cpu_seconds(broker_pid), time.monotonic(), 0
    while time.monotonic() - t0 < seconds:
        for _ in range(BURST):
            producer.produce(topic, payload, key=b"user-%d" % (sent % 997))
            sent += 1
        producer.poll(0)
        ahead = t0 + sent / RATE - time.monotonic()
        if ahead > 0:
            time.sleep(ahead)
    producer.flush(30)
    deadline = time.monotonic() + 30
    while sum(consumed) < sent and time.monotonic() < deadline:
        time.sleep(0.1)
    elapsed = time.monotonic() - t0
    used = cpu_seconds(broker_pid) - cpu0
    stop.set()
    for t in threads:
        t.join(10)
    admin.delete_topics([topic])
    return {
        "settings": cfg.__dict__,
        "events": sent,
        "consumed": sum(consumed),
        "idle_broker_cores": round(idle_cores, 3),
        "broker_cores": round(used / elapsed, 3),
        "broker_us_per_event": round(1e6 * used / sent, 1),
    }


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench kafka", description=__doc__)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--consumers", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2, help="ours and baseline alternate this many times")
    args = parser.parse_args(list(argv))

    from eventpipeline.consumer.settings import ConsumerSettings  # noqa: PLC0415
    from eventpipeline.infra.control import status  # noqa: PLC0415 - only the bench needs the local infra
    from eventpipeline.infra.endpoints import load  # noqa: PLC0415
    from eventpipeline.infra.settings import InfraSettings  # noqa: PLC0415
    from eventpipeline.ingest.settings import IngestSettings  # noqa: PLC0415

    ep = load()
    broker_pid = next(pid for svc, pid, _ in status(InfraSettings()) if svc.name == "kafka" and pid is not None)
    consumer_fields = ConsumerSettings.model_fields
    ours = ClientSettings(
        linger_ms=float(IngestSettings.model_fields["kafka_linger_ms"].default),
        fetch_min_bytes=int(consumer_fields["fetch_min_bytes"].default),
        fetch_wait_max_ms=int(consumer_fields["fetch_wait_max_ms"].default),
    )
    baseline = ClientSettings(linger_ms=0.0, fetch_min_bytes=1, fetch_wait_max_ms=500)
    runs: dict[str, list[dict[str, Any]]] = {"ours": [], "baseline": []}
    for _ in range(args.rounds):
        for name, cfg in (("baseline", baseline), ("ours", ours)):
            runs[name].append(
                run_once(ep.kafka_bootstrap, broker_pid, cfg, seconds=args.seconds, consumers=args.consumers)
            )

    def best(name: str) -> float:
        return float(min(r["broker_us_per_event"] for r in runs[name]))

    result = {
        "benchmark": "kafka",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "load": {"events_per_s": RATE, "burst": BURST, "seconds": args.seconds, "consumers": args.consumers},
        "ours": {"broker_us_per_event": best("ours"), "runs": runs["ours"]},
        "baseline": {"broker_us_per_event": best("baseline"), "runs": runs["baseline"]},
        "ratio": {"broker_us_per_event": round(best("baseline") / best("ours"), 2)},
    }
    print(json.dumps(result), flush=True)
    return 0

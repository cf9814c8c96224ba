"""`python -m bench.ingest_codecs`: which Kafka compression for ingest? Produces the same realistic records
(built by ingest's own validation) with each codec through an idempotent acks=all producer and reports the
producer's CPU time and the bytes the broker stored (the partition logs on the local broker's disk).
"""

from __future__ import annotations

import json
import resource
import sys
import time
import uuid
from datetime import UTC, datetime

import orjson
from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.infra import endpoints
from eventpipeline.infra.paths import state_dir
from eventpipeline.ingest.validation import Limits, load_batch, prepare

from bench.ingest import _event

CODECS = ("none", "lz4", "zstd", "snappy", "gzip")


def _records(count: int) -> list[tuple[bytes | None, bytes]]:
    out: list[tuple[bytes | None, bytes]] = []
    while len(out) < count:
        body = orjson.dumps(
            {"batch": [_event(n) | {"properties": {"n": n, "path": f"/p/{n % 97}"}} for n in range(1000)]}
        )
        envelope = load_batch(body, ndjson=False, max_events=2500)
        limits = Limits(max_event_bytes=32768, max_batch_events=2500)
        prepared = prepare(envelope, call=None, received_at=datetime.now(UTC), limits=limits)
        out.extend(zip(prepared.keys, prepared.values, strict=True))
    return out[:count]


def _topic_bytes(topic: str) -> int:
    data = state_dir() / "kafka" / "data"
    return sum(f.stat().st_size for d in data.glob(f"{topic}-*") for f in d.glob("*.log"))


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 200_000
    bootstrap = endpoints.load().kafka_bootstrap
    admin = AdminClient({"bootstrap.servers": bootstrap})
    records = _records(count)
    raw = sum(len(v) for _k, v in records)
    results = {}
    for codec in CODECS:
        topic = f"bench-codec-{codec}-{uuid.uuid4().hex[:6]}"
        admin.create_topics([NewTopic(topic, num_partitions=3, replication_factor=1)])[topic].result(timeout=30)
        producer = Producer(
            {
                "bootstrap.servers": bootstrap,
                "enable.idempotence": True,
                "acks": "all",
                "compression.type": codec,
                "linger.ms": 2,
                "queue.buffering.max.messages": count + 1000,
            }
        )
        usage0 = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        for key, value in records:
            producer.produce(topic, value, key)
        left = producer.flush(60)
        wall = time.perf_counter() - start
        usage1 = resource.getrusage(resource.RUSAGE_SELF)
        cpu = (usage1.ru_utime + usage1.ru_stime) - (usage0.ru_utime + usage0.ru_stime)
        time.sleep(1)
        stored = _topic_bytes(topic)
        results[codec] = {
            "cpu_us_per_event": round(1e6 * cpu / count, 2),
            "wall_s": round(wall, 2),
            "stored_bytes_per_event": round(stored / count, 1),
            "undelivered": left,
        }
        print(codec, results[codec], file=sys.stderr)
        admin.delete_topics([topic])
    print(json.dumps({"benchmark": "ingest_codecs", "events": count, "raw_bytes_per_event": raw / count, **results}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

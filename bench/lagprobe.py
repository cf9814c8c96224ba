"""`python -m bench lagprobe`: what lag seconds as the API defines it costs the autoscaler's consumer pass.

One snapshot of a consumer group on the local broker, every partition lagging: ours reads the offsets and then the
record at each committed offset (its Kafka timestamp is the oldest unconsumed event's age); the baseline reads the
offsets alone (what lag / consume rate needed). Figure: wall time of one snapshot (median and max over `--reads`
reads after a first, which opens the connections). JSON on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.endpoints import load
from eventpipeline.operator.autoscale.kafka import KafkaLagReader


async def _reads(bootstrap: str, topic: str, *, record_times: bool, reads: int) -> dict[str, Any]:
    reader = KafkaLagReader(
        kafka=KafkaConnection(bootstrap),
        group=f"bench-lag-{uuid.uuid4().hex[:8]}",
        topic=topic,
        record_times=record_times,
    )
    took: list[float] = []
    try:
        for n in range(reads + 1):
            started = time.perf_counter()
            analysis = await reader.read(now=float(n), stuck_after=60)
            took.append(time.perf_counter() - started)
    finally:
        await reader.aclose()
    return {
        "median_ms": round(statistics.median(took[1:]) * 1000, 1),
        "max_ms": round(max(took[1:]) * 1000, 1),
        "lag_seconds_known": analysis.lag_seconds is not None,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench lagprobe", description=__doc__.split("\n")[0])
    parser.add_argument("--partitions", type=int, default=12)
    parser.add_argument("--records", type=int, default=2000, help="records per partition")
    parser.add_argument("--reads", type=int, default=11)
    args = parser.parse_args(argv)
    bootstrap = load().kafka_bootstrap
    topic = f"bench-lagprobe-{uuid.uuid4().hex[:8]}"
    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(topic, num_partitions=args.partitions, replication_factor=1)])[topic].result(30)
    try:
        producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20})
        for partition in range(args.partitions):
            for _ in range(args.records):
                producer.produce(topic, value=b"x" * 250, partition=partition)
            producer.poll(0)
        producer.flush(60)
        ours = asyncio.run(_reads(bootstrap, topic, record_times=True, reads=args.reads))
        baseline = asyncio.run(_reads(bootstrap, topic, record_times=False, reads=args.reads))
    finally:
        admin.delete_topics([topic])[topic].result(30)
    print(
        json.dumps(
            {
                "bench": "lagprobe",
                "at": datetime.now(UTC).isoformat(),
                "load_average": os.getloadavg()[0],
                "partitions": args.partitions,
                "records_per_partition": args.records,
                "ours": ours,
                "baseline": baseline,
                "ratio_median": round(ours["median_ms"] / baseline["median_ms"], 2),
            }
        )
    )
    return 0

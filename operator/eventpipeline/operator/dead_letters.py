"""Dead letters not yet replayed: the records of `<topic>.dlq` past the replay group's committed offsets.

The consumer dead-letters what it cannot store (ingest refuses the foreseeable at the door, so these are the
unforeseen); `python -m eventpipeline.consumer.replay` puts them back after a fix and commits the replay group. The
reconcile reports a non-zero count as `Degraded=True`, reason `DeadLetters` (docs/ingest.md, "Dead letters").
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from confluent_kafka import KafkaException
from eventpipeline.common.events import replay_group
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.operator.autoscale.kafka import KafkaLagReader
from eventpipeline.operator.records import Problem

log = logging.getLogger("eventpipeline.operator.dead_letters")


async def unreplayed(admin: Any, kafka: KafkaConnection, dlq_topic: str, *, timeout_s: float) -> int | None:
    """Records on `dlq_topic` the replay group has not committed; None when Kafka did not say (the topic steps
    report an unreachable Kafka themselves)."""
    reader = KafkaLagReader(
        kafka=kafka,
        admin=admin,
        group=replay_group(dlq_topic),
        topic=dlq_topic,
        timeout=timeout_s,
        record_times=False,  # a count is all the condition needs
    )
    try:
        snapshot = await asyncio.to_thread(reader.snapshot, at=time.time())
    except KafkaException as exc:
        log.warning("dead letters not counted", extra={"topic": dlq_topic, "error": str(exc)})
        return None
    finally:
        await reader.aclose()
    return sum(p.lag for p in snapshot.partitions)


def problem(count: int | None, dlq_topic: str) -> Problem | None:
    if not count:
        return None
    return Problem(
        "DeadLetters",
        f"{count} record(s) in {dlq_topic} not replayed: find the cause in their ep-error header, fix it, then run"
        f" `python -m eventpipeline.consumer.replay` (docs/ingest.md#dead-letters)",
    )

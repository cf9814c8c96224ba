"""Dead letters not yet replayed: the records of `<topic>.dlq` past the replay group's committed offsets.

The consumer dead-letters what it cannot store (ingest refuses the foreseeable at the door, so these are the
unforeseen); `python -m eventpipeline.consumer.replay` puts them back after a fix and commits the replay group. The
reconcile reports a non-zero count as `Degraded=True`, reason `DeadLetters` (docs/ingest.md, "Dead letters").
"""

from __future__ import annotations

import logging
import time
from typing import Any

from confluent_kafka import KafkaException
from eventpipeline.common.events import replay_group
from eventpipeline.operator.autoscale.kafka import KafkaLagReader
from eventpipeline.operator.kafka_topics import Problem

log = logging.getLogger("eventpipeline.operator.dead_letters")


def unreplayed(admin: Any, dlq_topic: str, *, timeout_s: float) -> int | None:
    """Blocking (run it in a thread): records on `dlq_topic` the replay group has not committed; None when Kafka
    did not say (the topic steps report an unreachable Kafka themselves)."""
    reader = KafkaLagReader(admin=admin, group=replay_group(dlq_topic), topic=dlq_topic, timeout=timeout_s)
    try:
        return sum(p.lag for p in reader.snapshot(at=time.time()).partitions)
    except KafkaException as exc:
        log.warning("dead letters not counted", extra={"topic": dlq_topic, "error": str(exc)})
        return None


def problem(count: int | None, dlq_topic: str) -> Problem | None:
    if not count:
        return None
    return Problem(
        "DeadLetters",
        f"{count} record(s) in {dlq_topic} not replayed: find the cause in their ep-error header, fix it, then run"
        f" `python -m eventpipeline.consumer.replay` (docs/ingest.md#dead-letters)",
    )

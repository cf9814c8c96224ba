"""The reprocess's Kafka side (blocking; run it in a thread): the topic's offsets around the rewind time, whether
the group has live members, its committed offsets, and the rewind itself.

The rewind commits offsets for the group from outside it, which Kafka accepts only while the group has no member
(a commit with no generation is refused otherwise): a consumer that did not stop makes the rewind fail instead of
racing it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from confluent_kafka import KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.operator.autoscale.kafka import GroupOffsets, OffsetSpec, RecordTimes
from eventpipeline.operator.reprocess.machine import PartitionFacts


class TopicMissingError(Exception):
    """The pipeline's topic is not there."""


def partitions(admin: AdminClient, topic: str, *, timeout_s: float) -> list[int]:
    meta = admin.list_topics(topic=topic, timeout=timeout_s).topics.get(topic)
    if meta is None or meta.error is not None or not meta.partitions:
        raise TopicMissingError(f"topic {topic!r} not found")
    return sorted(meta.partitions)


def _offsets(admin: AdminClient, topic: str, parts: Sequence[int], spec: Any, timeout_s: float) -> dict[int, int]:
    futures = admin.list_offsets({TopicPartition(topic, p): spec for p in parts}, request_timeout=timeout_s)
    return {tp.partition: fut.result(timeout=timeout_s).offset for tp, fut in futures.items()}


def topic_facts(
    admin: AdminClient, *, kafka: KafkaConnection, topic: str, rewind_ms: int, timeout_s: float
) -> dict[int, PartitionFacts]:
    """Per partition: the offsets kept, the first received at or after `rewind_ms`, the oldest record's time."""
    parts = partitions(admin, topic, timeout_s=timeout_s)
    low = _offsets(admin, topic, parts, OffsetSpec.earliest(), timeout_s)
    high = _offsets(admin, topic, parts, OffsetSpec.latest(), timeout_s)
    at = _offsets(admin, topic, parts, OffsetSpec.for_timestamp(rewind_ms), timeout_s)
    with RecordTimes(kafka=kafka, timeout=timeout_s) as times:
        earliest = times.at(topic, {p: low[p] for p in parts if high[p] > low[p]})
    return {
        p: PartitionFacts(
            low=low[p],
            high=high[p],
            at_rewind=at[p] if at[p] >= 0 else None,
            earliest_ms=round(earliest[p] * 1000) if p in earliest else None,
        )
        for p in parts
    }


def group_members(admin: AdminClient, group: str, *, timeout_s: float) -> int:
    """Live members of the consumer group (0 for a group that does not exist yet)."""
    future = admin.describe_consumer_groups([group], request_timeout=timeout_s)[group]
    try:
        desc = future.result(timeout=timeout_s)
    except KafkaException:
        return 0
    return len(desc.members)


def committed(
    *, kafka: KafkaConnection, group: str, topic: str, parts: Sequence[int], timeout_s: float
) -> dict[int, int | None]:
    with GroupOffsets(kafka=kafka, group=group, timeout=timeout_s) as offsets:
        return offsets.committed(topic, parts)


def rewind(*, kafka: KafkaConnection, group: str, topic: str, offsets: Mapping[int, int], timeout_s: float) -> None:
    """Commit `offsets` for the group; Kafka refuses it while the group has a live member."""
    with GroupOffsets(kafka=kafka, group=group, timeout=timeout_s) as handle:
        handle.commit(topic, dict(offsets))

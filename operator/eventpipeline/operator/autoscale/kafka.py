"""Reads a consumer group's lag per partition from the Kafka admin API (thin I/O around `lag`).

Committed offsets (`list_consumer_group_offsets`) against the high watermarks (`list_offsets` latest), the earliest
offsets for partitions the group never committed on, and the group's live members' assignments (who owns what), so a
frozen partition can be told apart from one nobody reads. The reader keeps recent snapshots for rates and stuck
detection.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from confluent_kafka import ConsumerGroupTopicPartitions, KafkaException, TopicPartition
from confluent_kafka import admin as kafka_admin
from confluent_kafka.admin import AdminClient
from eventpipeline.operator.autoscale.lag import LagAnalysis, LagSnapshot, PartitionOffsets, analyze

# Exported at runtime but not re-exported in the package stubs, and untyped: use it as Any.
OffsetSpec: Any = getattr(kafka_admin, "OffsetSpec")  # noqa: B009


class KafkaLagReader:
    """Lag snapshots of one consumer group on one topic."""

    def __init__(
        self,
        *,
        bootstrap: str | None = None,
        admin: Any = None,
        group: str,
        topic: str,
        timeout: float = 5.0,
        keep_seconds: float = 600.0,
    ) -> None:
        if admin is None:
            if not bootstrap:
                raise ValueError("KafkaLagReader needs bootstrap (or an AdminClient)")
            admin = AdminClient({"bootstrap.servers": bootstrap})
        self._admin = admin
        self.group = group
        self.topic = topic
        self._timeout = timeout
        self._keep = keep_seconds
        self.snapshots: list[LagSnapshot] = []

    def _partitions(self) -> list[int]:
        meta = self._admin.list_topics(topic=self.topic, timeout=self._timeout)
        topic = meta.topics.get(self.topic)
        if topic is None or topic.error is not None:
            raise KafkaException(topic.error if topic is not None else f"topic {self.topic!r} not found")
        return sorted(topic.partitions)

    def _offsets(self, partitions: Sequence[int], spec: Any) -> dict[int, int]:
        req = {TopicPartition(self.topic, p): spec for p in partitions}
        futures = self._admin.list_offsets(req, request_timeout=self._timeout)
        return {tp.partition: fut.result(timeout=self._timeout).offset for tp, fut in futures.items()}

    def _committed(self, partitions: Sequence[int]) -> dict[int, int | None]:
        req = ConsumerGroupTopicPartitions(self.group, [TopicPartition(self.topic, p) for p in partitions])
        futures = self._admin.list_consumer_group_offsets([req], request_timeout=self._timeout)
        result = futures[self.group].result(timeout=self._timeout)
        out: dict[int, int | None] = {}
        for tp in result.topic_partitions:
            if tp.error is not None:
                raise KafkaException(tp.error)
            out[tp.partition] = tp.offset if tp.offset >= 0 else None
        return out

    def _owned(self) -> set[int]:
        futures = self._admin.describe_consumer_groups([self.group], request_timeout=self._timeout)
        try:
            desc = futures[self.group].result(timeout=self._timeout)
        except KafkaException:
            return set()  # no such group (nobody ever joined): nothing is owned
        owned: set[int] = set()
        for member in desc.members:
            assignment = member.assignment
            for tp in assignment.topic_partitions if assignment is not None else []:
                if tp.topic == self.topic:
                    owned.add(tp.partition)
        return owned

    def snapshot(self, *, at: float) -> LagSnapshot:
        """One blocking read of every partition (run it in a thread)."""
        partitions = self._partitions()
        high = self._offsets(partitions, OffsetSpec.latest())
        low = self._offsets(partitions, OffsetSpec.earliest())
        committed = self._committed(partitions)
        owned = self._owned()
        return LagSnapshot(
            at=at,
            partitions=tuple(
                PartitionOffsets(partition=p, committed=committed.get(p), high=high[p], low=low[p], owned=p in owned)
                for p in partitions
            ),
        )

    async def read(self, *, now: float, stuck_after: float, min_rate: float, rate_window: float = 30.0) -> LagAnalysis:
        """Take a snapshot, keep it with the recent ones, and analyse."""
        snap = await asyncio.to_thread(self.snapshot, at=now)
        self.snapshots = [s for s in self.snapshots if s.at > now - self._keep and s.at < now]
        self.snapshots.append(snap)
        return analyze(self.snapshots, stuck_after=stuck_after, rate_window=rate_window, min_rate=min_rate)

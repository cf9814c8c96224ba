"""Reads a consumer group's lag per partition from Kafka (thin I/O around `lag`).

Committed offsets (`GroupOffsets`) against the high watermarks (`list_offsets` latest), the earliest offsets for
partitions the group never committed on, and the group's live members' assignments (who owns what), so a frozen
partition can be told apart from one nobody reads; for each lagging partition, the timestamp of the record where the
group would resume (the oldest unconsumed one). The reader keeps recent snapshots for rates and stuck detection.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Self

from confluent_kafka import TIMESTAMP_NOT_AVAILABLE, Consumer, KafkaError, KafkaException, TopicPartition
from confluent_kafka import admin as kafka_admin
from confluent_kafka.admin import AdminClient
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.operator.autoscale.lag import LagAnalysis, LagSnapshot, PartitionOffsets, analyze

# Exported at runtime but not re-exported in the package stubs, and untyped: use it as Any.
OffsetSpec: Any = getattr(kafka_admin, "OffsetSpec")  # noqa: B009

# The group coordinator is elsewhere or still loading (a fresh broker, a coordinator moving after a restart): Kafka
# says to look it up again and retry, which librdkafka does on the next request, not within this one.
COORDINATOR_NOT_READY = frozenset(
    {KafkaError.NOT_COORDINATOR, KafkaError.COORDINATOR_LOAD_IN_PROGRESS, KafkaError.COORDINATOR_NOT_AVAILABLE}
)
COORDINATOR_RETRY_SECONDS = 0.2


class _ConsumerHandle:
    """A librdkafka consumer handle this object owns: closed by `close` or at the end of a `with` block, from the
    thread that owns it."""

    _consumer: Consumer

    def close(self) -> None:
        self._consumer.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class GroupOffsets(_ConsumerHandle):
    """A consumer group's committed offsets, read through a consumer handle of that group that never joins it.

    Not `AdminClient.list_consumer_group_offsets`: when that request meets a coordinator that is not ready (a fresh
    broker's first groups, a coordinator moving after a restart), librdkafka (2.16 and earlier) dereferences the
    admin client's missing consumer-group handle and the whole process dies with SIGSEGV, in a librdkafka thread
    that no Python handler sees (confluentinc/librdkafka#5040). A consumer handle has a group handle, so the same
    answer makes it look the coordinator up again. The handle also commits explicit offsets for a group with no
    live member (`commit`). Close it from the thread that owns it.
    """

    def __init__(self, *, kafka: KafkaConnection, group: str, timeout: float = 5.0) -> None:
        self.group = group
        self._timeout = timeout
        self._consumer = Consumer({**kafka.config(), "group.id": group, "enable.auto.commit": False, "log_level": 3})

    def committed(self, topic: str, partitions: Sequence[int]) -> dict[int, int | None]:
        """partition -> committed offset (None: the group never committed on it). A coordinator that is not ready
        is asked again until the timeout."""
        deadline = time.monotonic() + self._timeout
        while True:
            left = max(deadline - time.monotonic(), 0.1)
            try:
                found = self._consumer.committed([TopicPartition(topic, p) for p in partitions], timeout=left)
                break
            except KafkaException as exc:
                if exc.args[0].code() not in COORDINATOR_NOT_READY or time.monotonic() >= deadline:
                    raise
                time.sleep(COORDINATOR_RETRY_SECONDS)
        out: dict[int, int | None] = {}
        for tp in found:
            if tp.error is not None:
                raise KafkaException(tp.error)
            out[tp.partition] = tp.offset if tp.offset >= 0 else None
        return out

    def commit(self, topic: str, offsets: dict[int, int]) -> None:
        """Commit these offsets for the group (allowed while it has no live member)."""
        self._consumer.commit(offsets=[TopicPartition(topic, p, o) for p, o in offsets.items()], asynchronous=False)


class RecordTimes(_ConsumerHandle):
    """Reads the Kafka timestamp of the record at given offsets, through a consumer that is only ever assigned
    partitions (it never joins or commits for any group), with small fetches: one record per partition is needed."""

    def __init__(self, *, kafka: KafkaConnection, timeout: float = 5.0) -> None:
        self._timeout = timeout
        self._consumer = Consumer(
            {
                **kafka.config(),
                "group.id": f"eventpipeline-operator-probe-{uuid.uuid4().hex}",  # required, never used
                "enable.auto.commit": False,
                "enable.auto.offset.store": False,
                "auto.offset.reset": "earliest",  # an offset retention already deleted: the earliest record left
                "fetch.max.bytes": 1 << 20,
                "max.partition.fetch.bytes": 64 << 10,
                "queued.max.messages.kbytes": 1024,
                # librdkafka's default (500 ms) made one read of 12 lagging partitions take 550 ms (median) on the
                # local broker; 10 ms: 55-95 ms, against 7-16 ms for the offsets alone (bench/lagprobe.py)
                "fetch.wait.max.ms": 10,
                "log_level": 3,
            }
        )

    def at(self, topic: str, offsets: dict[int, int]) -> dict[int, float]:
        """partition -> epoch seconds of the first record at or after its offset; partitions not read are absent."""
        if not offsets:
            return {}
        assigned = [TopicPartition(topic, p, o) for p, o in offsets.items()]
        self._consumer.assign(assigned)
        found: dict[int, float] = {}
        deadline = time.monotonic() + self._timeout
        try:
            while len(found) < len(offsets) and time.monotonic() < deadline:
                for message in self._consumer.consume(num_messages=len(offsets), timeout=0.2):
                    partition = message.partition()
                    if message.error() is not None or partition is None or partition in found:
                        continue
                    kind, millis = message.timestamp()
                    if kind != TIMESTAMP_NOT_AVAILABLE:
                        found[partition] = millis / 1000.0
                        self._consumer.pause([TopicPartition(topic, partition)])
        finally:
            self._consumer.resume(assigned)  # a pause outlives the assignment in librdkafka
            self._consumer.unassign()
        return found


class KafkaLagReader:
    """Lag snapshots of one consumer group on one topic."""

    def __init__(
        self,
        *,
        kafka: KafkaConnection,
        admin: Any = None,
        group: str,
        topic: str,
        timeout: float = 5.0,
        keep_seconds: float = 600.0,
        record_times: bool = True,
    ) -> None:
        """`record_times=False`: offsets only, no record fetched (lag seconds then unknown while there is lag)."""
        self._handles = contextlib.ExitStack()  # what this reader made, closed by `aclose` (a borrowed admin stays)
        self._admin = self._handles.enter_context(AdminClient(kafka.config())) if admin is None else admin
        self._offsets_of_group = self._handles.enter_context(GroupOffsets(kafka=kafka, group=group, timeout=timeout))
        self._record_times = (
            self._handles.enter_context(RecordTimes(kafka=kafka, timeout=timeout)) if record_times else None
        )
        self.group = group
        self.topic = topic
        self._timeout = timeout
        self._keep = keep_seconds
        self.snapshots: list[LagSnapshot] = []
        self._reading = asyncio.Lock()

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
        committed = self._offsets_of_group.committed(self.topic, partitions)
        owned = self._owned()
        offsets = [
            PartitionOffsets(partition=p, committed=committed.get(p), high=high[p], low=low[p], owned=p in owned)
            for p in partitions
        ]
        wall = time.time()
        # where the group resumes on each lagging partition: its committed offset, or the earliest one left
        starts = {o.partition: max(o.committed if o.committed is not None else o.low, o.low) for o in offsets if o.lag}
        times = self._record_times.at(self.topic, starts) if self._record_times is not None else {}
        return LagSnapshot(
            at=at,
            wall=wall,
            partitions=tuple(replace(o, oldest_timestamp=times.get(o.partition)) for o in offsets),
        )

    async def aclose(self) -> None:
        """Release the Kafka handles this reader made (a borrowed admin client stays open), once no read uses them."""
        async with self._reading:
            self._handles.close()

    async def read(self, *, now: float, stuck_after: float, rate_window: float = 30.0) -> LagAnalysis:
        """Take a snapshot, keep it with the recent ones, and analyse."""
        async with self._reading:
            snap = await asyncio.to_thread(self.snapshot, at=now)
        self.snapshots = [s for s in self.snapshots if s.at > now - self._keep and s.at < now]
        self.snapshots.append(snap)
        return analyze(self.snapshots, stuck_after=stuck_after, rate_window=rate_window)

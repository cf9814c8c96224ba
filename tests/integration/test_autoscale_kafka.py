"""The consumer tier's autoscaling against the real Kafka: a backlog asks for consumers up to the partition count,
a drained group scales down only after the window, and a partition whose owner never commits is left out."""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from confluent_kafka import Consumer, Producer
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.private import start_private_kafka
from eventpipeline.operator.autoscale import ConsumerObserver, KafkaLagReader, ReplicaStatus, ScalingLoop
from eventpipeline.operator.autoscale.kafka import GroupOffsets
from eventpipeline.operator.autoscale.policy import consumer_policy
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.pipeline import pipeline_from_body
from eventpipeline.operator.scaling import Scaler
from eventpipeline.operator.settings import OperatorSettings

from tests.support import eventually
from tests.support.scaling import Kube

pytestmark = pytest.mark.integration

PARTITIONS = 6
PER_PARTITION = 500


def produce_backlog(bootstrap: str, topic: str) -> dict[int, int]:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20})
    for p in range(PARTITIONS):
        for i in range(PER_PARTITION):
            producer.produce(topic, value=f'{{"n": {i}}}'.encode(), key=f"user-{i}".encode(), partition=p)
        producer.poll(0)
    assert producer.flush(30) == 0
    return dict.fromkeys(range(PARTITIONS), PER_PARTITION)


def commit(bootstrap: str, group: str, topic: str, offsets: dict[int, int]) -> None:
    """Commit offsets for a group with no live member (what a drained consumer group leaves behind)."""
    with GroupOffsets(kafka=KafkaConnection(bootstrap), group=group, timeout=30) as handle:
        handle.commit(topic, offsets)
        assert handle.committed(topic, sorted(offsets)) == offsets


class Deployment:
    """Stands in for the Deployment's scale subresource: records what the pass asked for."""

    def __init__(self, replicas: int) -> None:
        self.replicas = replicas
        self.calls: list[tuple[str, int]] = []

    def scale(self, name: str, replicas: int) -> None:
        self.calls.append((name, replicas))
        self.replicas = replicas


async def test_backlog_scales_up_to_partitions_then_down_only_after_window(
    endpoints: Any, make_topic: Callable[..., str]
) -> None:
    bootstrap = endpoints.kafka_bootstrap
    topic = make_topic(partitions=PARTITIONS)
    group = f"autoscale-{uuid.uuid4().hex[:8]}"
    high = produce_backlog(bootstrap, topic)
    commit(bootstrap, group, topic, dict.fromkeys(range(PARTITIONS), 0))

    policy = consumer_policy(min_replicas=1, max_replicas=12, lag_messages_per_replica=100, lag_seconds_bound=30)
    reader = KafkaLagReader(kafka=KafkaConnection(bootstrap), group=group, topic=topic)
    observer = ConsumerObserver(reader)
    loop, dep = ScalingLoop(), Deployment(1)

    async def run(now: float) -> Any:
        return await loop.run_pass(
            pipeline="it/autoscale",
            deployment="consumer",
            policy=policy,
            observer=observer,
            replicas=ReplicaStatus(dep.replicas, dep.replicas),
            scale=dep.scale,
            now=now,
        )

    try:
        first = await run(0.0)
        assert first.metrics["lag_messages"] == PARTITIONS * PER_PARTITION
        assert first.to_replicas > 1  # 3000 messages of lag, nobody consuming: more consumers
        second = await run(20.0)
        assert dep.replicas == PARTITIONS  # wants 30, capped at the partitions
        assert "6 partitions" in second.reason
        assert dep.calls[-1] == ("consumer", PARTITIONS)

        commit(bootstrap, group, topic, high)  # drained
        t = 30.0
        while t < 320.0:  # the last recommendation of 6 was at t=20: the 300 s down window holds until t=320
            record = await run(t)
            assert record.metrics["lag_messages"] == 0
            assert dep.replicas == PARTITIONS, (t, record.reason)
            t += 30.0
        record = await run(321.0)
        assert record.direction == "down"
        assert dep.replicas == 1
        assert [c[1] for c in dep.calls][-1] == 1

    finally:
        await reader.aclose()


async def test_partition_owned_but_never_committed_is_stuck_not_scaled(
    endpoints: Any, make_topic: Callable[..., str]
) -> None:
    bootstrap = endpoints.kafka_bootstrap
    topic = make_topic(partitions=PARTITIONS)
    group = f"autoscale-stuck-{uuid.uuid4().hex[:8]}"
    produce_backlog(bootstrap, topic)
    commit(bootstrap, group, topic, dict.fromkeys(range(PARTITIONS), 0))
    consumer = Consumer(
        {"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False, "session.timeout.ms": 45000}
    )
    consumer.subscribe([topic])
    reader = KafkaLagReader(kafka=KafkaConnection(bootstrap), group=group, topic=topic)
    try:
        eventually(lambda: consumer.poll(0.5) is not None and len(consumer.assignment()) == PARTITIONS, timeout=60)
        policy = consumer_policy(max_replicas=PARTITIONS, lag_messages_per_replica=100, stuck_after_seconds=60)
        loop, dep = ScalingLoop(), Deployment(1)
        records = []
        for now in (0.0, 30.0, 61.0, 400.0):
            consumer.poll(0.1)  # stays a live member; never commits
            records.append(
                await loop.run_pass(
                    pipeline="it/stuck",
                    deployment="consumer",
                    policy=policy,
                    observer=ConsumerObserver(reader),
                    replicas=ReplicaStatus(dep.replicas, dep.replicas),
                    scale=dep.scale,
                    now=now,
                )
            )
        assert all(p.owned for p in reader.snapshots[-1].partitions)
        # Before the partitions are called stuck, their lag asks for consumers (up to the partitions)...
        assert records[1].to_replicas == PARTITIONS
        held, last = records[2], records[3]
        assert "stuck partitions 0,1,2,3,4,5" in held.reason
        assert held.metrics["lag_messages"] == 0
        assert held.metrics["lag_messages_all_partitions"] == PARTITIONS * PER_PARTITION
        assert held.direction == "hold"
        # ...after which the untouched backlog no longer holds the tier up: once the window passes it shrinks.
        assert last.metrics["lag_messages_all_partitions"] == PARTITIONS * PER_PARTITION
        assert last.direction == "down"
        assert dep.replicas == 1
    finally:
        consumer.close()
        await reader.aclose()


async def test_lag_seconds_is_the_age_of_the_oldest_unconsumed_record(
    endpoints: Any, make_topic: Callable[..., str]
) -> None:
    """Lag seconds as maxLagSeconds documents it: from the Kafka timestamps of the records at the committed offsets
    (the earliest record where the group never committed), the oldest over the lagging partitions; a caught-up
    partition counts for nothing, however old its records."""
    bootstrap = endpoints.kafka_bootstrap
    topic = make_topic(partitions=3)
    group = f"lag-age-{uuid.uuid4().hex[:8]}"
    base_ms = int(time.time() * 1000) - 3_600_000  # an hour ago: far older than any run of this test
    producer = Producer({"bootstrap.servers": bootstrap})
    for p in range(3):
        for i in range(100):
            # record i of partition p was created (base + p * 100 + i) seconds after base
            producer.produce(topic, value=b"{}", partition=p, timestamp=base_ms + (p * 100 + i) * 1000)
    assert producer.flush(30) == 0
    # partition 0 resumes at record 40, partition 1 is caught up, partition 2 was never committed (resumes at 0)
    commit(bootstrap, group, topic, {0: 40, 1: 100})
    reader = KafkaLagReader(kafka=KafkaConnection(bootstrap), group=group, topic=topic)
    try:
        before = time.time()
        analysis = await reader.read(now=0.0, stuck_after=60)
        after = time.time()
        snapshot = reader.snapshots[-1]
        times = {p.partition: p.oldest_timestamp for p in snapshot.partitions}
        assert times == {0: (base_ms + 40_000) / 1000, 1: None, 2: (base_ms + 200_000) / 1000}
        assert (analysis.total_lag, analysis.lag) == (160, 160)
        oldest = (base_ms + 40_000) / 1000  # partition 0's record 40 is older than partition 2's record 0
        assert analysis.lag_seconds is not None
        assert before - oldest <= analysis.lag_seconds <= after - oldest

        commit(bootstrap, group, topic, {0: 100, 2: 100})  # drained
        drained = await reader.read(now=30.0, stuck_after=60)
        assert (drained.lag, drained.lag_seconds) == (0, 0.0)
    finally:
        await reader.aclose()


def test_committed_offsets_on_a_fresh_broker_before_its_group_coordinator_is_ready() -> None:
    """The first offsets read of a brand-new broker meets a coordinator that is still loading. Through the admin
    API (list_consumer_group_offsets) librdkafka 2.16 then dereferences a NULL group handle and kills the whole
    process (a SIGSEGV in its own thread: no traceback); through a consumer handle it looks the coordinator up again.
    This read, right after start, is what crashed `make test` on every fresh machine."""
    root = Path(tempfile.mkdtemp(prefix="ep-fresh-kafka-", dir="/var/tmp"))  # not tmp_path: other sessions prune it
    try:
        with (
            start_private_kafka(root) as kafka,
            GroupOffsets(kafka=KafkaConnection(kafka.endpoint), group="never-seen", timeout=60) as offsets,
        ):
            assert offsets.committed("no-such-topic-yet", [0, 1]) == {0: None, 1: None}
    finally:
        shutil.rmtree(root, ignore_errors=True)


async def test_the_operators_pass_scales_the_consumer_and_reports_lag_and_lag_seconds(
    endpoints: Any, make_topic: Callable[..., str]
) -> None:
    """operator/scaling.py over the real Kafka: a pipeline's topic with a backlog nobody consumes scales its
    consumer Deployment, and status.kafka gets the lag and the oldest unconsumed event's age, the same numbers
    the decision used."""
    bootstrap = endpoints.kafka_bootstrap
    topic = make_topic(partitions=PARTITIONS)
    name, group = "glue", f"glue-{uuid.uuid4().hex[:8]}"
    started = time.time()
    produce_backlog(bootstrap, topic)
    produced = time.time()
    kube = Kube()
    kube.deployment(f"{name}-consumer", 1, 1)
    body = {
        "metadata": {"name": name, "namespace": "it", "generation": 1},
        "spec": {
            "kafka": {"bootstrapServers": bootstrap, "topic": topic, "partitions": PARTITIONS, "consumerGroup": group},
            "postgres": {"primary": {"name": "pg"}},
            "consumer": {"maxReplicas": PARTITIONS, "autoscaling": {"lagPerReplica": 100}},
        },
    }
    pipeline = pipeline_from_body(body)
    assert (pipeline.topic, pipeline.consumer_group) == (topic, group)
    deps = Deps(kube=cast(Any, kube))
    scaler = Scaler(OperatorSettings())
    try:
        before = time.time()
        result = await scaler.run(body, deps)
        after = time.time()
    finally:
        await scaler.forget(body)
    assert kube.deployments[f"{name}-consumer"]["spec"]["replicas"] > 1
    assert result.status["consumer"]["desiredReplicas"] == kube.deployments[f"{name}-consumer"]["spec"]["replicas"]
    kafka = result.status["kafka"]
    assert kafka["totalLag"] == PARTITIONS * PER_PARTITION
    # never committed: the oldest unconsumed event is one of the first records, created in [started, produced]
    assert before - produced - 0.001 <= kafka["lagSeconds"] <= after - started + 0.001  # status rounds to ms
    assert "lag_seconds=" in result.status["consumer"]["lastScale"]["reason"]

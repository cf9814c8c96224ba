"""The shared Kafka broker: produce, consume in a group, and see the committed offset from outside the group."""

from __future__ import annotations

import uuid

import pytest
from confluent_kafka import Consumer, Producer
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator.autoscale.kafka import GroupOffsets

from tests.support import eventually

pytestmark = pytest.mark.integration


def test_message_round_trip_and_committed_offset(endpoints: Endpoints, kafka_topic: str) -> None:
    bootstrap = endpoints.kafka_bootstrap
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all"})
    payload = uuid.uuid4().hex.encode()
    producer.produce(kafka_topic, key=b"user-1", value=payload, partition=1)
    assert producer.flush(30) == 0

    group = f"g-{uuid.uuid4().hex[:8]}"
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": group,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    consumer.subscribe([kafka_topic])
    try:

        def poll_one() -> bytes | None:
            msg = consumer.poll(1.0)
            if msg is None or msg.error():
                return None
            consumer.commit(message=msg, asynchronous=False)
            value: bytes | None = msg.value()
            return value

        assert eventually(poll_one, timeout=60) == payload
    finally:
        consumer.close()

    with GroupOffsets(kafka=KafkaConnection(bootstrap), group=group, timeout=30) as offsets:
        assert offsets.committed(kafka_topic, [1]) == {1: 1}

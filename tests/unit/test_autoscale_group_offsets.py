"""GroupOffsets asks again while the group coordinator is not ready (what a fresh broker answers at first), within
its timeout, and passes every other error on."""

from __future__ import annotations

from typing import Any

import pytest
from confluent_kafka import KafkaError, KafkaException, TopicPartition
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.operator.autoscale.kafka import GroupOffsets

pytestmark = pytest.mark.unit


class Answers:
    """A consumer handle's `committed` that raises the given errors, in turn, before it answers."""

    def __init__(self, *errors: int) -> None:
        self.errors = list(errors)
        self.calls = 0

    def committed(self, partitions: list[TopicPartition], timeout: float) -> list[TopicPartition]:
        self.calls += 1
        if self.errors:
            raise KafkaException(KafkaError(self.errors.pop(0)))
        return [TopicPartition(tp.topic, tp.partition, 7) for tp in partitions]

    def close(self) -> None:
        return None


def offsets(answers: Answers, timeout: float = 5.0) -> GroupOffsets:
    reader = GroupOffsets(kafka=KafkaConnection("127.0.0.1:1"), group="g", timeout=timeout)
    reader.close()
    reader._consumer = answers  # type: ignore[assignment]  # the librdkafka handle's one call, scripted
    return reader


def test_a_coordinator_not_ready_is_asked_again() -> None:
    answers = Answers(KafkaError.COORDINATOR_LOAD_IN_PROGRESS, KafkaError.NOT_COORDINATOR)
    assert offsets(answers).committed("t", [0, 1]) == {0: 7, 1: 7}
    assert answers.calls == 3


def test_other_errors_are_raised_at_once() -> None:
    answers = Answers(KafkaError.GROUP_AUTHORIZATION_FAILED)
    with pytest.raises(KafkaException) as raised:
        offsets(answers).committed("t", [0])
    assert raised.value.args[0].code() == KafkaError.GROUP_AUTHORIZATION_FAILED
    assert answers.calls == 1


def test_a_coordinator_never_ready_ends_at_the_timeout() -> None:
    answers: Any = Answers(*([KafkaError.NOT_COORDINATOR] * 1000))
    with pytest.raises(KafkaException):
        offsets(answers, timeout=0.5).committed("t", [0])
    assert 1 < answers.calls < 1000

"""Topic management against the real Kafka: create, adopt, grow, drift reverted, decrease refused."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from confluent_kafka.admin import AdminClient
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator import kafka_topics
from eventpipeline.operator.kafka_topics import (
    KafkaUnavailableError,
    delete_topics,
    describe_topic,
    ensure_topic,
    topic_config,
    topic_spec,
)

from tests.support import eventually

# confluent_kafka.admin re-exports these without `__all__`.
from confluent_kafka.admin import (  # type: ignore[attr-defined]  # isort: skip
    AlterConfigOpType,
    ConfigEntry,
    ConfigResource,
    ResourceType,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def admin(endpoints: Endpoints) -> AdminClient:
    return kafka_topics.make_admin(KafkaConnection(endpoints.kafka_bootstrap))


@pytest.fixture
def fresh_name(admin: AdminClient) -> Iterator[str]:
    """A topic name nobody uses; deleted after the test if the operator code created it."""
    name = f"op-{uuid.uuid4().hex[:12]}"
    yield name
    delete_topics(admin, [name], timeout_s=30)


def test_create_with_partitions_retention_and_config(admin: AdminClient, fresh_name: str) -> None:
    spec = topic_spec(fresh_name, partitions=4, replication_factor=1, extra_config={"compression.type": "zstd"})
    report = ensure_topic(admin, spec, timeout_s=30)
    assert report.created
    assert report.problems == []
    assert describe_topic(admin, fresh_name, timeout_s=30) == (4, 1)
    config = topic_config(admin, fresh_name, timeout_s=30)
    assert config["retention.ms"] == str(30 * 24 * 3600 * 1000)
    assert config["compression.type"] == "zstd"
    again = ensure_topic(admin, spec, timeout_s=30)
    assert again.actions == []  # idempotent
    assert not again.created


def test_adopt_an_existing_topic_and_grow_it(admin: AdminClient, make_topic: Callable[..., str]) -> None:
    name = make_topic(partitions=3)
    report = ensure_topic(admin, topic_spec(name, partitions=6, replication_factor=1), timeout_s=30)
    assert not report.created
    assert f"increased partitions of {name} from 3 to 6" in report.actions
    assert describe_topic(admin, name, timeout_s=30) == (6, 1)
    assert report.partitions == 6


def test_config_drift_is_reverted(admin: AdminClient, kafka_topic: str) -> None:
    spec = topic_spec(kafka_topic, partitions=3, replication_factor=1, retention_ms=3_600_000)
    ensure_topic(admin, spec, timeout_s=30)
    resource = ConfigResource(
        ResourceType.TOPIC,
        kafka_topic,
        incremental_configs=[ConfigEntry("retention.ms", "1234", incremental_operation=AlterConfigOpType.SET)],
    )
    admin.incremental_alter_configs([resource])[resource].result(timeout=30)
    # A config change reaches the broker's view through the metadata log a moment after the ack.
    eventually(lambda: topic_config(admin, kafka_topic, timeout_s=30)["retention.ms"] == "1234")
    report = ensure_topic(admin, spec, timeout_s=30)
    assert report.actions == [f"set config of {kafka_topic}: retention.ms=3600000"]
    assert report.config["retention.ms"] == "3600000"
    eventually(lambda: topic_config(admin, kafka_topic, timeout_s=30)["retention.ms"] == "3600000")


def test_partition_decrease_is_refused_with_a_reason(admin: AdminClient, make_topic: Callable[..., str]) -> None:
    name = make_topic(partitions=6)
    report = ensure_topic(admin, topic_spec(name, partitions=2, replication_factor=1), timeout_s=30)
    (problem,) = report.problems
    assert problem.reason == "PartitionDecreaseRefused"
    assert "6 partitions" in problem.message
    assert "asks for 2" in problem.message
    assert describe_topic(admin, name, timeout_s=30) == (6, 1)
    assert report.partitions == 6


def test_impossible_replication_factor_is_reported_not_raised(admin: AdminClient, fresh_name: str) -> None:
    report = ensure_topic(admin, topic_spec(fresh_name, partitions=1, replication_factor=3), timeout_s=30)
    assert [p.reason for p in report.problems] == ["TopicCreateRejected"]
    assert describe_topic(admin, fresh_name, timeout_s=30) is None


def test_delete_topics_tolerates_missing(admin: AdminClient, make_topic: Callable[..., str]) -> None:
    name = make_topic(partitions=1)
    assert delete_topics(admin, [name, f"{name}.dlq"], timeout_s=30) == [name]


def test_unreachable_kafka_raises_unavailable() -> None:
    admin = kafka_topics.make_admin(KafkaConnection("127.0.0.1:1"), timeout_s=2)
    with pytest.raises(KafkaUnavailableError):
        ensure_topic(admin, topic_spec("never", partitions=1, replication_factor=1), timeout_s=2)

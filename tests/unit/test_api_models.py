"""Behaviour of the API models that the operator relies on: defaults, helpers, strictness, durations."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import pytest
from eventpipeline.common.api import (
    EventPipelineSpec,
    EventPipelineStatus,
    KafkaSpec,
    RedisSpec,
    ScaleDecision,
    parse_duration,
)
from pydantic import ValidationError

pytestmark = pytest.mark.unit

MINIMAL = {"kafka": {"bootstrapServers": "kafka:9092"}, "postgres": {"primary": {"name": "pg"}}}


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("0s", 0), ("300s", 300), ("5m", 300), ("1h30m", 5400), ("30d", 2592000), ("2w", 1209600), ("250ms", 0.25)],
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "30", "30 days", "-5s", "1.5h", "5M", "s"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="invalid duration"):
        parse_duration(text)


def test_minimal_spec_defaults() -> None:
    spec = EventPipelineSpec.model_validate(MINIMAL)
    assert spec.kafka.topic_for("shop") == "shop-events"
    assert spec.kafka.consumer_group_for("shop") == "shop-consumer"
    assert spec.kafka.partitions == 12
    assert parse_duration(spec.kafka.retention) == 30 * 86400
    assert spec.postgres.primary.key == "dsn"
    assert spec.postgres.schema_name == "eventpipeline"
    assert spec.postgres.partitioning.premake == 3
    assert spec.postgres.deletion_policy == "Retain"
    assert spec.redis.managed is not None
    assert spec.redis.external is None
    assert parse_duration(spec.redis.cache_ttl) == 10
    assert parse_duration(spec.ingest.scale_down_stabilization) == 300
    assert parse_duration(spec.ingest.scale_up_stabilization) == 0
    assert spec.auth.write_keys_secret_for("shop").name == "shop-write-keys"
    assert spec.auth.read_keys_secret_for("shop").key == "keys"
    assert spec.ingest.image.endswith("/ingest:0.1.0")
    assert spec.consumer.resources.requests.cpu == "250m"
    assert spec.paused is False


def test_explicit_names_win() -> None:
    kafka = KafkaSpec.model_validate({"bootstrapServers": "k:1", "topic": "t", "consumerGroup": "g"})
    assert (kafka.topic_for("x"), kafka.consumer_group_for("x")) == ("t", "g")


def test_snake_case_names_are_accepted_in_python() -> None:
    kafka = KafkaSpec(bootstrap_servers="k:1", partitions=3)
    assert kafka.model_dump(by_alias=True, exclude_none=True)["bootstrapServers"] == "k:1"


def test_external_redis_leaves_managed_unset() -> None:
    redis = RedisSpec.model_validate({"external": {"urlSecret": {"name": "r"}}})
    assert redis.managed is None
    assert redis.external is not None
    assert redis.external.url_secret.key == "url"


@pytest.mark.parametrize(
    ("patch", "field"),
    [({"paused": "true"}, "paused"), ({"kafka": {"bootstrapServers": "k:1", "partitions": "12"}}, "partitions")],
)
def test_strict_like_the_api_server(patch: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        EventPipelineSpec.model_validate({**MINIMAL, **patch})


def test_status_round_trip_from_api_server_json() -> None:
    raw = {
        "observedGeneration": 3,
        "conditions": [
            {"type": "Ready", "status": "True", "reason": "AllTiersReady", "lastTransitionTime": "2026-01-02T03:04:05Z"}
        ],
        "ingest": {
            "desiredReplicas": 3,
            "readyReplicas": 2,
            "lastScale": {"time": "2026-01-02T03:04:05Z", "from": 2, "to": 3, "reason": "p99 180ms > 100ms"},
        },
        "kafka": {"topic": "shop-events", "partitions": 12, "totalLag": 42},
        "kopf": {"progress": {"anything": 1}},
    }
    status = EventPipelineStatus.model_validate(raw)
    ready = status.condition("Ready")
    assert ready is not None
    assert ready.last_transition_time == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert status.condition("Degraded") is None
    assert status.ingest is not None
    assert status.ingest.last_scale is not None
    assert status.ingest.last_scale.from_replicas == 2
    dumped = status.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert dumped["ingest"]["lastScale"]["from"] == 2
    assert dumped["conditions"][0]["lastTransitionTime"] == "2026-01-02T03:04:05Z"


def test_scale_decision_by_python_names() -> None:
    decision = ScaleDecision(time=datetime(2026, 1, 1, tzinfo=UTC), from_replicas=1, to_replicas=4, reason="lag")
    assert decision.model_dump(by_alias=True)["to"] == 4


class _ReadOnlyView(Mapping[str, Any]):
    """Like kopf's body views: a Mapping that is not a dict."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        value = self._data[key]
        return _ReadOnlyView(value) if isinstance(value, dict) else value

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def test_read_only_mappings_are_accepted_despite_strict_mode() -> None:
    raw = {**MINIMAL, "kafka": {"bootstrapServers": "k:1", "config": {"compression.type": "zstd"}}}
    spec = EventPipelineSpec.model_validate(_ReadOnlyView(raw))
    assert spec.kafka.config == {"compression.type": "zstd"}

"""The consumer's settings: env names from the contract, defaults, refusals."""

from __future__ import annotations

import pytest
from eventpipeline.consumer.settings import ConsumerSettings
from pydantic import ValidationError

pytestmark = pytest.mark.unit


def test_contract_env_names(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {
        "EP_CONSUMER_KAFKA_BOOTSTRAP": "k:9092",
        "EP_CONSUMER_TOPIC": "clicks",
        "EP_CONSUMER_GROUP": "g1",
        "EP_CONSUMER_POSTGRES_DSN": "postgresql://u:secret@db/x",
        "EP_CONSUMER_SCHEMA": "tenant_a",
        "EP_CONSUMER_PORT": "9100",
        "EP_CONSUMER_MIGRATE": "true",
    }
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    s = ConsumerSettings()
    assert (s.kafka_bootstrap, s.topic, s.group, s.db_schema, s.port, s.migrate) == (
        "k:9092",
        "clicks",
        "g1",
        "tenant_a",
        9100,
        True,
    )
    assert s.dlq_topic == "clicks.dlq"
    assert s.postgres_dsn.get_secret_value() == "postgresql://u:secret@db/x"


def test_explicit_dlq_topic_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EP_CONSUMER_DLQ_TOPIC", "dead")
    assert ConsumerSettings().dlq_topic == "dead"


@pytest.mark.parametrize(
    ("name", "value", "field"),
    [
        ("EP_CONSUMER_SCHEMA", "Robert'); drop", "EP_CONSUMER_SCHEMA"),
        ("EP_CONSUMER_LEDGER_RETENTION_HOURS", "23", "ledger_retention_hours"),
        ("EP_CONSUMER_BATCH_MAX_MESSAGES", "0", "batch_max_messages"),
        ("EP_CONSUMER_FETCH_MIN_BYTES", "0", "fetch_min_bytes"),
        ("EP_CONSUMER_FETCH_WAIT_MAX_MS", "-1", "fetch_wait_max_ms"),
        ("EP_CONSUMER_FETCH_WAIT_MAX_MS", "lots", "fetch_wait_max_ms"),
    ],
)
def test_bad_values_are_refused_naming_the_field(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, field: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match=field):
        ConsumerSettings()

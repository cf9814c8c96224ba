"""The one Kafka connection definition: librdkafka settings per protocol, refusals, and no password shown."""

from __future__ import annotations

import pytest
from eventpipeline.common.kafka_client import KafkaConfigError, KafkaConnection, security_protocol
from eventpipeline.common.settings import redacted, settings_from_env
from eventpipeline.consumer.settings import ConsumerSettings

pytestmark = pytest.mark.unit

TOKEN = "tok-3f9a1c-not-a-real-password"


def test_plaintext_is_bootstrap_and_protocol_only() -> None:
    assert KafkaConnection("k:9092").config() == {"bootstrap.servers": "k:9092", "security.protocol": "PLAINTEXT"}


def test_sasl_ssl_with_a_ca_file() -> None:
    config = KafkaConnection(
        "k:9093", security_protocol="SASL_SSL", username="shop", password=TOKEN, ca_file="/etc/ca/ca.crt"
    ).config()
    assert config == {
        "bootstrap.servers": "k:9093",
        "security.protocol": "SASL_SSL",
        "sasl.mechanism": "SCRAM-SHA-512",
        "sasl.username": "shop",
        "sasl.password": TOKEN,
        "ssl.ca.location": "/etc/ca/ca.crt",
    }
    assert "ssl.endpoint.identification.algorithm" not in config  # librdkafka's default (https) stays


def test_the_operator_passes_the_ca_as_pem_text() -> None:
    config = KafkaConnection("k:9093", security_protocol="SSL", ca_pem="-----BEGIN CERTIFICATE-----").config()
    assert config["ssl.ca.pem"] == "-----BEGIN CERTIFICATE-----"
    assert "sasl.username" not in config


@pytest.mark.parametrize(
    ("tls", "sasl", "protocol"),
    [(False, False, "PLAINTEXT"), (True, False, "SSL"), (False, True, "SASL_PLAINTEXT"), (True, True, "SASL_SSL")],
)
def test_protocol_from_tls_and_sasl(tls: bool, sasl: bool, protocol: str) -> None:
    assert security_protocol(tls=tls, sasl=sasl) == protocol


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"security_protocol": "SASL_PLAINTEXT", "username": "u"}, "needs a SASL username and password"),
        ({"username": "u", "password": "p"}, "needs a SASL_\\* protocol"),
        ({"ca_file": "/ca"}, "a CA bundle needs TLS"),
        ({"security_protocol": "SSL", "ca_file": "/ca", "ca_pem": "x"}, "not both"),
    ],
)
def test_inconsistent_combinations_are_refused(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(KafkaConfigError, match=message):
        KafkaConnection("k:1", **kwargs)  # type: ignore[arg-type]


def test_the_password_is_in_no_repr() -> None:
    connection = KafkaConnection("k:1", security_protocol="SASL_PLAINTEXT", username="u", password=TOKEN)
    assert TOKEN not in repr(connection)
    assert TOKEN not in str(connection)


def test_workload_settings_build_the_connection_and_log_no_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EP_CONSUMER_KAFKA_BOOTSTRAP", "k:9096")
    monkeypatch.setenv("EP_CONSUMER_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("EP_CONSUMER_KAFKA_SASL_USERNAME", "shop")
    monkeypatch.setenv("EP_CONSUMER_KAFKA_SASL_PASSWORD", TOKEN)
    monkeypatch.setenv("EP_CONSUMER_KAFKA_CA_FILE", "/etc/eventpipeline/kafka-ca/ca.crt")
    settings = ConsumerSettings()
    assert settings.kafka_connection().config()["sasl.password"] == TOKEN
    assert settings.kafka_connection().config()["ssl.ca.location"] == "/etc/eventpipeline/kafka-ca/ca.crt"
    assert TOKEN not in str(redacted(settings))


def test_inconsistent_settings_stop_the_process_naming_the_rule_and_not_the_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EP_CONSUMER_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    monkeypatch.setenv("EP_CONSUMER_KAFKA_SASL_USERNAME", "shop")
    monkeypatch.setenv("EP_CONSUMER_KAFKA_SASL_PASSWORD", TOKEN)
    with pytest.raises(SystemExit) as exit_info:
        settings_from_env(ConsumerSettings, "consumer")
    assert exit_info.value.code == 2
    logged = "".join(capsys.readouterr())  # the process's JSON log lines
    assert "needs a SASL_* protocol" in logged
    assert TOKEN not in logged

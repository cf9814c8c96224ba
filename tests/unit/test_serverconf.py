"""The one definition of the development servers' settings: what the host-run servers and the chart's pods get."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventpipeline.infra import serverconf
from eventpipeline.infra.kafka import Kafka
from eventpipeline.infra.postgres import PostgresPrimary, PostgresReplica
from eventpipeline.infra.settings import InfraSettings

pytestmark = pytest.mark.unit


def _kafka(
    *, listen_host: str = "0.0.0.0", advertised_host: str | None = None, advertised_host_env: str | None = None
) -> dict[str, str]:
    return serverconf.kafka_properties(
        listen_host=listen_host,
        port=9092,
        controller_host="127.0.0.1",
        controller_port=9093,
        data_dir="/var/lib/kafka/data",
        partitions=3,
        advertised_host=advertised_host,
        advertised_host_env=advertised_host_env,
    )


def test_a_pod_advertises_the_address_kafka_reads_from_its_environment() -> None:
    props = _kafka(advertised_host_env="POD_IP")
    assert props["advertised.listeners"] == "PLAINTEXT://${env:POD_IP}:9092"
    assert props["config.providers"] == "env"
    assert props["config.providers.env.class"].endswith(".EnvVarConfigProvider")
    assert props["listeners"] == "PLAINTEXT://0.0.0.0:9092,CONTROLLER://127.0.0.1:9093"


def test_a_host_broker_advertises_its_listen_address_and_reads_no_environment() -> None:
    props = _kafka(listen_host="127.0.0.1")
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:9092"
    assert not [key for key in props if key.startswith("config.providers")]
    with pytest.raises(ValueError, match="not both"):
        _kafka(advertised_host="10.0.0.1", advertised_host_env="POD_IP")


def test_the_host_run_broker_is_configured_by_the_shared_definition(tmp_path: Path) -> None:
    settings = InfraSettings(state_dir=tmp_path, kafka_port=1111, kafka_controller_port=2222, kafka_heap="300m")
    kafka = Kafka(settings)
    expected = serverconf.kafka_properties(
        listen_host="127.0.0.1",
        port=1111,
        controller_host="127.0.0.1",
        controller_port=2222,
        data_dir=str(kafka.data_dir),
        partitions=settings.kafka_partitions,
        sasl_port=1113,
    )
    assert kafka.server_properties() == serverconf.render_properties(expected)
    command = kafka.command()
    assert command[1:-2] == serverconf.kafka_jvm_options(
        heap="300m", classpath=f"{kafka.jar_dir}/*", log4j_config=str(kafka.log4j_config)
    )
    assert command[-2:] == ["kafka.Kafka", str(kafka.config)]


def test_the_host_run_postgres_pair_is_configured_by_the_shared_definition(tmp_path: Path) -> None:
    settings = InfraSettings(state_dir=tmp_path, pg_primary_port=1111, pg_replica_port=2222)
    for server, port, buffers in ((PostgresPrimary(settings), 1111, "1GB"), (PostgresReplica(settings), 2222, "256MB")):
        expected = serverconf.postgres_settings(
            listen="127.0.0.1", port=port, max_connections=200, shared_buffers=buffers, hba_file=str(server.hba_file)
        )
        assert server.command()[3:] == serverconf.postgres_command_options(expected)


def test_hba_asks_every_network_for_a_scram_password_for_sessions_and_replication() -> None:
    rows = [line.split() for line in serverconf.postgres_hba(networks=["10.0.0.0/8", "::/0"]).splitlines()]
    assert rows == [
        ["host", "all", "all", "10.0.0.0/8", "scram-sha-256"],
        ["host", "replication", "all", "10.0.0.0/8", "scram-sha-256"],
        ["host", "all", "all", "::/0", "scram-sha-256"],
        ["host", "replication", "all", "::/0", "scram-sha-256"],
    ]


def test_rendering_quotes_what_needs_it_and_refuses_what_cannot_be_written() -> None:
    assert serverconf.render_postgresql_conf({"a": "it's", "b": ""}) == "a = 'it''s'\nb = ''\n"
    assert serverconf.render_properties({"listeners": "PLAINTEXT://h:1"}) == "listeners=PLAINTEXT://h:1\n"
    with pytest.raises(ValueError, match="escaping"):
        serverconf.render_properties({"a b": "c"})
    with pytest.raises(ValueError, match="escaping"):
        serverconf.render_properties({"a": "line\nbreak"})
    assert serverconf.render_argfile(["-Xmx1g", "-cp", "/opt/kafka/libs/*"]) == "-Xmx1g\n-cp\n/opt/kafka/libs/*\n"
    with pytest.raises(ValueError, match="argument file"):
        serverconf.render_argfile(["-Dx=a b"])

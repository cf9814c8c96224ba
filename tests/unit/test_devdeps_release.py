"""What `eventpipeline.infra.devdeps.install` passes to helm, and how the addresses follow from the objects the API
server returns (the install and the reading itself: tests/e2e/test_dev_dependencies.py)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from eventpipeline.infra.devdeps import ClusterAddresses, chart_values
from eventpipeline.infra.devdeps.addresses import Installed
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.errors import InfraError
from psycopg.conninfo import conninfo_to_dict

pytestmark = pytest.mark.unit


def test_install_values_put_data_under_the_given_directory_and_merge_the_callers(tmp_path: Path) -> None:
    assert chart_values() == {"persistence": {"hostPath": ""}}
    placement = {"tolerations": [{"key": "k", "operator": "Exists"}], "persistence": {"other": 1}}
    merged = chart_values(data_dir=tmp_path / "dev", values=placement)
    assert merged == {
        "persistence": {"hostPath": str(tmp_path / "dev"), "other": 1},
        "tolerations": [{"key": "k", "operator": "Exists"}],
    }
    assert Path(chart_values(data_dir=Path("relative"))["persistence"]["hostPath"]).is_absolute()


def _service(name: str, ip: str, port: int) -> dict[str, object]:
    return {"metadata": {"name": name}, "spec": {"clusterIP": ip, "ports": [{"name": "x", "port": port}]}}


SERVICES = [
    _service("kafka", "10.96.0.20", 9092),
    _service("postgres", "10.96.0.21", 5432),
    _service("postgres-replica", "10.96.0.22", 5432),
    _service("s3", "10.96.0.23", 9000),
]
# The Secret's data as the API server returns it: base64; a password that needs quoting in a URL.
SECRET = {
    "username": base64.b64encode(b"eventpipeline").decode(),
    "password": base64.b64encode(b"p@ss:w/rd").decode(),
    "database": base64.b64encode(b"analytics").decode(),
}


def test_the_host_gets_cluster_ips_and_pods_get_service_names() -> None:
    found = Installed.from_objects(SERVICES, SECRET)
    assert found.from_host() == Endpoints(
        kafka_bootstrap="10.96.0.20:9092",
        postgres_primary_dsn="postgresql://eventpipeline:p%40ss%3Aw%2Frd@10.96.0.21:5432/analytics",
        postgres_replica_dsn="postgresql://eventpipeline:p%40ss%3Aw%2Frd@10.96.0.22:5432/analytics",
        redis_url="",
        s3_endpoint="http://10.96.0.23:9000",
    )
    assert found.from_pods("dev") == ClusterAddresses(
        kafka_bootstrap="kafka.dev.svc:9092",
        postgres_primary_dsn="postgresql://eventpipeline:p%40ss%3Aw%2Frd@postgres.dev.svc:5432/analytics",
        postgres_replica_dsn="postgresql://eventpipeline:p%40ss%3Aw%2Frd@postgres-replica.dev.svc:5432/analytics",
        s3_endpoint="http://s3.dev.svc:9000",
    )
    assert conninfo_to_dict(found.from_host().postgres_primary_dsn)["password"] == "p@ss:w/rd"


def test_a_missing_service_says_so() -> None:
    with pytest.raises(InfraError, match="Services missing: s3"):
        Installed.from_objects(SERVICES[:3], SECRET)


def test_the_scram_listener_is_named_from_the_kafka_service_s_second_port_and_its_secret() -> None:
    kafka = {
        "metadata": {"name": "kafka"},
        "spec": {
            "clusterIP": "10.96.0.20",
            "ports": [{"name": "kafka", "port": 9092}, {"name": "kafka-sasl", "port": 9094}],
        },
    }
    sasl = {"username": base64.b64encode(b"eventpipeline").decode(), "password": base64.b64encode(b"s3cr3t").decode()}
    found = Installed.from_objects([kafka, *SERVICES[1:]], SECRET, sasl)
    host = found.from_host()
    assert host.kafka_bootstrap == "10.96.0.20:9092"  # the plaintext listener stays what tests use
    assert host.kafka_sasl().config() == {
        "bootstrap.servers": "10.96.0.20:9094",
        "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanism": "SCRAM-SHA-512",
        "sasl.username": "eventpipeline",
        "sasl.password": "s3cr3t",
    }
    assert found.from_pods("dev").kafka_sasl_bootstrap == "kafka.dev.svc:9094"
    # A release from before the listener: nothing to name, and saying so when asked.
    with pytest.raises(LookupError, match="no SASL listener"):
        Installed.from_objects(SERVICES, SECRET).from_host().kafka_sasl()

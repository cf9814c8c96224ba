"""How the operator turns a pipeline's Secret references into its own connections: Kafka's SASL credentials and CA,
PostgreSQL's CA; a missing Secret is a Problem naming the field, and every value read is remembered for redaction."""

from __future__ import annotations

import asyncio
import base64
import tempfile
from pathlib import Path
from typing import Any, cast

import pytest
from eventpipeline.operator.deps import Deps, ca_file, kafka_connection, postgres_dsn
from eventpipeline.operator.pipeline import Pipeline, pipeline_from_body
from eventpipeline.operator.records import Problem
from psycopg.conninfo import conninfo_to_dict

from tests.unit.kube_fake import FakeKube

pytestmark = pytest.mark.unit

TOKEN = "tok-5b2e-not-a-real-password"
PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"


def _deps(secrets: dict[str, dict[str, str]]) -> Deps:
    kube = FakeKube()
    for name, data in secrets.items():
        kube.objects[("Secret", "ns", name)] = {
            "metadata": {"name": name, "resourceVersion": "0"},
            "data": {k: base64.b64encode(v.encode()).decode() for k, v in data.items()},
        }
    return Deps(kube=cast(Any, kube))


def _pipeline(kafka: dict[str, Any], postgres: dict[str, Any] | None = None) -> Pipeline:
    spec = {
        "kafka": {"bootstrapServers": "k:9093", **kafka},
        "postgres": {"primary": {"name": "pg"}, **(postgres or {})},
    }
    return pipeline_from_body({"metadata": {"name": "shop", "namespace": "ns", "uid": "u"}, "spec": spec})


SECURED = {
    "tls": {"caSecret": {"name": "kafka-ca"}},
    "sasl": {"usernameSecret": {"name": "user", "key": "username"}, "passwordSecret": {"name": "shop"}},
}


def test_sasl_ssl_from_the_referenced_secrets() -> None:
    deps = _deps({"kafka-ca": {"ca.crt": PEM}, "user": {"username": "shop"}, "shop": {"password": TOKEN}})
    kafka = asyncio.run(kafka_connection(deps, _pipeline(SECURED)))
    assert not isinstance(kafka, Problem)
    config = kafka.config()
    assert (config["security.protocol"], config["sasl.username"], config["sasl.password"]) == (
        "SASL_SSL",
        "shop",
        TOKEN,
    )
    assert config["ssl.ca.pem"] == PEM
    # Read through the redactor: no status or Event can quote the password afterwards.
    assert TOKEN not in deps.redactor.text(f"kafka said {TOKEN}")


def test_a_missing_password_secret_is_a_problem_naming_the_field() -> None:
    deps = _deps({"kafka-ca": {"ca.crt": PEM}, "user": {"username": "shop"}})
    found = asyncio.run(kafka_connection(deps, _pipeline(SECURED)))
    assert isinstance(found, Problem)
    assert (found.reason, "spec.kafka.sasl.passwordSecret" in found.message) == ("SecretNotFound", True)


def test_plain_kafka_reads_no_secret() -> None:
    kafka = asyncio.run(kafka_connection(_deps({}), _pipeline({})))
    assert not isinstance(kafka, Problem)
    assert kafka.config() == {"bootstrap.servers": "k:9093", "security.protocol": "PLAINTEXT"}


def test_the_postgres_ca_is_written_once_and_forced_on_the_dsn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the operator writes the CA
    deps = _deps({"pg": {"dsn": f"postgresql://app:{TOKEN}@db:5432/app?sslmode=disable"}, "pg-ca": {"ca.crt": PEM}})
    pipeline = _pipeline({}, {"caSecret": {"name": "pg-ca"}})
    dsn = asyncio.run(postgres_dsn(deps, pipeline, pipeline.spec.postgres.primary, "spec.postgres.primary"))
    assert isinstance(dsn, str)
    params = conninfo_to_dict(dsn)
    assert params["sslmode"] == "verify-full"
    assert Path(str(params["sslrootcert"])).read_text() == PEM + "\n"
    assert Path(str(params["sslrootcert"])).is_relative_to(tmp_path)
    assert ca_file(PEM, Path(str(params["sslrootcert"])).parent) == Path(str(params["sslrootcert"]))  # same content

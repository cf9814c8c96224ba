"""`make up`'s pure pieces: the example's overlay onto the development servers, the DSN Secrets, readiness."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import yaml
from eventpipeline.infra.devdeps import ClusterAddresses
from eventpipeline.infra.stack.up import LOCAL_TIER_CPU, MANIFEST, is_ready, local_manifest, secret_manifest

pytestmark = pytest.mark.unit

SERVERS = ClusterAddresses(
    kafka_bootstrap="kafka.eventpipeline-dev.svc:9092",
    postgres_primary_dsn="postgresql://p@postgres.eventpipeline-dev.svc:5432/db",
    postgres_replica_dsn="postgresql://p@postgres-replica.eventpipeline-dev.svc:5432/db",
    s3_endpoint="http://s3.eventpipeline-dev.svc:9000",
)


def test_overlay_changes_only_kafka_and_adds_the_replica() -> None:
    original = yaml.safe_load(MANIFEST.read_text())
    doc, secrets = local_manifest(SERVERS)
    assert doc["spec"]["kafka"] == {**original["spec"]["kafka"], "bootstrapServers": SERVERS.kafka_bootstrap}
    primary = original["spec"]["postgres"]["primary"]["name"]
    assert doc["spec"]["postgres"]["replicas"] == [{"name": f"{primary}-replica"}]
    assert secrets == {primary: SERVERS.postgres_primary_dsn, f"{primary}-replica": SERVERS.postgres_replica_dsn}
    assert doc["metadata"] == original["metadata"]
    for tier in ("ingest", "consumer", "analytics"):  # sized for the one 2-core local node
        assert doc["spec"][tier]["resources"]["requests"]["cpu"] == LOCAL_TIER_CPU[tier]
    changed = {"kafka", "postgres", "ingest", "consumer", "analytics"}
    assert {k: v for k, v in doc["spec"].items() if k not in changed} == {
        k: v for k, v in original["spec"].items() if k not in changed
    }


def test_overlay_keeps_replicas_a_manifest_lists(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "metadata": {"name": "x"},
                "spec": {
                    "kafka": {"bootstrapServersFrom": {"secretKeyRef": {"name": "k", "key": "b"}}},
                    "postgres": {"primary": {"name": "pg"}, "replicas": [{"name": "r1"}, {"name": "r2"}]},
                },
            }
        )
    )
    doc, secrets = local_manifest(SERVERS, path)
    assert "bootstrapServersFrom" not in doc["spec"]["kafka"]
    assert set(secrets) == {"pg", "r1", "r2"}


def test_secret_manifest_and_readiness() -> None:
    secret = secret_manifest("pg", "default", "postgresql://x")
    assert base64.b64decode(secret["data"]["dsn"]) == b"postgresql://x"
    ready = {"type": "Ready", "status": "True"}
    assert is_ready({"metadata": {"generation": 2}, "status": {"observedGeneration": 2, "conditions": [ready]}})
    assert not is_ready({"metadata": {"generation": 3}, "status": {"observedGeneration": 2, "conditions": [ready]}})
    assert not is_ready({"metadata": {"generation": 1}})

"""`make up`'s pure pieces: the example's local overlay, the DSN Secrets, readiness, and the runner's options."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
import yaml
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.stack.mapping import Target
from eventpipeline.infra.stack.runner import parse_args
from eventpipeline.infra.stack.up import MANIFEST, is_ready, local_manifest, secret_manifest

pytestmark = pytest.mark.unit

ENDPOINTS = Endpoints(
    kafka_bootstrap="127.0.0.1:19092",
    postgres_primary_dsn="postgresql://p@127.0.0.1:15432/db",
    postgres_replica_dsn="postgresql://p@127.0.0.1:15433/db",
    redis_url="redis://127.0.0.1:16379/0",
    s3_endpoint="http://127.0.0.1:15900",
)


def test_overlay_changes_only_kafka_and_adds_the_replica() -> None:
    original = yaml.safe_load(MANIFEST.read_text())
    doc, secrets = local_manifest(ENDPOINTS)
    assert doc["spec"]["kafka"] == {**original["spec"]["kafka"], "bootstrapServers": "127.0.0.1:19092"}
    primary = original["spec"]["postgres"]["primary"]["name"]
    assert doc["spec"]["postgres"]["replicas"] == [{"name": f"{primary}-replica"}]
    assert secrets == {primary: ENDPOINTS.postgres_primary_dsn, f"{primary}-replica": ENDPOINTS.postgres_replica_dsn}
    assert doc["metadata"] == original["metadata"]


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
    doc, secrets = local_manifest(ENDPOINTS, path)
    assert "bootstrapServersFrom" not in doc["spec"]["kafka"]
    assert set(secrets) == {"pg", "r1", "r2"}


def test_secret_manifest_and_readiness() -> None:
    secret = secret_manifest("pg", "default", "postgresql://x")
    assert base64.b64decode(secret["data"]["dsn"]) == b"postgresql://x"
    ready = {"type": "Ready", "status": "True"}
    assert is_ready({"metadata": {"generation": 2}, "status": {"observedGeneration": 2, "conditions": [ready]}})
    assert not is_ready({"metadata": {"generation": 3}, "status": {"observedGeneration": 2, "conditions": [ready]}})
    assert not is_ready({"metadata": {"generation": 1}})


def test_runner_options() -> None:
    cfg = parse_args(
        [
            "--kubeconfig=/k",
            "--namespace=ns",
            "--redis-url=redis://127.0.0.1:16379/0",
            "--kafka=127.0.0.1:19092,127.0.0.1:19093",
            "--port=demo-ingest=18080",
            "--map=db.ns.svc:5432=127.0.0.1:15432",
        ]
    )
    assert (cfg.redis, cfg.kafka) == (Target("127.0.0.1", 16379), Target("127.0.0.1", 19092))
    assert cfg.lb_ports == {"demo-ingest": 18080}
    assert cfg.extra_map == [("db.ns.svc", 5432, Target("127.0.0.1", 15432))]
    assert cfg.state_dir.name == "ns"
    # The node: the host's cores minus one reserved for the servers beside the workloads, at least one core.
    assert cfg.node_cpu_millis == max(1000, ((os.cpu_count() or 1) - 1) * 1000)


@pytest.mark.parametrize(("value", "millis"), [("2", 2000), ("1500m", 1500), ("0.5", 500), ("none", None)])
def test_runner_node_cpu_option(value: str, millis: int | None) -> None:
    cfg = parse_args(
        ["--kubeconfig=/k", "--namespace=ns", "--redis-url=redis://r:1/0", "--kafka=k:1", f"--node-cpu={value}"]
    )
    assert cfg.node_cpu_millis == millis


@pytest.mark.parametrize("value", ["0", "lots", "-1"])
def test_runner_node_cpu_refuses_nonsense(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(
            ["--kubeconfig=/k", "--namespace=ns", "--redis-url=redis://r:1/0", "--kafka=k:1", f"--node-cpu={value}"]
        )
    assert "--node-cpu" in capsys.readouterr().err

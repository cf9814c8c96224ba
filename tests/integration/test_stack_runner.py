"""The workload runner alone, fed the objects the operator's own builders render (no API server): the three tiers
run from those Deployments against the real Kafka, Postgres and Redis, and an event goes all the way through.

The e2e suite (tests/e2e/test_stack_pipeline.py) runs the same runner against the API server and the operator.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.common.schema import ensure_partitions, migrate
from eventpipeline.infra import procs
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.stack.capacity import pod_cpu_request
from eventpipeline.infra.stack.runner import Runner, RunnerConfig, Snapshot, target_of
from eventpipeline.infra.stack.thread import RunnerThread
from eventpipeline.operator.builders import build_keys_secret, desired_objects
from eventpipeline.operator.pipeline import pipeline_from_body

from tests.support import eventually

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]
NAMESPACE = "itest"


@pytest.fixture
def dlq(endpoints: Endpoints, kafka_topic: str) -> Iterator[str]:
    admin = AdminClient({"bootstrap.servers": endpoints.kafka_bootstrap})
    name = f"{kafka_topic}.dlq"
    admin.create_topics([NewTopic(name, num_partitions=1, replication_factor=1)])[name].result(timeout=30)
    yield name
    admin.delete_topics([name], operation_timeout=30)


class World:
    """What the API server would hold, built by the operator's builders; mutable like the real thing."""

    def __init__(self, endpoints: Endpoints, topic: str, schema: str) -> None:
        name = f"r{uuid.uuid4().hex[:6]}"
        body = {
            "metadata": {"name": name, "namespace": NAMESPACE, "uid": str(uuid.uuid4()), "generation": 1},
            "spec": {
                "kafka": {"bootstrapServers": "kafka.kafka.svc:9092", "topic": topic, "partitions": 3},
                "consumer": {"maxReplicas": 3},
                "postgres": {
                    "primary": {"name": "pg"},
                    "replicas": [{"name": "pg-replica"}],
                    "schema": schema,
                },
            },
        }
        self.pipeline = pipeline_from_body(body)
        objects = desired_objects(self.pipeline)
        self.deployments = {o["metadata"]["name"]: o for o in objects if o["kind"] == "Deployment"}
        for deployment in self.deployments.values():
            deployment["spec"]["replicas"] = 1  # the API server's default; the operator sets minReplicas
        self.services = [o for o in objects if o["kind"] == "Service"]
        self.configmaps = {o["metadata"]["name"]: o["data"] for o in objects if o["kind"] == "ConfigMap"}
        self.write_key, self.read_key = f"wk-{uuid.uuid4().hex}", f"rk-{uuid.uuid4().hex}"
        self.secrets = {
            "pg": {"dsn": endpoints.postgres_primary_dsn},
            "pg-replica": {"dsn": endpoints.postgres_replica_dsn},
        }
        for kind, key in (("write", self.write_key), ("read", self.read_key)):
            secret = build_keys_secret(self.pipeline, kind, [key])  # type: ignore[arg-type]
            self.secrets[secret["metadata"]["name"]] = dict(secret["stringData"])

    def snapshot(self) -> Snapshot:
        return Snapshot(
            deployments=[copy.deepcopy(d) for d in self.deployments.values()],
            services=copy.deepcopy(self.services),
            secrets=copy.deepcopy(self.secrets),
            configmaps=copy.deepcopy(self.configmaps),
        )

    def name(self, tier: str) -> str:
        return self.pipeline.child_name(tier)


def ready_procs(runner: RunnerThread, deployment: str) -> list[dict[str, Any]]:
    return [p for p in runner.processes(deployment) if p["ready"] and not p["stopping"] and p["pid"]]


def pending(runner: RunnerThread, deployment: str) -> int:
    state = json.loads(runner.runner.state_file.read_text())
    return int((state["deployments"].get(deployment) or {}).get("pending", 0))


def test_runner_runs_the_builders_output_end_to_end(
    endpoints: Endpoints,
    kafka_topic: str,
    dlq: str,
    pg_schema: str,
    tmp_path: Path,
) -> None:
    with psycopg.connect(endpoints.postgres_primary_dsn) as conn:  # the operator's Postgres step
        migrate(conn, pg_schema)
        ensure_partitions(conn, pg_schema, now=datetime.now(UTC), months_ahead=1)
    world = World(endpoints, kafka_topic, pg_schema)
    cfg = RunnerConfig(
        kubeconfig=Path("/nonexistent"),
        namespace=NAMESPACE,
        state_dir=tmp_path / "runner",
        redis=target_of(endpoints.redis_url, 6379),
        kafka=target_of(endpoints.kafka_bootstrap, 9092),  # the spec's kafka.kafka.svc:9092 maps here
        annotate=False,
    )
    with RunnerThread(Runner(cfg, source=world.snapshot)) as runner:
        for tier in ("ingest", "consumer", "analytics"):
            eventually(lambda t=tier: len(ready_procs(runner, world.name(t))) == 1, timeout=180)  # type: ignore[misc]
        ingest, analytics = runner.url(world.name("ingest")), runner.url(world.name("analytics"))
        assert ingest is not None
        assert analytics is not None

        event_id, event_name = str(uuid.uuid4()), f"it_{uuid.uuid4().hex[:6]}"
        answer = httpx.post(
            f"{ingest}/v1/track",
            headers={"X-Write-Key": world.write_key},
            json={"messageId": event_id, "event": event_name, "userId": "u-1"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        # A key the Secret does not hold is refused: the mounted keys file is the one the runner materialized.
        assert httpx.post(f"{ingest}/v1/track", headers={"X-Write-Key": "nope"}, json={}, timeout=30).status_code == 401

        def stored() -> bool:
            with psycopg.connect(endpoints.postgres_primary_dsn) as conn:
                sql = f'select 1 from "{pg_schema}".events where event_id = %s'
                return conn.execute(sql, (event_id,)).fetchone() is not None

        eventually(stored, timeout=120)
        now = datetime.now(UTC)
        params = {"from": (now - timedelta(hours=1)).isoformat(), "to": (now + timedelta(minutes=5)).isoformat()}

        def summarized() -> bool:
            got = httpx.get(
                f"{analytics}/v1/metrics/summary", params=params, headers={"X-Read-Key": world.read_key}, timeout=30
            )
            assert got.status_code == 200, got.text
            return {"type": "track", "event": event_name, "events": 1} in got.json()["events_by_event"]

        eventually(summarized, timeout=120, interval=2)

        # Replica count followed both ways; scale-down sends SIGTERM to one process, the other keeps its pid.
        ingest_name = world.name("ingest")
        first = ready_procs(runner, ingest_name)[0]["pid"]
        world.deployments[ingest_name]["spec"]["replicas"] = 3
        eventually(lambda: len(ready_procs(runner, ingest_name)) == 3, timeout=180)
        ports = {p["port"] for p in ready_procs(runner, ingest_name)}
        assert len(ports) == 3  # a unique port each
        world.deployments[ingest_name]["spec"]["replicas"] = 1
        eventually(lambda: len(runner.processes(ingest_name)) == 1, timeout=120)
        assert runner.processes(ingest_name)[0]["pid"] == first

        # A node whose CPU holds two ingest pods beside the other tiers: the third replica stays pending, as the
        # scheduler would leave it, until the node grows.
        per_pod = {name: pod_cpu_request(d) for name, d in world.deployments.items()}
        assert per_pod[ingest_name] > 0  # the operator's default request (250m)
        others = sum(
            per_pod[n] * int(d["spec"].get("replicas", 1)) for n, d in world.deployments.items() if n != ingest_name
        )
        runner.runner.cfg.node_cpu_millis = others + 2 * per_pod[ingest_name]
        world.deployments[ingest_name]["spec"]["replicas"] = 3
        eventually(
            lambda: len(ready_procs(runner, ingest_name)) == 2 and pending(runner, ingest_name) == 1, timeout=180
        )
        assert len(runner.processes(ingest_name)) == 2
        runner.runner.cfg.node_cpu_millis = None
        eventually(
            lambda: len(ready_procs(runner, ingest_name)) == 3 and pending(runner, ingest_name) == 0, timeout=180
        )
        world.deployments[ingest_name]["spec"]["replicas"] = 1
        eventually(lambda: len(runner.processes(ingest_name)) == 1, timeout=120)
        pids = [p["pid"] for d in world.deployments for p in runner.processes(d)]
    assert runner.error is None
    assert not any(procs.alive(pid) for pid in pids if pid)  # stopping the runner stops every process

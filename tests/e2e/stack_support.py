"""Helpers for the running-stack e2e tests: the real operator as a process, the workload runner in a thread,
the example manifest pointed at the local servers, and cleanup of what a pipeline leaves in Kafka/Postgres."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import yaml
from eventpipeline.infra import procs
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.stack.runner import Runner, RunnerConfig, target_of
from eventpipeline.infra.stack.thread import RunnerThread
from eventpipeline.operator import kafka_topics
from kubernetes import client

REPO = Path(__file__).resolve().parents[2]
GROUP, VERSION, PLURAL = "analytics.eventpipeline.dev", "v1alpha1", "eventpipelines"


@dataclass(frozen=True)
class Names:
    name: str
    topic: str
    schema: str


def fresh_names() -> Names:
    suffix = uuid.uuid4().hex[:8]
    return Names(f"s{suffix}", f"e2e-stack-{suffix}", f"e2e_stack_{suffix}")


def drop_leftovers(endpoints: Endpoints, names: Names) -> None:
    admin = kafka_topics.make_admin(endpoints.kafka_bootstrap)
    kafka_topics.delete_topics(admin, [names.topic, f"{names.topic}.dlq"], timeout_s=30)
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
        conn.execute(f'drop schema if exists "{names.schema}" cascade')


def manifest(names: Names, endpoints: Endpoints, *, policy: str = "Delete") -> dict[str, Any]:
    """examples/minimal.yaml with its own name/topic/schema, the local Kafka, and the local replica."""
    doc: dict[str, Any] = yaml.safe_load((REPO / "examples" / "minimal.yaml").read_text())
    doc["metadata"] = {"name": names.name}
    spec = doc["spec"]
    spec["kafka"].update(bootstrapServers=endpoints.kafka_bootstrap, topic=names.topic, partitions=3)
    spec["consumer"] = {"maxReplicas": 3}
    spec["postgres"].update(schema=names.schema, deletionPolicy=policy, replicas=[{"name": "demo-postgres-replica"}])
    return doc


def dsn_secrets(core: Any, namespace: str, endpoints: Endpoints) -> None:
    for name, dsn in (
        ("demo-postgres", endpoints.postgres_primary_dsn),
        ("demo-postgres-replica", endpoints.postgres_replica_dsn),
    ):
        data: dict[str, bytes | str] = {"dsn": base64.b64encode(dsn.encode()).decode()}
        core.create_namespaced_secret(namespace, client.V1Secret(metadata=client.V1ObjectMeta(name=name), data=data))


def first_key(core: Any, namespace: str, secret: str) -> str:
    data = core.read_namespaced_secret(secret, namespace).data
    return str(base64.b64decode(data["keys"]).decode().split()[0])


def get_pipeline(custom: Any, namespace: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = custom.get_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, name)
    return found


def ready(obj: dict[str, Any]) -> bool:
    status = obj.get("status") or {}
    generation = obj["metadata"]["generation"]
    cond = {c["type"]: c for c in status.get("conditions") or []}.get("Ready") or {}
    return cond.get("status") == "True" and status.get("observedGeneration") == generation


@dataclass
class OperatorProcess:
    popen: subprocess.Popen[bytes]
    log: Path

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def operator_process(kubeconfig: Path, namespace: str, workdir: Path) -> Iterator[OperatorProcess]:
    """`python -m eventpipeline.operator` watching one namespace; the autoscaler's timer is slowed to an hour so
    that the test's own scale changes are the only ones."""
    log = workdir / "operator.log"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "KUBECONFIG": str(kubeconfig),
        "EP_OPERATOR_NAMESPACES": namespace,
        "EP_OPERATOR_STANDALONE": "true",
        "EP_OPERATOR_HEALTH_HOST": "127.0.0.1",
        "EP_OPERATOR_HEALTH_PORT": str(procs.free_port()),
        "EP_OPERATOR_METRICS_PORT": "0",
        "EP_OPERATOR_RETRY_DELAY_SECONDS": "2",
        "EP_OPERATOR_DRIFT_INTERVAL_SECONDS": "10",
        "EP_OPERATOR_SCALING_INTERVAL_SECONDS": "3600",
        "EP_OPERATOR_CLEANUP_ATTEMPTS": "2",
    }
    with log.open("ab") as out:
        popen = subprocess.Popen(
            [sys.executable, "-m", "eventpipeline.operator"],
            env=env,
            cwd=workdir,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield OperatorProcess(popen, log)
    finally:
        procs.terminate(popen.pid, timeout=30)


def runner_thread(kubeconfig: Path, namespace: str, state_dir: Path, endpoints: Endpoints) -> RunnerThread:
    """The workload runner (the class `python -m eventpipeline.infra.stack.runner` runs) in a thread."""
    cfg = RunnerConfig(
        kubeconfig=kubeconfig,
        namespace=namespace,
        state_dir=state_dir,
        redis=target_of(endpoints.redis_url, 6379),
        kafka=target_of(endpoints.kafka_bootstrap.split(",")[0], 9092),
    )
    return RunnerThread(Runner(cfg))

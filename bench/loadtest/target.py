"""What the load test drives: the `make up` stack when it runs, else the same pipeline started here.

Both give one `Pipeline`: the ingest URL and a write key, where the events land (topic, consumer group, DSN,
schema), the pids to watch per group, and (stack only) the autoscaler's status. For the stack everything is read
from what runs, not assumed: the EventPipeline and its Secrets from the API server, the servers from the
development chart's Services, and the processes from the pods' cgroups on the local node.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.infra.procs import free_port

from tests.support import ServedProcess

TIERS = ("ingest", "consumer", "analytics")


@dataclass
class Pipeline:
    mode: str  # "stack" or "local"
    ingest_url: str
    write_key: str
    kafka_bootstrap: str
    topic: str
    group: str
    postgres_dsn: str
    schema: str
    roots: Callable[[], dict[str, list[int]]]
    autoscaler: Callable[[], dict[str, Any]] | None = None
    notes: list[str] = field(default_factory=list)


def infra_pids() -> dict[str, list[int]]:
    """The local servers' main pids (their children, e.g. Postgres backends, are added by the sampler)."""
    from eventpipeline.infra.control import all_services  # noqa: PLC0415 - infra only when the bench runs
    from eventpipeline.infra.service import Progress  # noqa: PLC0415
    from eventpipeline.infra.settings import InfraSettings  # noqa: PLC0415

    out: dict[str, list[int]] = {}
    for svc in all_services(InfraSettings(), Progress(quiet=True)):
        pid = svc.pid()
        if pid is not None and svc.name != "s3":
            out[svc.name] = [pid]
    return out


# --- the `make up` stack ---------------------------------------------------------------------------------------


def stack_running() -> bool:
    """The `make up` pipeline exists and is Ready (quietly: the status lines would spoil our JSON stdout)."""
    import contextlib  # noqa: PLC0415
    import io  # noqa: PLC0415

    from eventpipeline.infra.errors import InfraError  # noqa: PLC0415
    from eventpipeline.infra.stack.up import Stack  # noqa: PLC0415

    with contextlib.redirect_stdout(io.StringIO()):
        try:
            return Stack().status()
        except InfraError:
            return False


def bring_stack_up() -> None:
    """`make up` itself (its progress lines go to stderr so our stdout stays one JSON line)."""
    subprocess.run([sys.executable, "-m", "eventpipeline.infra.stack", "up"], check=True, stdout=sys.stderr)


def _pods(namespace: str, selector: str) -> list[dict[str, Any]]:
    from eventpipeline.infra.kubectl import kubectl  # noqa: PLC0415

    items: list[dict[str, Any]] = json.loads(kubectl("get", "pods", "-n", namespace, "-l", selector, "-o", "json"))[
        "items"
    ]
    return items


def _pids_of(namespace: str, selector: str) -> list[int]:
    """The host pids of a set of pods' containers (their cgroups on the local node)."""
    from eventpipeline.infra.cluster import node, node_state  # noqa: PLC0415

    return [
        pid
        for pod in _pods(namespace, selector)
        for pid in node_state.pod_pids(node.CGROUP_ROOT, pod["metadata"]["uid"])
    ]


def stack_pipeline() -> Pipeline:
    """The `make up` pipeline on the local node: where its ingest Service answers, its write key, and where the
    events land, read from the API server; the CPU groups are the pods' processes (tiers, Kafka, PostgreSQL, the
    operator), found by their cgroups."""
    import yaml  # noqa: PLC0415
    from eventpipeline.infra import devdeps, operator_release  # noqa: PLC0415
    from eventpipeline.infra.cluster import kubeconfig_path  # noqa: PLC0415
    from eventpipeline.infra.kubectl import kubectl  # noqa: PLC0415
    from eventpipeline.infra.stack.up import MANIFEST, NAMESPACE, PLURAL, Stack  # noqa: PLC0415
    from eventpipeline.operator.pipeline import pipeline_from_body  # noqa: PLC0415

    name = yaml.safe_load(MANIFEST.read_text())["metadata"]["name"]
    pipeline = pipeline_from_body(json.loads(kubectl("get", PLURAL, name, "-n", NAMESPACE, "-o", "json")))
    stack, servers = Stack(), devdeps.endpoints(kubeconfig_path())
    instance = f"app.kubernetes.io/instance={name}"

    def roots() -> dict[str, list[int]]:
        groups = {tier: _pids_of(NAMESPACE, f"{instance},app.kubernetes.io/component={tier}") for tier in TIERS}
        for server in ("kafka", "postgres-primary", "postgres-replica"):  # the development chart's names
            groups[server] = _pids_of(devdeps.NAMESPACE, f"app.kubernetes.io/name={server}")
        groups["operator"] = _pids_of(operator_release.NAMESPACE, "app.kubernetes.io/component=operator")
        return groups

    return Pipeline(
        mode="stack",
        ingest_url=stack.url(f"{name}-ingest"),
        write_key=stack.first_key(f"{name}-write-keys"),
        kafka_bootstrap=servers.kafka_bootstrap,
        topic=pipeline.topic,
        group=pipeline.consumer_group,
        postgres_dsn=servers.postgres_primary_dsn,
        schema=pipeline.schema,
        roots=roots,
        autoscaler=_status_reader(NAMESPACE, name),
        notes=[f"make up stack on the local node: EventPipeline {NAMESPACE}/{name}, ingest by its Service address"],
    )


def tier_status(status: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """EventPipeline status -> {tier: {replicas, ready, lastScale}}."""
    out = {}
    for tier in TIERS:
        section = status.get(tier) or {}
        out[tier] = {
            "replicas": section.get("desiredReplicas"),
            "ready": section.get("readyReplicas"),
            "lastScale": section.get("lastScale"),
        }
    return out


def _status_reader(namespace: str, name: str) -> Callable[[], dict[str, Any]]:
    from eventpipeline.infra.cluster import kubeconfig_path  # noqa: PLC0415
    from kubernetes import client, config  # noqa: PLC0415

    kube = client.Configuration()
    config.load_kube_config(config_file=str(kubeconfig_path()), client_configuration=kube)  # type: ignore[no-untyped-call]
    api = client.CustomObjectsApi(client.ApiClient(kube))

    def read() -> dict[str, Any]:
        obj = api.get_namespaced_custom_object(
            "analytics.eventpipeline.dev", "v1alpha1", namespace, "eventpipelines", name, _request_timeout=2
        )
        status: dict[str, Any] = obj.get("status") or {} if isinstance(obj, dict) else {}
        return tier_status(status)

    return read


# --- the same pipeline, started here -----------------------------------------------------------------------------


@contextmanager
def local_pipeline(
    *, workdir: Path, partitions: int = 12, consumers: int = 1, consumer_env: Mapping[str, str] | None = None
) -> Iterator[Pipeline]:
    """One ingest and `consumers` consumer processes (default: the stack's minimal replica counts) on a fresh
    topic/group/schema; `consumer_env` adds or overrides consumer settings (the before/after of a tuning)."""
    from eventpipeline.infra import endpoints  # noqa: PLC0415

    ep = endpoints.load()
    run = uuid.uuid4().hex[:8]
    topic, group, schema = f"loadtest-{run}", f"loadtest-{run}", f"loadtest_{run}"
    admin = AdminClient({"bootstrap.servers": ep.kafka_bootstrap})
    for name in (topic, f"{topic}.dlq"):
        admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])[name].result(timeout=30)
    key = "wk_loadtest_" + run
    (workdir / "keys").write_text(key + "\n")
    ingest_port = free_port()
    ingest_env = {
        "EP_INGEST_KAFKA_BOOTSTRAP": ep.kafka_bootstrap,
        "EP_INGEST_TOPIC": topic,
        "EP_INGEST_WRITE_KEYS_FILE": str(workdir / "keys"),
        "EP_INGEST_HOST": "127.0.0.1",
        "EP_INGEST_PORT": str(ingest_port),
        "EP_INGEST_LOG_LEVEL": "WARNING",
    }
    env_consumer = {
        "EP_CONSUMER_KAFKA_BOOTSTRAP": ep.kafka_bootstrap,
        "EP_CONSUMER_TOPIC": topic,
        "EP_CONSUMER_GROUP": group,
        "EP_CONSUMER_POSTGRES_DSN": ep.postgres_primary_dsn,
        "EP_CONSUMER_SCHEMA": schema,
        "EP_CONSUMER_MIGRATE": "true",
        "EP_CONSUMER_HOST": "127.0.0.1",
        "EP_CONSUMER_LOG_LEVEL": "WARNING",
        **(consumer_env or {}),
    }
    python = sys.executable
    try:
        with ExitStack() as stack:
            ingest = stack.enter_context(
                ServedProcess(
                    [python, "-m", "eventpipeline.ingest"],
                    url=f"http://127.0.0.1:{ingest_port}",
                    health="/readyz",
                    log=workdir / "ingest.log",
                    env=ingest_env,
                )
            )
            consumer_pids = []
            for n in range(consumers):
                port = free_port()
                consumer = stack.enter_context(
                    ServedProcess(
                        [python, "-m", "eventpipeline.consumer"],
                        url=f"http://127.0.0.1:{port}",
                        health="/readyz",
                        log=workdir / f"consumer-{n}.log",
                        env={**env_consumer, "EP_CONSUMER_PORT": str(port)},
                    )
                )
                consumer_pids.append(consumer.pid)
            infra = infra_pids()
            yield Pipeline(
                mode="local",
                ingest_url=f"http://127.0.0.1:{ingest_port}",
                write_key=key,
                kafka_bootstrap=ep.kafka_bootstrap,
                topic=topic,
                group=group,
                postgres_dsn=ep.postgres_primary_dsn,
                schema=schema,
                roots=lambda: {"ingest": [ingest.pid], "consumer": consumer_pids, **infra},
                notes=[
                    f"local: 1 ingest + {consumers} consumer process(es) started by the load test"
                    + (f", consumer settings {dict(consumer_env)}" if consumer_env else "")
                ],
            )
    finally:
        admin.delete_topics([topic, f"{topic}.dlq"], operation_timeout=30)
        _drop_schema(ep.postgres_primary_dsn, schema)


def _drop_schema(dsn: str, schema: str) -> None:
    import psycopg  # noqa: PLC0415

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')

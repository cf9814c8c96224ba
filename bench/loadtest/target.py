"""What the load test drives: the `make up` stack when it runs, else the same pipeline started here.

Both give one `Pipeline`: the ingest URL and a write key, where the events land (topic, consumer group, DSN,
schema), the pids to watch per group, and (stack only) the autoscaler's status. For the stack everything is read
from what runs, not assumed: the runner's runner.json lists the workload processes, and their own environment
(/proc/<pid>/environ) gives topic, group, schema, DSN and the write-keys file the operator configured.
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
from eventpipeline.infra.procs import environ, free_port

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


def first_key(path: Path) -> str:
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            return line
    raise ValueError(f"{path}: no write key in it")


def tier_pids(runner_state: Mapping[str, Any]) -> dict[str, list[int]]:
    """runner.json -> {tier: [pid, ...]} for the live processes (deployments are named `<pipeline>-<tier>`)."""
    out: dict[str, list[int]] = {}
    for name, deployment in (runner_state.get("deployments") or {}).items():
        tier = next((t for t in TIERS if name.endswith(f"-{t}")), None)
        if tier is None:
            continue
        pids = [int(p["pid"]) for p in deployment.get("processes") or [] if p.get("pid") and not p.get("stopping")]
        out.setdefault(tier, []).extend(pids)
    return out


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


def _stack_paths() -> tuple[Path, Path]:
    from eventpipeline.infra.stack.services import stack_dir  # noqa: PLC0415

    return stack_dir() / "runner" / "runner.json", stack_dir()


def stack_running() -> bool:
    from eventpipeline.infra.stack.up import Stack  # noqa: PLC0415

    runner_json, _ = _stack_paths()
    return runner_json.exists() and _quiet(Stack().status)


def _quiet(call: Callable[[], bool]) -> bool:
    import contextlib  # noqa: PLC0415
    import io  # noqa: PLC0415

    with contextlib.redirect_stdout(io.StringIO()):
        return call()


def bring_stack_up() -> None:
    """`make up` itself (its progress lines go to stderr so our stdout stays one JSON line)."""
    subprocess.run([sys.executable, "-m", "eventpipeline.infra.stack", "up"], check=True, stdout=sys.stderr)


def stack_pipeline() -> Pipeline:
    from eventpipeline.infra.stack.up import INGEST_PORT, MANIFEST, NAMESPACE  # noqa: PLC0415

    runner_json, stack_dir = _stack_paths()
    state = json.loads(runner_json.read_text())
    pids = tier_pids(state)
    if not pids.get("ingest") or not pids.get("consumer"):
        raise RuntimeError(f"{runner_json}: no ingest or consumer process runs")
    ingest_env, consumer_env = environ(pids["ingest"][0]), environ(pids["consumer"][0])
    infra = infra_pids()
    runner_pid = _pid_file(stack_dir / "runner" / "pid")
    operator_pid = _pid_file(stack_dir / "operator" / "pid")
    import yaml  # noqa: PLC0415

    name = yaml.safe_load(MANIFEST.read_text())["metadata"]["name"]

    def roots() -> dict[str, list[int]]:
        try:
            live = tier_pids(json.loads(runner_json.read_text()))
        except (OSError, ValueError):
            live = pids
        extra = {
            "balancer+runner": [runner_pid] if runner_pid else [],
            "operator": [operator_pid] if operator_pid else [],
        }
        return {**live, **infra, **extra}

    return Pipeline(
        mode="stack",
        ingest_url=f"http://127.0.0.1:{INGEST_PORT}",
        write_key=first_key(Path(ingest_env["EP_INGEST_WRITE_KEYS_FILE"])),
        kafka_bootstrap=consumer_env["EP_CONSUMER_KAFKA_BOOTSTRAP"],
        topic=consumer_env["EP_CONSUMER_TOPIC"],
        group=consumer_env["EP_CONSUMER_GROUP"],
        postgres_dsn=consumer_env["EP_CONSUMER_POSTGRES_DSN"],
        schema=consumer_env.get("EP_CONSUMER_SCHEMA", "eventpipeline"),
        roots=roots,
        autoscaler=_status_reader(NAMESPACE, name),
        notes=[f"make up stack: EventPipeline {NAMESPACE}/{name}, ingest through the runner's balancer :{INGEST_PORT}"],
    )


def _pid_file(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


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

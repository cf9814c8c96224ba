"""The running stack: the real operator process, the real API server (controller-manager, kwok) and the workload
runner executing what the operator rendered. An event goes HTTP -> ingest -> Kafka -> consumer -> Postgres ->
analytics; a scale change changes the number of processes; a spec change rolls them; deletion cleans up.

The runner exists because kwok runs no containers; on kind the pods themselves run, so these tests need the local
control plane (the operator-level cases in test_operator_reconcile.py run anywhere).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from eventpipeline.infra import procs
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.stack.runner import SCRAPE_ANNOTATION
from kubernetes import client

from tests.e2e.stack_support import (
    GROUP,
    PLURAL,
    REPO,
    VERSION,
    Names,
    OperatorProcess,
    drop_leftovers,
    dsn_secrets,
    first_key,
    fresh_names,
    get_pipeline,
    manifest,
    operator_process,
    ready,
    runner_thread,
)

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]
TIERS = ("ingest", "consumer", "analytics")


@pytest.fixture
def local_only(local_control_plane: bool) -> None:
    if not local_control_plane:
        pytest.skip("the workload runner stands in for kwok's missing containers; on kind the pods run")


@pytest.fixture(scope="module")
def crd(kubectl: Callable[..., Any]) -> None:
    for path in sorted((REPO / "crds").glob("*.yaml")):
        kubectl("apply", "--server-side", "--force-conflicts", "-f", str(path))
    kubectl("wait", "--for=condition=Established", "--timeout=60s", f"crd/{PLURAL}.{GROUP}")


@pytest.fixture
def names(endpoints: Endpoints) -> Iterator[Names]:
    out = fresh_names()
    yield out
    drop_leftovers(endpoints, out)


@pytest.fixture
def apis(k8s_api: client.ApiClient) -> tuple[Any, Any, Any]:
    # The typed client's Optional fields are noise here: a missing field fails the test anyway.
    return client.CoreV1Api(k8s_api), client.AppsV1Api(k8s_api), client.CustomObjectsApi(k8s_api)


@pytest.fixture
def operator(
    local_only: None, crd: None, kubeconfig: Path, namespace: str, tmp_path: Path
) -> Iterator[OperatorProcess]:
    with operator_process(kubeconfig, namespace, tmp_path) as proc:
        yield proc


def wait_ready(custom: Any, namespace: str, name: str, operator: OperatorProcess, wait_for: Any) -> dict[str, Any]:
    def check() -> dict[str, Any] | None:
        assert operator.popen.poll() is None, f"operator exited:\n{operator.tail()}"
        obj = get_pipeline(custom, namespace, name)
        return obj if ready(obj) else None

    try:
        found: dict[str, Any] = wait_for(check, timeout=300, interval=2, what="Ready with observedGeneration")
    except BaseException:
        print(f"--- operator log tail:\n{operator.tail()}")
        raise
    return found


def alive(processes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in processes if p["pid"] and procs.alive(p["pid"]) and not p["stopping"]]


def environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


def test_event_flows_through_the_running_stack_and_scaling_follows(
    operator: OperatorProcess,
    apis: tuple[Any, Any, Any],
    kubeconfig: Path,
    namespace: str,
    endpoints: Endpoints,
    names: Names,
    tmp_path: Path,
    wait_for: Callable[..., Any],
) -> None:
    core, apps, custom = apis
    dsn_secrets(core, namespace, endpoints)
    custom.create_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, manifest(names, endpoints))
    obj = wait_ready(custom, namespace, names.name, operator, wait_for)
    assert obj["status"]["observedGeneration"] == obj["metadata"]["generation"]
    uid = obj["metadata"]["uid"]
    for tier in TIERS:
        (ref,) = apps.read_namespaced_deployment(f"{names.name}-{tier}", namespace).metadata.owner_references
        assert (ref.uid, ref.controller) == (uid, True)

    with runner_thread(kubeconfig, namespace, tmp_path / "runner", endpoints) as runner:
        # As many processes per tier as the Deployment's replicas, each configured from the operator's template.
        def running_as_desired() -> bool:
            for tier in TIERS:
                deployment = apps.read_namespaced_deployment(f"{names.name}-{tier}", namespace)
                procs_now = [p for p in alive(runner.processes(deployment.metadata.name)) if p["ready"]]
                if len(procs_now) != deployment.spec.replicas:
                    return False
            return True

        wait_for(running_as_desired, timeout=240, interval=2, what="ready processes == replicas for every tier")
        (consumer,) = alive(runner.processes(f"{names.name}-consumer"))
        env = environ(consumer["pid"])
        assert env["EP_CONSUMER_TOPIC"] == names.topic  # from the operator's ConfigMap (envFrom)
        assert env["EP_CONSUMER_SCHEMA"] == names.schema
        assert env["EP_CONSUMER_POSTGRES_DSN"] == endpoints.postgres_primary_dsn  # from the Secret (secretKeyRef)
        analytics_env = environ(alive(runner.processes(f"{names.name}-analytics"))[0]["pid"])
        assert analytics_env["EP_ANALYTICS_REPLICA_DSNS"] == endpoints.postgres_replica_dsn  # $(VAR) expanded
        assert analytics_env["EP_ANALYTICS_REDIS_URL"] == endpoints.redis_url  # managed Redis -> local Redis

        # The autoscaler's scrape override names exactly the ready ingest processes.
        def scrape_urls() -> bool:
            annotations = get_pipeline(custom, namespace, names.name)["metadata"].get("annotations") or {}
            urls = json.loads(annotations.get(SCRAPE_ANNOTATION, "{}"))
            ingest = {f"{p['url']}/metrics" for p in alive(runner.processes(f"{names.name}-ingest")) if p["ready"]}
            return bool(ingest) and set(urls.get("ingest", [])) == ingest

        wait_for(scrape_urls, timeout=60, what="scrape-urls annotation = ready ingest processes")

        # One event through the balancer URLs, end to end through Kafka.
        ingest_url, analytics_url = runner.url(f"{names.name}-ingest"), runner.url(f"{names.name}-analytics")
        assert ingest_url
        assert analytics_url
        write_key = first_key(core, namespace, f"{names.name}-write-keys")
        read_key = first_key(core, namespace, f"{names.name}-read-keys")
        event_id, event_name = str(uuid.uuid4()), f"e2e_{uuid.uuid4().hex[:6]}"
        answer = httpx.post(
            f"{ingest_url}/v1/track",
            headers={"X-Write-Key": write_key},
            json={"messageId": event_id, "event": event_name, "userId": "u-e2e"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text

        def stored() -> tuple[str, str] | None:
            with psycopg.connect(endpoints.postgres_primary_dsn) as conn:
                row = conn.execute(
                    f'select event, user_id from "{names.schema}".events where event_id = %s', (event_id,)
                ).fetchone()
            return (str(row[0]), str(row[1])) if row else None

        assert wait_for(stored, timeout=120, interval=1, what="the event in Postgres") == (event_name, "u-e2e")

        now = datetime.now(UTC)
        params = {"from": (now - timedelta(hours=1)).isoformat(), "to": (now + timedelta(minutes=5)).isoformat()}

        def summarized() -> dict[str, Any] | None:
            got = httpx.get(
                f"{analytics_url}/v1/metrics/summary",
                params=params,
                headers={"Authorization": f"Bearer {read_key}"},
                timeout=30,
            )
            assert got.status_code == 200, got.text
            body: dict[str, Any] = got.json()
            found = {"type": "track", "event": event_name, "events": 1} in body["events_by_event"]
            return body if found else None

        summary = wait_for(summarized, timeout=120, interval=2, what="the event in the analytics summary")
        assert summary["unique_users"] >= 1

        # A scaling decision (the scale subresource, as the autoscaler writes it) changes the process count.
        consumer_name = f"{names.name}-consumer"
        apps.patch_namespaced_deployment_scale(consumer_name, namespace, {"spec": {"replicas": 2}})
        wait_for(
            lambda: len([p for p in alive(runner.processes(consumer_name)) if p["ready"]]) == 2,
            timeout=120,
            what="2 consumer processes",
        )
        pids = {p["pid"] for p in alive(runner.processes(consumer_name))}
        assert len(pids) == 2
        assert consumer["pid"] in pids
        apps.patch_namespaced_deployment_scale(consumer_name, namespace, {"spec": {"replicas": 1}})
        wait_for(lambda: len(runner.processes(consumer_name)) == 1, timeout=120, what="back to 1 consumer process")

        # A spec change rolls the processes: the new one runs with the operator's new template.
        custom.patch_namespaced_custom_object(
            GROUP,
            VERSION,
            namespace,
            PLURAL,
            names.name,
            {"spec": {"consumer": {"env": [{"name": "EP_CONSUMER_BATCH_MAX_MESSAGES", "value": "321"}]}}},
        )

        def rolled() -> bool:
            current = [p for p in alive(runner.processes(consumer_name)) if p["ready"]]
            return len(current) == 1 and environ(current[0]["pid"]).get("EP_CONSUMER_BATCH_MAX_MESSAGES") == "321"

        wait_for(rolled, timeout=180, interval=2, what="consumer process restarted with the new env")
        assert runner.error is None


def test_deleting_the_pipeline_stops_everything(
    operator: OperatorProcess,
    apis: tuple[Any, Any, Any],
    kubeconfig: Path,
    namespace: str,
    endpoints: Endpoints,
    names: Names,
    tmp_path: Path,
    wait_for: Callable[..., Any],
) -> None:
    core, apps, custom = apis
    dsn_secrets(core, namespace, endpoints)
    custom.create_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, manifest(names, endpoints))
    wait_ready(custom, namespace, names.name, operator, wait_for)
    selector = f"app.kubernetes.io/instance={names.name}"

    with runner_thread(kubeconfig, namespace, tmp_path / "runner", endpoints) as runner:
        wait_for(
            lambda: all(alive(runner.processes(f"{names.name}-{tier}")) for tier in TIERS),
            timeout=240,
            what="processes for every tier",
        )
        pids = [p["pid"] for tier in TIERS for p in alive(runner.processes(f"{names.name}-{tier}"))]
        custom.delete_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, names.name)

        def gone() -> bool:
            try:
                get_pipeline(custom, namespace, names.name)
            except client.ApiException as exc:
                return bool(exc.status == 404)
            return False

        # The operator's finalizer completes (deletionPolicy Delete drops topic and schema first) ...
        wait_for(gone, timeout=180, interval=2, what="EventPipeline deleted (finalizer done)")
        # ... and the controller-manager's garbage collector removes every child by owner reference.
        wait_for(
            lambda: (
                not apps.list_namespaced_deployment(namespace, label_selector=selector).items
                and not core.list_namespaced_service(namespace, label_selector=selector).items
                and not core.list_namespaced_config_map(namespace, label_selector=selector).items
            ),
            timeout=180,
            interval=2,
            what="children garbage-collected",
        )
        # The runner follows: no process of the pipeline is left.
        wait_for(lambda: not any(procs.alive(pid) for pid in pids), timeout=120, what="processes stopped")
        assert runner.error is None
    with psycopg.connect(endpoints.postgres_primary_dsn) as conn:
        schema = conn.execute("select 1 from pg_namespace where nspname = %s", (names.schema,)).fetchone()
    assert schema is None  # deletionPolicy Delete ran

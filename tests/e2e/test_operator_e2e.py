"""The operator (kopf, in-process via KopfRunner) against a real API server and the real Kafka/Postgres:
children with owner references, Ready with observedGeneration, a second pass that changes nothing, a spec change
rolled through, an invalid spec reported, and deletion under each deletionPolicy."""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import kopf
import psycopg
import pytest
import yaml
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator import kafka_topics
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.handlers import register
from eventpipeline.operator.kube import ApiServerClient
from eventpipeline.operator.reconcile import reconcile
from eventpipeline.operator.settings import OperatorSettings
from kopf.testing import KopfRunner
from kubernetes import client

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
GROUP, VERSION, PLURAL = "analytics.eventpipeline.dev", "v1alpha1", "eventpipelines"
TIERS = ("ingest", "consumer", "analytics")


@pytest.fixture(scope="module")
def crd(kubectl: Callable[..., Any]) -> None:
    for path in sorted((REPO / "crds").glob("*.yaml")):
        kubectl("apply", "--server-side", "-f", str(path))
    kubectl("wait", "--for=condition=Established", "--timeout=60s", f"crd/{PLURAL}.{GROUP}")


@pytest.fixture
def operator(crd: None, kubeconfig: Path, namespace: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[KopfRunner]:
    monkeypatch.setenv("KUBECONFIG", str(kubeconfig))
    registry = kopf.OperatorRegistry()
    settings = OperatorSettings(
        drift_interval_seconds=5, scaling_interval_seconds=3600, retry_delay_seconds=2, cleanup_attempts=2
    )
    register(registry, settings)
    with KopfRunner(["run", "--standalone", "--namespace", namespace], registry=registry, timeout=60) as runner:
        yield runner


def manifest(name: str, *, topic: str, schema: str, bootstrap: str, policy: str = "Retain") -> dict[str, Any]:
    """examples/minimal.yaml, pointed at the real local Kafka and Postgres, with its own topic and schema."""
    doc: dict[str, Any] = yaml.safe_load((REPO / "examples" / "minimal.yaml").read_text())
    doc["metadata"] = {"name": name}
    doc["spec"]["kafka"].update(bootstrapServers=bootstrap, topic=topic, partitions=3)
    doc["spec"]["consumer"] = {"maxReplicas": 3}
    doc["spec"]["postgres"].update(schema=schema, deletionPolicy=policy)
    return doc


def dsn_secret(core: Any, namespace: str, name: str, dsn: str) -> None:
    core.create_namespaced_secret(
        namespace,
        client.V1Secret(metadata=client.V1ObjectMeta(name=name), data={"dsn": base64.b64encode(dsn.encode()).decode()}),
    )


def get_pipeline(api: Any, namespace: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = api.get_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, name)
    return found


def ready(obj: dict[str, Any]) -> bool:
    status = obj.get("status") or {}
    conditions = {c["type"]: c for c in status.get("conditions") or []}
    generation = obj["metadata"]["generation"]
    return bool(
        conditions.get("Ready", {}).get("status") == "True"
        and status.get("observedGeneration") == generation
        and conditions["Ready"].get("observedGeneration") == generation
    )


def topic_exists(bootstrap: str, topic: str) -> bool:
    return kafka_topics.describe_topic(kafka_topics.make_admin(bootstrap), topic, timeout_s=30) is not None


def schema_exists(dsn: str, schema: str) -> bool:
    with psycopg.connect(dsn) as conn:
        return conn.execute("select 1 from pg_namespace where nspname = %s", (schema,)).fetchone() is not None


@pytest.fixture
def names(endpoints: Endpoints) -> Iterator[dict[str, str]]:
    """A unique pipeline name, topic and schema; whatever Retain left behind is removed after the test."""
    suffix = uuid.uuid4().hex[:8]
    out = {"name": f"p{suffix}", "topic": f"e2e-{suffix}", "schema": f"e2e_{suffix}"}
    yield out
    admin = kafka_topics.make_admin(endpoints.kafka_bootstrap)
    kafka_topics.delete_topics(admin, [out["topic"], f"{out['topic']}.dlq"], timeout_s=30)
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
        conn.execute(f'drop schema if exists "{out["schema"]}" cascade')


def test_pipeline_lifecycle_with_delete_policy(
    operator: KopfRunner,
    k8s_api: client.ApiClient,
    namespace: str,
    endpoints: Endpoints,
    names: dict[str, str],
    wait_for: Callable[..., Any],
) -> None:
    # The typed client's Optional fields are noise here: a missing field fails the test anyway.
    core: Any = client.CoreV1Api(k8s_api)
    apps: Any = client.AppsV1Api(k8s_api)
    custom: Any = client.CustomObjectsApi(k8s_api)
    name = names["name"]
    dsn_secret(core, namespace, "demo-postgres", endpoints.postgres_primary_dsn)
    body = manifest(
        name, topic=names["topic"], schema=names["schema"], bootstrap=endpoints.kafka_bootstrap, policy="Delete"
    )
    custom.create_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, body)

    obj = wait_for(
        lambda: (o := get_pipeline(custom, namespace, name)) and ready(o) and o,
        timeout=240,
        what="Ready=True with observedGeneration",
    )
    assert obj["status"]["kafka"]["partitions"] == 3
    assert obj["status"]["endpoints"]["ingest"] == f"http://{name}-ingest.{namespace}.svc:8080"
    assert topic_exists(endpoints.kafka_bootstrap, names["topic"])
    assert topic_exists(endpoints.kafka_bootstrap, f"{names['topic']}.dlq")
    assert schema_exists(endpoints.postgres_primary_dsn, names["schema"])

    uid = obj["metadata"]["uid"]
    for tier in TIERS:
        deployment = apps.read_namespaced_deployment(f"{name}-{tier}", namespace)
        (ref,) = deployment.metadata.owner_references
        assert (ref.uid, ref.controller, ref.block_owner_deletion) == (uid, True, True)
        assert deployment.spec.replicas == (2 if tier == "ingest" else 1)  # minReplicas, set once
    for kind_list in (core.list_namespaced_service, core.list_namespaced_config_map):
        owned = [o for o in kind_list(namespace).items if o.metadata.owner_references]
        assert all(o.metadata.owner_references[0].uid == uid for o in owned)
        assert len(owned) >= 3
    keys = core.read_namespaced_secret(f"{name}-write-keys", namespace)
    assert keys.metadata.owner_references[0].uid == uid

    # A second pass (the same reconcile the handlers run) changes nothing: no resourceVersion moves.
    def versions() -> dict[str, str]:
        out = {}
        for lister in (
            core.list_namespaced_service,
            core.list_namespaced_config_map,
            core.list_namespaced_secret,
            core.list_namespaced_service_account,
        ):
            out.update({f"{o.kind}/{o.metadata.name}": o.metadata.resource_version for o in lister(namespace).items})
        out.update(
            {
                f"Deployment/{d.metadata.name}": str(d.metadata.generation)
                for d in apps.list_namespaced_deployment(namespace).items
            }
        )
        return out

    before = versions()
    outcome = asyncio.run(reconcile(get_pipeline(custom, namespace, name), Deps(kube=ApiServerClient(k8s_api))))
    assert [e for e in outcome.events if e.type == "Normal" and e.reason not in ("Reconciled",)] == []
    assert versions() == before

    # A spec change rolls through exactly the consumer Deployment.
    image = "ghcr.io/eventpipeline/consumer:9.9.9"
    custom.patch_namespaced_custom_object(
        GROUP, VERSION, namespace, PLURAL, name, {"spec": {"consumer": {"image": image}}}
    )
    wait_for(
        lambda: (
            apps.read_namespaced_deployment(f"{name}-consumer", namespace).spec.template.spec.containers[0].image
            == image
        ),
        timeout=120,
        what="consumer image rolled",
    )
    after = versions()
    moved = {k for k in before if before[k] != after.get(k)}
    assert moved == {f"Deployment/{name}-consumer"}
    wait_for(lambda: ready(get_pipeline(custom, namespace, name)), timeout=240, what="Ready at generation 2")

    # An invalid spec that the schema cannot catch (a Secret that does not exist) is reported by name.
    custom.patch_namespaced_custom_object(
        GROUP, VERSION, namespace, PLURAL, name, {"spec": {"postgres": {"primary": {"name": "missing"}}}}
    )

    def blocked() -> bool:
        conditions = {c["type"]: c for c in get_pipeline(custom, namespace, name)["status"]["conditions"]}
        return conditions["Ready"]["reason"] == "SecretNotFound" and "missing" in conditions["Ready"]["message"]

    wait_for(blocked, timeout=120, what="Ready=False SecretNotFound")
    custom.patch_namespaced_custom_object(
        GROUP, VERSION, namespace, PLURAL, name, {"spec": {"postgres": {"primary": {"name": "demo-postgres"}}}}
    )

    # Delete: the finalizer drops the topics and the schema before the object goes.
    custom.delete_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, name)

    def gone() -> bool:
        try:
            get_pipeline(custom, namespace, name)
        except client.exceptions.ApiException as exc:
            return bool(exc.status == 404)
        return False

    wait_for(gone, timeout=180, what="EventPipeline deleted")
    assert not topic_exists(endpoints.kafka_bootstrap, names["topic"])
    assert not schema_exists(endpoints.postgres_primary_dsn, names["schema"])


def test_retain_policy_keeps_topic_and_schema(
    operator: KopfRunner,
    k8s_api: client.ApiClient,
    namespace: str,
    endpoints: Endpoints,
    names: dict[str, str],
    wait_for: Callable[..., Any],
) -> None:
    core: Any = client.CoreV1Api(k8s_api)
    custom: Any = client.CustomObjectsApi(k8s_api)
    name = names["name"]
    dsn_secret(core, namespace, "demo-postgres", endpoints.postgres_primary_dsn)
    body = manifest(name, topic=names["topic"], schema=names["schema"], bootstrap=endpoints.kafka_bootstrap)
    custom.create_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, body)
    wait_for(lambda: ready(get_pipeline(custom, namespace, name)), timeout=240, what="Ready")
    custom.delete_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, name)

    def gone() -> bool:
        try:
            get_pipeline(custom, namespace, name)
        except client.exceptions.ApiException as exc:
            return bool(exc.status == 404)
        return False

    wait_for(gone, timeout=180, what="EventPipeline deleted")
    assert topic_exists(endpoints.kafka_bootstrap, names["topic"])
    assert schema_exists(endpoints.postgres_primary_dsn, names["schema"])

"""One operator, many teams, seen from outside with the API server, Kafka and PostgreSQL of the development chart:
a name too long for its children is refused at apply naming the field; a pipeline naming another's topic and schema
is refused naming the owner, gets no workloads, and its deletion drops nothing of the owner's; deletion ends within
seconds of the cleanup; a Secret value never reaches status or Events.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from eventpipeline.common.api import NAME_MAX_LENGTH
from kubernetes import client

from tests.e2e.conftest import DevDeps
from tests.e2e.test_api_server_schema import _install_crd
from tests.e2e.test_pipeline import (
    GROUP,
    PLURAL,
    VERSION,
    Pipeline,
    manifest,
    names,  # noqa: F401 - the fixture: a fresh name, topic and schema, cleaned up after the test
    ready,
    schema_exists,
    topic_exists,
)

pytestmark = pytest.mark.e2e

TOKEN = "tok-e2e-3b91c0d7"  # a recognizable Secret value: it must appear in no status and no Event


def conditions(obj: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["type"]: c for c in (obj.get("status") or {}).get("conditions") or []}


@pytest.mark.parametrize(("length", "admitted"), [(NAME_MAX_LENGTH, True), (NAME_MAX_LENGTH + 1, False)])
def test_a_name_too_long_for_its_services_is_refused_at_apply(
    length: int, admitted: bool, kubectl: Any, namespace: str, wait_for: Callable[..., Any], dev_deps: DevDeps
) -> None:
    _install_crd(kubectl, wait_for)
    doc = manifest("a" * length, topic="t", schema="s", bootstrap=dev_deps.pods.kafka_bootstrap, policy="Retain")
    applied = kubectl("apply", "--dry-run=server", "-n", namespace, "-f", "-", input=json.dumps(doc), check=False)
    assert (applied.returncode == 0) is admitted, applied.stderr
    if not admitted:
        assert f"metadata.name must be at most {NAME_MAX_LENGTH} characters" in applied.stderr


def test_a_pipeline_on_anothers_topic_and_schema_is_refused_and_its_deletion_keeps_them(
    operator: str,
    dev_deps: DevDeps,
    k8s_api: client.ApiClient,
    namespace: str,
    names: dict[str, str],  # noqa: F811
    wait_for: Callable[..., Any],
) -> None:
    owner = Pipeline(k8s_api, namespace, names["name"])
    owner.create(names, dev_deps, policy="Retain")
    wait_for(lambda: ready(owner.get()), timeout=300, what="the owner Ready")

    thief = Pipeline(k8s_api, namespace, f"{names['name']}-thief")
    body = manifest(
        thief.name,
        topic=names["topic"],
        schema=names["schema"],
        bootstrap=dev_deps.pods.kafka_bootstrap,
        policy="Delete",
    )
    thief.custom.create_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, body)
    degraded = wait_for(
        lambda: (
            conditions(thief.get()).get("Degraded", {}).get("reason") == "OwnedByAnotherPipeline"
            and conditions(thief.get())["Degraded"]
        ),
        what="the thief Degraded",
    )
    assert f"topic {names['topic']} belongs to EventPipeline {namespace}/{owner.name}" in degraded["message"]
    assert f"schema {names['schema']} belongs to EventPipeline {namespace}/{owner.name}" in degraded["message"]
    assert conditions(thief.get())["Ready"]["status"] == "False"
    deployments = thief.apps.list_namespaced_deployment(
        namespace, label_selector=f"app.kubernetes.io/instance={thief.name}"
    )
    assert deployments.items == []

    thief.delete()
    wait_for(thief.gone, what="the thief deleted")
    assert topic_exists(dev_deps.host.kafka_bootstrap, names["topic"])
    assert schema_exists(dev_deps.host.postgres_primary_dsn, names["schema"])
    assert ready(owner.get())


def test_deletion_ends_seconds_after_the_cleanup(
    operator: str,
    dev_deps: DevDeps,
    k8s_api: client.ApiClient,
    namespace: str,
    names: dict[str, str],  # noqa: F811
    wait_for: Callable[..., Any],
) -> None:
    pipe = Pipeline(k8s_api, namespace, names["name"])
    pipe.create(names, dev_deps, policy="Delete")
    wait_for(lambda: ready(pipe.get()), timeout=300, what="Ready")
    pipe.delete()
    # kopf re-checked a timer caught mid-pass only after a minute; the bound here is well under that minute.
    wait_for(pipe.gone, timeout=20, what="the finalizer released")
    assert not topic_exists(dev_deps.host.kafka_bootstrap, names["topic"])


def test_a_secret_value_reaches_neither_status_nor_events(
    operator: str,
    dev_deps: DevDeps,
    k8s_api: client.ApiClient,
    namespace: str,
    names: dict[str, str],  # noqa: F811
    wait_for: Callable[..., Any],
    kubectl: Any,
) -> None:
    pipe = Pipeline(k8s_api, namespace, names["name"])
    secret = client.V1Secret(
        metadata=client.V1ObjectMeta(name="demo-postgres"), data={"dsn": base64.b64encode(TOKEN.encode()).decode()}
    )
    pipe.core.create_namespaced_secret(namespace, secret)
    body = manifest(
        pipe.name,
        topic=names["topic"],
        schema=names["schema"],
        bootstrap=dev_deps.pods.kafka_bootstrap,
        policy="Retain",
    )
    body["metadata"]["annotations"] = {"analytics.eventpipeline.dev/rotate": "now"}  # a rotation at the next check
    pipe.custom.create_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, body)
    error = wait_for(
        lambda: ((pipe.get().get("status") or {}).get("postgres") or {}).get("rotationError"),
        timeout=180,
        what="a rotation error in the status",
    )
    assert TOKEN not in error
    events = kubectl("get", "events", "-n", namespace, "-o", "json").stdout
    assert "RotationFailed" in events
    assert TOKEN not in json.dumps(pipe.get()) + events
    logs = kubectl("logs", "-n", operator, "deployment/eventpipeline-operator", "--tail=-1", check=False)
    assert TOKEN not in logs.stdout + logs.stderr

"""A pipeline on the development chart's SCRAM-SHA-512 listener, seen from outside: with the right password from a
Secret the operator makes the topic and the tiers carry an event into PostgreSQL (every Kafka client authenticated);
with a wrong one it says `KafkaUnavailable` and Kafka's "Authentication failed", never the password.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from kubernetes import client

from tests.e2e.conftest import DevDeps
from tests.e2e.test_pipeline import (
    GROUP,
    PLURAL,
    VERSION,
    Pipeline,
    manifest,
    names,  # noqa: F401 - the fixture: a fresh name, topic and schema, cleaned up after the test
    post,
    ready,
    topic_exists,
)

pytestmark = pytest.mark.e2e


def _secret(pipe: Pipeline, name: str, data: dict[str, str]) -> None:
    encoded: dict[str, bytes | str] = {k: base64.b64encode(v.encode()).decode() for k, v in data.items()}
    pipe.core.create_namespaced_secret(
        pipe.namespace, client.V1Secret(metadata=client.V1ObjectMeta(name=name), data=encoded)
    )


def _create_on_sasl(pipe: Pipeline, fresh: dict[str, str], dev_deps: DevDeps, *, password: str) -> None:
    """The DSN Secret, the Kafka password Secret (Strimzi's layout: key `password`) and the EventPipeline."""
    _secret(pipe, "demo-postgres", {"dsn": dev_deps.pods.postgres_primary_dsn})
    _secret(pipe, f"{pipe.name}-kafka-user", {"password": password})
    body = manifest(
        pipe.name,
        topic=fresh["topic"],
        schema=fresh["schema"],
        bootstrap=dev_deps.pods.kafka_sasl_bootstrap,
        policy="Delete",
    )
    body["spec"]["kafka"]["sasl"] = {
        "username": dev_deps.host.kafka_sasl_username,
        "passwordSecret": {"name": f"{pipe.name}-kafka-user"},
    }
    pipe.custom.create_namespaced_custom_object(GROUP, VERSION, pipe.namespace, PLURAL, body)


def test_a_pipeline_authenticates_every_kafka_client_with_scram(
    operator: str,
    dev_deps: DevDeps,
    k8s_api: client.ApiClient,
    namespace: str,
    names: dict[str, str],  # noqa: F811
    wait_for: Callable[..., Any],
) -> None:
    assert dev_deps.pods.kafka_sasl_bootstrap, "the development chart has no SASL listener"
    pipe = Pipeline(k8s_api, namespace, names["name"])
    _create_on_sasl(pipe, names, dev_deps, password=dev_deps.host.kafka_sasl_password)
    wait_for(lambda: ready(pipe.get()), timeout=300, what="Ready through the SCRAM listener")
    assert topic_exists(dev_deps.host.kafka_bootstrap, names["topic"])  # made by the operator's SASL admin client
    message_id = f"e2e-sasl-{uuid.uuid4()}"
    status, answer = post(
        f"{pipe.url('ingest')}/v1/track",
        {"userId": "u-sasl", "event": "Signed Up", "messageId": message_id},
        user=pipe.key("write"),
    )
    assert (status, answer.get("success")) == (200, True), answer  # acknowledged by Kafka, as the SCRAM user

    def stored() -> bool:
        with psycopg.connect(dev_deps.host.postgres_primary_dsn) as conn:
            row = conn.execute(f'select count(*) from "{names["schema"]}".events where message_id = %s', (message_id,))
            return bool((row.fetchone() or (0,))[0] == 1)

    wait_for(stored, timeout=120, what="the consumer (SASL) to store the event")
    ingest = pipe.apps.read_namespaced_deployment(f"{pipe.name}-ingest", namespace)
    env = {e.name: e for e in ingest.spec.template.spec.containers[0].env}
    assert env["EP_INGEST_KAFKA_SASL_PASSWORD"].value_from.secret_key_ref.name == f"{pipe.name}-kafka-user"


def test_a_wrong_kafka_password_is_named_without_the_password(
    operator: str,
    dev_deps: DevDeps,
    k8s_api: client.ApiClient,
    namespace: str,
    names: dict[str, str],  # noqa: F811
    wait_for: Callable[..., Any],
) -> None:
    wrong = f"wrong-{uuid.uuid4().hex}"
    pipe = Pipeline(k8s_api, namespace, names["name"])
    _create_on_sasl(pipe, names, dev_deps, password=wrong)

    def refused() -> dict[str, Any] | None:
        found = {c["type"]: c for c in (pipe.get().get("status") or {}).get("conditions") or []}.get("Ready") or {}
        return (
            found if found.get("reason") == "KafkaUnavailable" and "Authentication failed" in found["message"] else None
        )

    condition = wait_for(refused, timeout=120, what="Ready=False naming the refused authentication")
    assert condition["status"] == "False"
    assert wrong not in str(pipe.get().get("status"))
    events = pipe.core.list_namespaced_event(namespace, field_selector=f"involvedObject.name={pipe.name}").items
    assert not [e for e in events if wrong in (e.message or "")]

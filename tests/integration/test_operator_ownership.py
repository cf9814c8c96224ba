"""Ownership of topics and schemas against real Kafka and PostgreSQL: the first pipeline claims, another is refused
naming the owner, an existing unowned topic or schema needs the adopt fields, and Delete drops only what is owned."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from confluent_kafka.admin import AdminClient
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator import kafka_topics, ownership
from eventpipeline.operator.backing_services import ownership_step
from eventpipeline.operator.deletion import cleanup
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.pipeline import Pipeline, pipeline_from_body
from eventpipeline.operator.status import Observation

pytestmark = pytest.mark.integration


class Secrets:
    """The API server's part, as the reconcile reads it: the Secret holding the primary's DSN."""

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    async def read_key(self, kind: str, namespace: str, name: str, key: str) -> str | None:
        return self.dsn if (kind, name, key) == ("Secret", "pg", "dsn") else None


@pytest.fixture
def names(endpoints: Endpoints) -> Iterator[tuple[str, str]]:
    """A topic and a schema name nobody uses; both, and their registry records, removed afterwards."""
    topic, schema = f"own-{uuid.uuid4().hex[:10]}", f"own_{uuid.uuid4().hex[:10]}"
    yield topic, schema
    admin = kafka_topics.make_admin(KafkaConnection(endpoints.kafka_bootstrap))
    kafka_topics.delete_topics(admin, [topic, f"{topic}.dlq"], timeout_s=30)
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
        conn.execute(f'drop schema if exists "{schema}" cascade')
        conn.execute(
            f"delete from {ownership.REGISTRY_SCHEMA}.owners where name in (%s, %s, %s)",
            (topic, f"{topic}.dlq", schema),
        )


def pipeline(
    endpoints: Endpoints, namespace: str, topic: str, schema: str, *, adopt: bool = False, policy: str = "Retain"
) -> dict[str, Any]:
    return {
        "metadata": {"name": "demo", "namespace": namespace, "uid": namespace, "generation": 1},
        "spec": {
            "kafka": {"bootstrapServers": endpoints.kafka_bootstrap, "topic": topic, "adoptExistingTopic": adopt},
            "postgres": {
                "primary": {"name": "pg"},
                "schema": schema,
                "adoptExistingSchema": adopt,
                "deletionPolicy": policy,
            },
        },
    }


def deps(endpoints: Endpoints) -> Deps:
    return Deps(kube=Secrets(endpoints.postgres_primary_dsn), kafka_timeout_seconds=30)  # type: ignore[arg-type]


async def claim(endpoints: Endpoints, body: dict[str, Any]) -> tuple[bool, list[str]]:
    obs = Observation(generation=1)
    ours = await ownership_step(deps(endpoints), pipeline_from_body(body), obs, body.get("status"))
    return ours, [f"{p.reason}: {p.message}" for p in obs.blocked]


def create_for(endpoints: Endpoints, p: Pipeline) -> None:
    """What the reconcile's Kafka and Postgres steps do once the claim is settled."""
    admin = kafka_topics.make_admin(KafkaConnection(endpoints.kafka_bootstrap))
    for name in (p.topic, p.dlq_topic):
        kafka_topics.ensure_topic(admin, kafka_topics.topic_spec(name, partitions=1, replication_factor=1))
    d = deps(endpoints)
    d.ensure_database(endpoints.postgres_primary_dsn, p.schema, now=datetime.now(UTC), premake=1)


def topic_exists(admin: AdminClient, name: str) -> bool:
    return kafka_topics.describe_topic(admin, name, timeout_s=30) is not None


def schema_exists(endpoints: Endpoints, schema: str) -> bool:
    with psycopg.connect(endpoints.postgres_primary_dsn) as conn:
        return conn.execute("select 1 from pg_namespace where nspname = %s", (schema,)).fetchone() is not None


async def test_the_first_pipeline_owns_and_another_is_refused_naming_it(
    endpoints: Endpoints, names: tuple[str, str]
) -> None:
    topic, schema = names
    team_a = pipeline(endpoints, "team-a", topic, schema)
    assert await claim(endpoints, team_a) == (True, [])
    create_for(endpoints, pipeline_from_body(team_a))
    assert await claim(endpoints, team_a) == (True, [])  # its own, on every later pass

    # Another team's pipeline naming the same topic and schema, even asking to adopt: refused, the owner named.
    thief = pipeline(endpoints, "team-b", topic, schema, adopt=True)
    assert await claim(endpoints, thief) == (
        False,
        [
            f"OwnedByAnotherPipeline: topic {topic} belongs to EventPipeline team-a/demo: choose another topic name",
            f"OwnedByAnotherPipeline: topic {topic}.dlq belongs to EventPipeline team-a/demo: "
            "choose another topic name",
            f"OwnedByAnotherPipeline: schema {schema} belongs to EventPipeline team-a/demo: choose another schema name",
        ],
    )


async def test_an_existing_unowned_topic_and_schema_are_taken_only_when_the_spec_says_so(
    endpoints: Endpoints, names: tuple[str, str]
) -> None:
    topic, schema = names
    create_for(endpoints, pipeline_from_body(pipeline(endpoints, "nobody", topic, schema)))  # made by hand
    ours, refused = await claim(endpoints, pipeline(endpoints, "team-a", topic, schema))
    assert not ours
    assert [r.split(":")[0] for r in refused] == ["AdoptionRequired"] * 3
    assert "set spec.kafka.adoptExistingTopic: true" in refused[0]
    assert "set spec.postgres.adoptExistingSchema: true" in refused[2]
    assert await claim(endpoints, pipeline(endpoints, "team-a", topic, schema, adopt=True)) == (True, [])
    ours, refused = await claim(endpoints, pipeline(endpoints, "team-b", topic, schema, adopt=True))
    assert not ours
    assert all("belongs to EventPipeline team-a/demo" in r for r in refused)


async def test_a_pipeline_that_managed_them_before_the_registry_claims_them_on_upgrade(
    endpoints: Endpoints, names: tuple[str, str]
) -> None:
    topic, schema = names
    create_for(endpoints, pipeline_from_body(pipeline(endpoints, "nobody", topic, schema)))  # an older operator's
    upgraded = pipeline(endpoints, "team-a", topic, schema)
    status = {"observedGeneration": 1, "kafka": {"topic": topic}, "postgres": {"newestPartition": "events_p202612"}}
    # A status of an older generation (the spec changed since) is no evidence: it may describe other names.
    upgraded["status"] = {**status, "observedGeneration": 0}
    ours, refused = await claim(endpoints, upgraded)
    assert not ours
    assert [r.split(":")[0] for r in refused] == ["AdoptionRequired"] * 3
    upgraded["status"] = status
    assert await claim(endpoints, upgraded) == (True, [])


async def test_delete_drops_only_what_the_pipeline_owns(endpoints: Endpoints, names: tuple[str, str]) -> None:
    topic, schema = names
    admin = kafka_topics.make_admin(KafkaConnection(endpoints.kafka_bootstrap))
    owner = pipeline(endpoints, "team-a", topic, schema, policy="Delete")
    thief = pipeline(endpoints, "team-b", topic, schema, policy="Delete")
    assert (await claim(endpoints, owner))[0]
    create_for(endpoints, pipeline_from_body(owner))
    assert not (await claim(endpoints, thief))[0]

    kept = await cleanup(thief, deps(endpoints), attempt=0, max_attempts=1, retry_s=1)
    assert kept.events[0].message.startswith("nothing left to remove; kept topic")
    assert topic_exists(admin, topic)
    assert topic_exists(admin, f"{topic}.dlq")
    assert schema_exists(endpoints, schema)

    removed = await cleanup(owner, deps(endpoints), attempt=0, max_attempts=1, retry_s=1)
    assert removed.events[0].message == (
        f"deletionPolicy Delete: removed topic {topic}, topic {topic}.dlq, schema {schema}"
    )
    assert not schema_exists(endpoints, schema)
    assert not topic_exists(admin, topic)
    # The records went with them: the name is free for the next pipeline that creates it afresh.
    assert await claim(endpoints, thief) == (True, [])


def test_the_registry_is_keyed_by_the_kafka_cluster_not_its_address(endpoints: Endpoints) -> None:
    by_name = kafka_topics.make_admin(KafkaConnection(endpoints.kafka_bootstrap.replace("127.0.0.1", "localhost")))
    by_address = kafka_topics.make_admin(KafkaConnection(endpoints.kafka_bootstrap))
    assert ownership.kafka_cluster_id(by_name, timeout_s=30) == ownership.kafka_cluster_id(by_address, timeout_s=30)
    assert base64.urlsafe_b64decode(ownership.kafka_cluster_id(by_address, timeout_s=30) + "==")  # a real id

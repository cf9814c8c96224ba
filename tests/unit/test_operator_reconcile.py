"""The reconcile against an in-memory API server fake that keeps resourceVersions the way the real one does
(a no-op apply keeps it): idempotence, first size from minReplicas, replicas never reset, keys never rotated,
pruning, invalid spec, paused. The same cases run against a real API server in tests/e2e."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import pytest
from confluent_kafka.admin import AdminClient
from eventpipeline.operator import kafka_topics, postgres_admin
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.pipeline import CONSUMERS_HELD_ANNOTATION
from eventpipeline.operator.reconcile import reconcile
from eventpipeline.operator.records import Problem

from tests.unit.kube_fake import FakeKube

pytestmark = pytest.mark.unit

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


class FakeWorld:
    """Kafka and Postgres, as far as the reconcile sees them."""

    def __init__(self) -> None:
        self.topics: dict[str, kafka_topics.TopicSpec] = {}
        self.kafka_up = True
        self.unreplayed: dict[str, int | None] = {}  # dead-letter topic -> records past the replay group
        self.newest: datetime | None = None  # the newest stored event's time
        self.postgres_up = True
        self.refusals: list[Problem] = []  # what the ownership registry refuses (the real one: integration tests)

    def settle_ownership(self, admin: Any, dsn: str, pipeline: Any, **kwargs: Any) -> list[Problem]:
        if not self.kafka_up:
            raise kafka_topics.KafkaUnavailableError("kafka: timed out")
        return list(self.refusals)

    async def dead_letters(self, admin: Any, bootstrap: str, dlq_topic: str, *, timeout_s: float) -> int | None:
        return self.unreplayed.get(dlq_topic, 0)

    def ensure_topic(self, admin: Any, spec: kafka_topics.TopicSpec, *, timeout_s: float) -> kafka_topics.TopicReport:
        if not self.kafka_up:
            raise kafka_topics.KafkaUnavailableError("kafka: timed out")
        report = kafka_topics.TopicReport(name=spec.name, partitions=spec.partitions)
        old = self.topics.get(spec.name)
        if old is None:
            report.actions.append(f"created topic {spec.name}")
        elif old.partitions > spec.partitions:
            report.partitions = old.partitions
            report.problems.append(Problem("PartitionDecreaseRefused", "cannot shrink"))
            return report
        elif old.partitions < spec.partitions:
            report.actions.append(f"increased partitions of {spec.name}")
        self.topics[spec.name] = spec
        return report

    def ensure_database(self, dsn: str, schema: str, *, now: datetime, premake: int) -> postgres_admin.DatabaseReport:
        assert dsn == "postgresql://u:p@db/x"
        return postgres_admin.DatabaseReport(schema=schema, partitions=["events_p202611", "events_p202702"])

    def replica_status(self, dsn: str) -> postgres_admin.ReplicaReport:
        return postgres_admin.ReplicaReport("db", True, True, "0/1", 0, "streaming")

    def newest_event(self, dsn: str, schema: str) -> datetime | None:
        if not self.postgres_up:
            raise postgres_admin.PostgresUnavailableError("postgres: freshness: connection refused")
        return self.newest


def body(spec: dict[str, Any] | None = None, generation: int = 1) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kafka": {"bootstrapServers": "kafka:9092"},
        "postgres": {"primary": {"name": "pg"}},
        "ingest": {"minReplicas": 2},
    }
    base.update(spec or {})
    return {
        "metadata": {"name": "demo", "namespace": "ns", "uid": "uid-1", "generation": generation},
        "spec": base,
    }


@pytest.fixture
def kube() -> FakeKube:
    kube = FakeKube()
    kube.objects[("Secret", "ns", "pg")] = {
        "metadata": {"name": "pg", "resourceVersion": "0"},
        "data": {"dsn": base64.b64encode(b"postgresql://u:p@db/x").decode()},
    }
    return kube


@pytest.fixture
def world() -> FakeWorld:
    return FakeWorld()


def deps(kube: FakeKube, world: FakeWorld) -> Deps:
    return Deps(
        kube=kube,
        admin_for=lambda bootstrap: cast(AdminClient, object()),
        ensure_topic=world.ensure_topic,
        dead_letters=world.dead_letters,
        ensure_database=world.ensure_database,
        replica_status=world.replica_status,
        newest_event=world.newest_event,
        settle_ownership=world.settle_ownership,
        clock=lambda: NOW,
    )


def conditions(status: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {c["type"]: (c["status"], c["reason"]) for c in status["conditions"]}


async def test_first_pass_creates_everything_then_second_pass_changes_nothing(kube: FakeKube, world: FakeWorld) -> None:
    first = await reconcile(body(), deps(kube, world))
    assert conditions(first.status)["Ready"] == ("True", "AllTiersReady")
    assert first.status["observedGeneration"] == 1
    assert first.status["kafka"] == {"topic": "demo-events", "partitions": 12, "deadLetters": 0}
    assert first.status["postgres"] == {"oldestPartition": "events_p202611", "newestPartition": "events_p202702"}
    assert first.status["endpoints"]["ingest"] == "http://demo-ingest.ns.svc:8080"
    assert kube.objects[("Deployment", "ns", "demo-ingest")]["spec"]["replicas"] == 2  # minReplicas, once
    assert set(world.topics) == {"demo-events", "demo-events.dlq"}
    reasons = {e.reason for e in first.events}
    assert {"Created", "KeysGenerated", "TopicCreated", "Scaled"} <= reasons
    keys = kube.objects[("Secret", "ns", "demo-write-keys")]["data"]["keys"]

    before = kube.versions()
    previous = {**body(), "status": first.status}
    second = await reconcile(previous, deps(kube, world))
    assert kube.versions() == before
    assert [e.reason for e in second.events] == ["Reconciled"]  # Progressing True -> False, nothing changed
    assert conditions(second.status)["Progressing"] == ("False", "Reconciled")
    assert second.retry_after is None
    third = await reconcile({**body(), "status": second.status}, deps(kube, world))
    assert kube.versions() == before
    assert third.status == second.status  # the same status patch: no write, no resourceVersion bump
    assert third.events == []
    assert kube.objects[("Secret", "ns", "demo-write-keys")]["data"]["keys"] == keys  # never rotated


async def test_autoscaler_replicas_survive_a_reconcile(kube: FakeKube, world: FakeWorld) -> None:
    await reconcile(body(), deps(kube, world))
    await kube.scale("ns", "demo-consumer", 5)
    out = await reconcile(body(), deps(kube, world))
    assert kube.objects[("Deployment", "ns", "demo-consumer")]["spec"]["replicas"] == 5
    assert out.status["consumer"] == {"desiredReplicas": 5, "readyReplicas": 5}


async def test_spec_change_rolls_exactly_the_expected_objects(kube: FakeKube, world: FakeWorld) -> None:
    first = await reconcile(body(), deps(kube, world))
    before = kube.versions()
    changed = body({"consumer": {"image": "ghcr.io/eventpipeline/consumer:0.2.0"}}, generation=2)
    out = await reconcile({**changed, "status": first.status}, deps(kube, world))
    moved = {k for k, v in kube.versions().items() if before.get(k) != v}
    assert moved == {("Deployment", "ns", "demo-consumer")}
    assert [e.message for e in out.events] == ["updated Deployment demo-consumer"]
    assert out.status["observedGeneration"] == 2


async def test_partition_growth_and_refused_decrease(kube: FakeKube, world: FakeWorld) -> None:
    await reconcile(body(), deps(kube, world))
    grown = await reconcile(body({"kafka": {"bootstrapServers": "kafka:9092", "partitions": 24}}), deps(kube, world))
    assert "PartitionsIncreased" in {e.reason for e in grown.events}
    shrunk = await reconcile(
        {**body({"kafka": {"bootstrapServers": "kafka:9092", "partitions": 12}}), "status": grown.status},
        deps(kube, world),
    )
    assert conditions(shrunk.status)["Degraded"] == ("True", "PartitionDecreaseRefused")
    assert shrunk.status["kafka"]["partitions"] == 24
    assert any(e.type == "Warning" and e.reason == "PartitionDecreaseRefused" for e in shrunk.events)


async def test_pdb_turned_off_is_pruned(kube: FakeKube, world: FakeWorld) -> None:
    await reconcile(body(), deps(kube, world))
    assert ("PodDisruptionBudget", "ns", "demo-ingest") in kube.objects
    out = await reconcile(body({"ingest": {"minReplicas": 2, "podDisruptionBudget": False}}), deps(kube, world))
    assert ("PodDisruptionBudget", "ns", "demo-ingest") not in kube.objects
    assert "deleted PodDisruptionBudget demo-ingest: no longer in the spec" in [e.message for e in out.events]


async def test_invalid_spec_sets_ready_false_and_touches_nothing(kube: FakeKube, world: FakeWorld) -> None:
    out = await reconcile(body({"consumer": {"minReplicas": 5, "maxReplicas": 2}}), deps(kube, world))
    assert out.invalid is not None
    assert "spec.consumer" in out.invalid
    assert conditions(out.status)["Ready"] == ("False", "InvalidSpec")
    assert kube.writes == 0
    assert not world.topics


async def test_paused_changes_nothing(kube: FakeKube, world: FakeWorld) -> None:
    out = await reconcile(body({"paused": True}), deps(kube, world))
    assert kube.writes == 0
    assert not world.topics
    assert conditions(out.status)["Progressing"] == ("False", "Paused")


async def test_kafka_down_still_rolls_children_and_asks_for_a_retry(kube: FakeKube, world: FakeWorld) -> None:
    world.kafka_up = False
    out = await reconcile(body(), deps(kube, world))
    assert conditions(out.status)["Ready"] == ("False", "KafkaUnavailable")
    assert out.retry_after is not None
    assert ("Deployment", "ns", "demo-ingest") in kube.objects


async def test_missing_dsn_secret_is_named(kube: FakeKube, world: FakeWorld) -> None:
    del kube.objects[("Secret", "ns", "pg")]
    out = await reconcile(body(), deps(kube, world))
    ready = next(c for c in out.status["conditions"] if c["type"] == "Ready")
    assert ready["reason"] == "SecretNotFound"
    assert "spec.postgres.primary" in ready["message"]


async def test_a_failed_rotation_recorded_in_status_degrades_until_it_clears(kube: FakeKube, world: FakeWorld) -> None:
    first = await reconcile(body(), deps(kube, world))
    failed = {**first.status, "postgres": {**first.status["postgres"], "rotationError": "RotationFailed: S3 down"}}
    out = await reconcile({**body(), "status": failed}, deps(kube, world))
    assert conditions(out.status)["Degraded"] == ("True", "RotationFailed")
    assert conditions(out.status)["Ready"] == ("True", "AllTiersReady")  # serving is not affected
    cleared = await reconcile({**body(), "status": first.status}, deps(kube, world))
    assert conditions(cleared.status)["Degraded"] == ("False", "AsExpected")


async def test_dead_letters_not_replayed_degrade_until_replayed(kube: FakeKube, world: FakeWorld) -> None:
    world.unreplayed["demo-events.dlq"] = 3
    out = await reconcile(body(), deps(kube, world))
    assert conditions(out.status)["Degraded"] == ("True", "DeadLetters")
    degraded = next(c for c in out.status["conditions"] if c["type"] == "Degraded")
    assert degraded["message"].startswith("3 record(s) in demo-events.dlq not replayed")
    assert "python -m eventpipeline.consumer.replay" in degraded["message"]
    assert conditions(out.status)["Ready"] == ("True", "AllTiersReady")  # serving is not affected
    world.unreplayed["demo-events.dlq"] = None  # Kafka did not say: no alarm made up
    assert conditions((await reconcile(body(), deps(kube, world))).status)["Degraded"] == ("False", "AsExpected")
    world.unreplayed["demo-events.dlq"] = 0
    assert conditions((await reconcile(body(), deps(kube, world))).status)["Degraded"] == ("False", "AsExpected")


async def test_freshness_in_status_and_its_objective_condition(kube: FakeKube, world: FakeWorld) -> None:
    """No objective: freshness is reported, no condition. With one: met, missed (a Warning Event once), unknown."""
    world.newest = NOW - timedelta(seconds=42)
    plain = await reconcile(body(), deps(kube, world))
    assert plain.status["freshness"] == {
        "seconds": 42.0,
        "newestEventAt": "2026-11-27T11:59:18Z",
        "measuredAt": "2026-11-27T12:00:00Z",
    }
    assert "FreshnessObjectiveMet" not in conditions(plain.status)

    spec = {"freshnessObjective": "1m"}
    met = await reconcile(body(spec), deps(kube, world))
    assert conditions(met.status)["FreshnessObjectiveMet"] == ("True", "WithinObjective")
    world.newest = NOW - timedelta(minutes=5)
    missed = await reconcile({**body(spec), "status": met.status}, deps(kube, world))
    assert conditions(missed.status)["FreshnessObjectiveMet"] == ("False", "ObjectiveMissed")
    assert conditions(missed.status)["Ready"] == ("True", "AllTiersReady")  # serving is not affected
    warnings = [e for e in missed.events if e.reason == "ObjectiveMissed"]
    assert [e.type for e in warnings] == ["Warning"]
    assert "300s old (objective 60s)" in warnings[0].message
    again = await reconcile({**body(spec), "status": missed.status}, deps(kube, world))
    assert not [e for e in again.events if e.reason == "ObjectiveMissed"]  # one Event per transition

    world.newest = None
    assert conditions((await reconcile(body(spec), deps(kube, world))).status)["FreshnessObjectiveMet"] == (
        "Unknown",
        "NoEventsYet",
    )
    world.postgres_up = False
    down = await reconcile(body(spec), deps(kube, world))
    assert conditions(down.status)["FreshnessObjectiveMet"] == ("Unknown", "NotMeasured")
    assert conditions(down.status)["Degraded"] == ("True", "FreshnessUnmeasured")
    assert "freshness" not in down.status


async def test_a_topic_owned_by_another_pipeline_gets_no_workloads_and_names_the_owner(
    kube: FakeKube, world: FakeWorld
) -> None:
    owner = "topic demo-events belongs to EventPipeline team-a/demo: choose another topic name"
    world.refusals = [Problem("OwnedByAnotherPipeline", owner)]
    out = await reconcile(body(), deps(kube, world))
    assert conditions(out.status)["Degraded"] == ("True", "OwnedByAnotherPipeline")
    assert next(c for c in out.status["conditions"] if c["type"] == "Degraded")["message"] == owner
    assert world.topics == {}  # not created, not altered
    assert not any(kind == "Deployment" for kind, _, _ in kube.objects)


async def test_consumers_held_by_a_reprocess_stay_at_zero_and_go_back_to_min_once_released(
    kube: FakeKube, world: FakeWorld
) -> None:
    await reconcile(body(), deps(kube, world))
    consumer = ("Deployment", "ns", "demo-consumer")
    await kube.scale("ns", "demo-consumer", 0)  # what the reprocess does while it rewinds the group
    held = body()
    held["metadata"]["annotations"] = {CONSUMERS_HELD_ANNOTATION: "fix-range"}
    await reconcile(held, deps(kube, world))
    assert kube.objects[consumer]["spec"]["replicas"] == 0
    await reconcile(body(), deps(kube, world))  # released without the reprocess giving them back
    assert kube.objects[consumer]["spec"]["replicas"] == 1

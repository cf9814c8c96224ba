"""The reprocess pass (operator/reprocess/run.py) from its status alone, against the real Kafka, PostgreSQL and
consumer processes that follow the consumer Deployment's replicas (the API server is the in-memory fake): a damaged
range is rebuilt while the operator is "restarted" (a fresh Deps, nothing kept but the status) and a consumer is
killed halfway; ranges it cannot rebuild in full are refused before anything is touched."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra import endpoints as ep
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.kafka_topics import make_admin
from eventpipeline.operator.reprocess.run import HOLD_ANNOTATION, ReprocessOutcome, reprocess_pass

from tests.support import ServedProcess
from tests.support.consumer import assert_exact, durable_dir, start_consumer, wait_drained
from tests.support.reprocess import (
    BASE,
    RANGE,
    corrupt,
    dlq_empty,
    month_topic,
    produce_received,
    records,
    same_tables,
    second_schema,
)
from tests.unit.kube_fake import FakeKube

__all__ = ["month_topic", "second_schema"]  # fixtures

pytestmark = pytest.mark.integration

NS, PIPELINE = "ns", "rp"
EVENTS = 12_000


class Consumers:
    """The consumer Deployment's pods: as many real processes as its replicas (0 or 1 here)."""

    def __init__(self, endpoints: ep.Endpoints, kube: FakeKube, *, topic: str, schema: str, group: str) -> None:
        self.endpoints, self.kube = endpoints, kube
        self.topic, self.schema, self.group = topic, schema, group
        self.proc: ServedProcess | None = None
        self.log_dir = durable_dir("reprocess-pass")
        self.started = 0

    def sync(self) -> None:
        replicas = self.kube.objects[("Deployment", NS, f"{PIPELINE}-consumer")]["spec"]["replicas"]
        if replicas and (self.proc is None or not self.proc.alive()):
            self.started += 1
            self.proc = start_consumer(
                self.endpoints,
                topic=self.topic,
                schema=self.schema,
                group=self.group,
                log=self.log_dir / f"c{self.started}.log",
                max_event_age_days="1",
            )
        elif not replicas and self.proc is not None:
            assert self.proc.stop(timeout=60) == 0, self.proc.tail()
            self.proc = None

    def close(self) -> None:
        if self.proc is not None:
            self.proc.stop(timeout=60)


def world(endpoints: ep.Endpoints, *, topic: str, schema: str, retention: str = "30d", **partitioning: Any) -> FakeKube:
    kube = FakeKube()
    kube.objects[("Secret", NS, "pg")] = {
        "metadata": {"name": "pg", "namespace": NS, "resourceVersion": "0"},
        "data": {"dsn": base64.b64encode(endpoints.postgres_primary_dsn.encode()).decode()},
    }
    kube.objects[("EventPipeline", NS, PIPELINE)] = {
        "apiVersion": "analytics.eventpipeline.dev/v1alpha1",
        "kind": "EventPipeline",
        "metadata": {"name": PIPELINE, "namespace": NS, "generation": 1, "resourceVersion": "0"},
        "spec": {
            "kafka": {
                "bootstrapServers": endpoints.kafka_bootstrap,
                "topic": topic,
                "consumerGroup": f"{topic}-group",
                "retention": retention,
            },
            "postgres": {"primary": {"name": "pg"}, "schema": schema, "partitioning": partitioning},
        },
    }
    kube.objects[("Deployment", NS, f"{PIPELINE}-consumer")] = {
        "metadata": {"name": f"{PIPELINE}-consumer", "namespace": NS, "resourceVersion": "0"},
        "spec": {"replicas": 1},
        "status": {"replicas": 1, "readyReplicas": 1},
    }
    return kube


def _iso(at: datetime) -> str:
    return at.isoformat().replace("+00:00", "Z")


def reprocess(start: datetime, end: datetime, name: str = "fix") -> dict[str, Any]:
    return {
        "metadata": {"name": name, "namespace": NS},
        "spec": {"pipeline": PIPELINE, "from": _iso(start), "to": _iso(end)},
        "status": {},
    }


def fresh_deps(kube: FakeKube, bootstrap: str) -> Deps:
    """What a (re)started operator has: its clients, no memory of any pass."""
    admin = make_admin(KafkaConnection(bootstrap), timeout_s=10)
    return Deps(kube=kube, admin_for=lambda _b: admin, kafka_timeout_seconds=10)


async def step(body: dict[str, Any], deps: Deps) -> ReprocessOutcome:
    outcome = await reprocess_pass(body, deps, poll_s=0.5)
    body["status"].update(outcome.status)
    return outcome


@pytest.fixture
def consumers(endpoints: ep.Endpoints, month_topic: str, pg_schema: str) -> Iterator[Consumers]:
    kube = world(endpoints, topic=month_topic, schema=pg_schema)
    running = Consumers(endpoints, kube, topic=month_topic, schema=pg_schema, group=f"{month_topic}-group")
    yield running
    running.close()


async def test_an_interrupted_reprocess_resumes_and_rebuilds_the_range(
    endpoints: ep.Endpoints, consumers: Consumers, second_schema: str
) -> None:
    bootstrap, dsn, topic = endpoints.kafka_bootstrap, endpoints.postgres_primary_dsn, consumers.topic
    produce_received(
        bootstrap, topic, records(EVENTS, first=BASE, span=timedelta(hours=6), seed=topic), timedelta(hours=6)
    )
    consumers.sync()
    wait_drained(bootstrap, topic, consumers.group)
    with psycopg.connect(dsn, autocommit=True) as conn:
        corrupt(conn, consumers.schema)

    body, kube = reprocess(RANGE.start, RANGE.end), consumers.kube
    deps = fresh_deps(kube, bootstrap)
    seen: list[str] = []
    killed = False
    for _ in range(2000):
        outcome = await step(body, deps)
        phase = body["status"].get("phase", "?")
        assert phase != "?", body["status"]
        seen.append(phase)
        if phase in ("Pausing", "Deleting", "Rewinding"):
            assert kube.objects[("EventPipeline", NS, PIPELINE)]["metadata"]["annotations"][HOLD_ANNOTATION] == "fix"
        if phase == "Deleting" and seen.count("Deleting") == 1:
            deps = fresh_deps(kube, bootstrap)  # the operator restarts before the delete
        if phase == "CatchingUp" and not killed and consumers.proc is not None:
            consumers.proc.kill()  # a consumer dies halfway: the Deployment starts another
            deps = fresh_deps(kube, bootstrap)  # and the operator restarts too
            killed = True
        consumers.sync()
        if phase in ("Succeeded", "Refused", "Failed"):
            break
        if outcome.again_after:
            await _sleep(outcome.again_after)
    status = body["status"]
    assert status["phase"] == "Succeeded", status
    assert killed, seen
    assert status["conditions"][0]["type"] == "Complete"
    assert status["deletedEvents"] == EVENTS // 3 - 30 + 1  # the range's rows less those lost, plus the stray one
    assert status["remaining"] == 0
    assert status["reread"] == EVENTS
    assert [p for i, p in enumerate(seen) if i == 0 or seen[i - 1] != p][:5] == [
        "Pausing",
        "Deleting",
        "Rewinding",
        "CatchingUp",
        "Succeeded",
    ]
    assert HOLD_ANNOTATION not in kube.objects[("EventPipeline", NS, PIPELINE)]["metadata"].get("annotations", {})
    assert kube.objects[("Deployment", NS, f"{PIPELINE}-consumer")]["spec"]["replicas"] == 1  # given back
    wait_drained(bootstrap, topic, consumers.group)
    consumers.close()

    fresh = start_consumer(
        endpoints,
        topic=topic,
        schema=second_schema,
        group=f"{topic}-fresh",
        log=Path(consumers.log_dir) / "fresh.log",
        max_event_age_days="1",
    )
    wait_drained(bootstrap, topic, f"{topic}-fresh")
    assert fresh.stop(timeout=60) == 0
    with psycopg.connect(dsn, autocommit=True) as conn:
        assert_exact(conn, consumers.schema, EVENTS)
        same_tables(conn, consumers.schema, second_schema)
    assert dlq_empty(bootstrap, f"{topic}.dlq")


async def _sleep(seconds: float) -> None:
    await asyncio.sleep(min(seconds, 0.5))


def _month_start(at: datetime, *, back: int) -> datetime:
    first = at.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    for _ in range(back):
        first = (first - timedelta(days=1)).replace(day=1)
    return first


@pytest.mark.parametrize(
    ("retention", "months", "start", "reason"),
    [
        ("30d", None, datetime.now(UTC) - timedelta(days=29, hours=12), "OutsideRetention"),
        # retentionMonths 2 keeps this month and the last: the day before is archived (a 90-day ledger keeps it)
        ("90d", 2, _month_start(datetime.now(UTC), back=1) - timedelta(days=1), "Archived"),
    ],
)
async def test_what_cannot_be_rebuilt_in_full_is_refused_untouched(
    endpoints: ep.Endpoints,
    month_topic: str,
    pg_schema: str,
    retention: str,
    months: int | None,
    start: datetime,
    reason: str,
) -> None:
    partitioning = {"retentionMonths": months, "premake": 1} if months else {}
    kube = world(endpoints, topic=month_topic, schema=pg_schema, retention=retention, **partitioning)
    body = reprocess(start, start + timedelta(hours=1))
    outcome = await step(body, fresh_deps(kube, endpoints.kafka_bootstrap))
    assert body["status"].get("phase") == "Refused", body["status"]
    assert body["status"]["conditions"][0]["reason"] == reason
    assert [e.reason for e in outcome.events] == [reason]
    assert kube.objects[("Deployment", NS, f"{PIPELINE}-consumer")]["spec"]["replicas"] == 1
    assert HOLD_ANNOTATION not in kube.objects[("EventPipeline", NS, PIPELINE)]["metadata"].get("annotations", {})
    assert (await step(body, fresh_deps(kube, endpoints.kafka_bootstrap))).status == {}  # it stays refused


async def test_one_reprocess_at_a_time_per_pipeline(endpoints: ep.Endpoints, month_topic: str, pg_schema: str) -> None:
    kube = world(endpoints, topic=month_topic, schema=pg_schema)
    first, second = reprocess(RANGE.start, RANGE.end), reprocess(RANGE.start, RANGE.end, name="again")
    await step(first, fresh_deps(kube, endpoints.kafka_bootstrap))
    assert first["status"]["phase"] == "Pausing"
    await step(second, fresh_deps(kube, endpoints.kafka_bootstrap))
    assert second["status"] == {"phase": "Pending", "message": "waiting for reprocess fix"}
    assert kube.objects[("EventPipeline", NS, PIPELINE)]["metadata"]["annotations"][HOLD_ANNOTATION] == "fix"

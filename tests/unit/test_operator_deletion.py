"""Deletion: Retain keeps, Delete removes, the escape hatch skips, and an unreachable Kafka never blocks forever."""

from __future__ import annotations

from typing import Any, cast

import pytest
from confluent_kafka.admin import AdminClient
from eventpipeline.operator import kafka_topics, postgres_admin
from eventpipeline.operator.deletion import SKIP_CLEANUP_ANNOTATION, cleanup
from eventpipeline.operator.deps import Deps
from eventpipeline.operator.ownership import Owned

pytestmark = pytest.mark.unit


class SecretsOnly:
    async def read_key(self, kind: str, namespace: str, name: str, key: str) -> str | None:
        return "postgresql://u:p@db/x" if (kind, name, key) == ("Secret", "pg", "dsn") else None


def body(policy: str, annotations: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "metadata": {"name": "demo", "namespace": "ns", "uid": "u", "annotations": annotations or {}},
        "spec": {
            "kafka": {"bootstrapServers": "k:9092"},
            "postgres": {"primary": {"name": "pg"}, "deletionPolicy": policy},
        },
    }


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def delete_topics(admin: Any, names: list[str], *, timeout_s: float) -> list[str]:
        seen.append(f"topics {names}")
        return names

    def drop_schema(dsn: str, schema: str) -> bool:
        seen.append(f"schema {schema} via {dsn}")
        return True

    monkeypatch.setattr(kafka_topics, "delete_topics", delete_topics)
    monkeypatch.setattr(postgres_admin, "drop_schema", drop_schema)
    return seen


OWNS_ALL = Owned(cluster="c", topics=["demo-events", "demo-events.dlq"], schema=True)


def deps(owned: Owned = OWNS_ALL) -> Deps:
    """Deps whose ownership registry says `owned` (tests/integration/test_operator_ownership.py runs the real one)."""
    return Deps(
        kube=cast(Any, SecretsOnly()),
        admin_for=lambda b: cast(AdminClient, object()),
        owned=lambda *args, **kwargs: owned,
        forget_owned=lambda *args, **kwargs: None,
    )


async def test_retain_touches_nothing(calls: list[str]) -> None:
    out = await cleanup(body("Retain"), deps(), attempt=0, max_attempts=3, retry_s=1)
    assert calls == []
    assert [e.reason for e in out.events] == ["Retained"]
    assert out.retry_after is None


async def test_delete_removes_topics_and_schema(calls: list[str]) -> None:
    out = await cleanup(body("Delete"), deps(), attempt=0, max_attempts=3, retry_s=1)
    assert calls == ["topics ['demo-events', 'demo-events.dlq']", "schema eventpipeline via postgresql://u:p@db/x"]
    assert out.events[0].reason == "Deleted"


async def test_delete_keeps_what_this_pipeline_does_not_own(calls: list[str]) -> None:
    out = await cleanup(
        body("Delete"), deps(Owned(cluster="c", topics=[], schema=False)), attempt=0, max_attempts=3, retry_s=1
    )
    assert calls == []
    assert out.events[0].message == (
        "nothing left to remove; kept topic demo-events, topic demo-events.dlq, schema eventpipeline: "
        "not owned by this EventPipeline"
    )


async def test_skip_annotation_is_the_escape_hatch(calls: list[str]) -> None:
    out = await cleanup(body("Delete", {SKIP_CLEANUP_ANNOTATION: "true"}), deps(), attempt=0, max_attempts=3, retry_s=1)
    assert calls == []
    assert out.events[0].reason == "CleanupSkipped"


async def test_unreachable_kafka_retries_then_gives_up(monkeypatch: pytest.MonkeyPatch) -> None:
    def down(*args: Any, **kwargs: Any) -> list[str]:
        raise kafka_topics.KafkaUnavailableError("kafka: timed out")

    monkeypatch.setattr(kafka_topics, "delete_topics", down)
    monkeypatch.setattr(postgres_admin, "drop_schema", postgres_admin.drop_schema)
    first = await cleanup(body("Delete"), deps(), attempt=0, max_attempts=3, retry_s=7)
    assert first.retry_after == 7
    assert first.events[0].reason == "CleanupRetrying"
    last = await cleanup(body("Delete"), deps(), attempt=2, max_attempts=3, retry_s=7)
    assert last.retry_after is None  # the finalizer is released
    assert last.events[0].type == "Warning"
    assert last.events[0].reason == "CleanupAbandoned"


async def test_missing_dsn_secret_does_not_hang(calls: list[str]) -> None:
    b = body("Delete")
    b["spec"]["postgres"]["primary"]["name"] = "gone"
    out = await cleanup(b, deps(), attempt=4, max_attempts=5, retry_s=1)
    assert out.retry_after is None
    assert out.events[0].reason == "CleanupAbandoned"

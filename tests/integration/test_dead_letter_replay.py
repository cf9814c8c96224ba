"""The dead-letter topic after a fix: what the consumer could not store is counted for the operator's status,
`python -m eventpipeline.consumer.replay` puts it back, the consumer stores it once, and a second replay does
nothing. The unforeseen cause here: a consumer whose time window is narrower than ingest's (a misconfiguration)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from confluent_kafka.admin import AdminClient
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.operator.dead_letters import unreplayed

from tests.integration.ingest_support import WRITE_KEY
from tests.integration.pipeline_support import running_pipeline
from tests.support import eventually
from tests.support.consumer import start_consumer, stop_clean

pytestmark = pytest.mark.integration


def count_unreplayed(admin: AdminClient, bootstrap: str, dlq: str) -> int | None:
    """What the operator's reconcile reads for the status."""
    return asyncio.run(unreplayed(admin, KafkaConnection(bootstrap), dlq, timeout_s=10))


def replay(endpoints: Endpoints, topic: str) -> dict[str, object]:
    """The documented command, as an operator runs it."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventpipeline.consumer.replay",
            "--bootstrap",
            endpoints.kafka_bootstrap,
            "--topic",
            topic,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_dead_letters_are_counted_then_replayed_once_after_the_fix(
    tmp_path: Path, endpoints: Endpoints, make_topic: Callable[..., str], pg_schema: str
) -> None:
    topic = make_topic(partitions=1)
    dlq = f"{topic}.dlq"
    admin = AdminClient({"bootstrap.servers": endpoints.kafka_bootstrap})
    ten_days_ago = (datetime.now(UTC) - timedelta(days=10)).isoformat()
    with running_pipeline(tmp_path, endpoints, topic=topic, schema=pg_schema, max_event_age_days="1") as pipeline:
        message = {"event": "Late", "userId": "u1", "messageId": "late-1", "timestamp": ten_days_ago}
        answer = httpx.post(f"{pipeline.ingest_url}/v1/track", json=message, auth=(WRITE_KEY, ""), timeout=30)
        assert answer.status_code == 200, answer.text  # inside ingest's window
        eventually(lambda: pipeline.consumer.metric("ep_consumer_dlq_total") == 1, timeout=60)
        eventually(lambda: count_unreplayed(admin, endpoints.kafka_bootstrap, dlq) == 1, timeout=30)
        (letter,) = pipeline.dead_letters()
        assert letter.headers["ep-error"].startswith(b"timestamp: out of range")
        assert pipeline.rows("SELECT count(*) FROM {s}.events") == [(0,)]
    # the fix: the consumer's default window; then the replay
    fixed = start_consumer(endpoints, topic=topic, schema=pg_schema, group=pipeline.group, log=tmp_path / "fixed.log")
    try:
        assert replay(endpoints, topic) == {"replayed": 1, "from": dlq, "to": topic}
        eventually(lambda: pipeline.rows("SELECT message_id FROM {s}.events") == [("late-1",)], timeout=60)
        assert count_unreplayed(admin, endpoints.kafka_bootstrap, dlq) == 0
        assert replay(endpoints, topic) == {"replayed": 0, "from": dlq, "to": topic}
        eventually(pipeline.drained, timeout=60)
        assert pipeline.rows("SELECT count(*) FROM {s}.events") == [(1,)]
        assert fixed.metric("ep_consumer_dlq_total") == 0
    finally:
        stop_clean(fixed)

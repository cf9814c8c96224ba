"""What the database cannot store is refused at the door, naming the field, and never reaches the dead-letter
topic: NUL characters anywhere, timestamps outside the stored window (after clock-skew correction), and JSON that
PostgreSQL's jsonb would refuse. A valid call sent after them is stored, and the consumer dead-lettered nothing."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from eventpipeline.infra.endpoints import Endpoints

from tests.integration.ingest_support import WRITE_KEY
from tests.integration.pipeline_support import running_pipeline
from tests.support import eventually

pytestmark = pytest.mark.integration

TRACK = {"type": "track", "event": "Signed Up", "userId": "u1"}


def batch(*messages: dict[str, Any], **extra: Any) -> bytes:
    return orjson.dumps({"batch": list(messages), **extra})


REFUSALS: list[tuple[str, bytes, str]] = [
    ("NUL in a property value", batch({**TRACK, "properties": {"note": "a\u0000b"}}), "batch[0].properties.note: "),
    ("NUL in a property key", batch({**TRACK, "properties": {"k\u0000": 1}}), "batch[0].properties.'k\\x00': "),
    ("NUL in the event name", batch({**TRACK, "event": "Signed\u0000Up"}), "batch[0].event: "),
    (
        "NUL in identify traits",
        batch({"type": "identify", "userId": "u1", "traits": {"n": "\u0000"}}),
        "batch[0].traits.n: ",
    ),
    ("NUL in a userId", batch(TRACK, {**TRACK, "userId": "u\u0000"}), "batch[1].userId: "),
    ("NUL in the batch context", batch(TRACK, context={"app": "\u0000"}), "context.app: "),
    ("timestamp in 1970", batch({**TRACK, "timestamp": "1970-01-01T00:00:00Z"}), "batch[0].timestamp: "),
    ("timestamp in 9999", batch({**TRACK, "timestamp": "9999-12-31T23:59:59Z"}), "batch[0].timestamp: "),
    ("a year ahead", batch({**TRACK, "timestamp": "2099-01-01T00:00:00Z"}), "batch[0].timestamp: "),
    (
        "skew correction lands out of the window",
        batch({**TRACK, "timestamp": "2000-01-01T00:00:00Z"}, sentAt="2000-06-01T00:00:00Z"),
        "batch[0].timestamp: ",
    ),
    (
        "a lone surrogate (jsonb refuses it)",
        b'{"batch": [{"type": "track", "event": "\\ud800", "userId": "u"}]}',
        "body: ",
    ),
]


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_unstorable_calls_are_refused_naming_the_field_and_nothing_is_dead_lettered(
    tmp_path: Path, endpoints: Endpoints, make_topic: Callable[..., str], pg_schema: str, compress: bool
) -> None:
    topic = make_topic(partitions=1)
    with (
        running_pipeline(tmp_path, endpoints, topic=topic, schema=pg_schema) as pipeline,
        httpx.Client(base_url=pipeline.ingest_url, auth=(WRITE_KEY, ""), timeout=30) as client,
    ):
        headers = {"Content-Type": "application/json", **({"Content-Encoding": "gzip"} if compress else {})}
        for what, body, field in REFUSALS:
            answer = client.post("/v1/batch", content=gzip.compress(body) if compress else body, headers=headers)
            assert answer.status_code == 400, (what, answer.text)
            payload = answer.json()
            assert payload["code"] == "invalid", what
            assert payload["message"].startswith(field), (what, payload["message"])
        good = client.post("/v1/track", json={**TRACK, "messageId": "after-the-refusals"})
        assert good.status_code == 200, good.text
        eventually(lambda: pipeline.rows("SELECT message_id FROM {s}.events") == [("after-the-refusals",)], timeout=60)
        eventually(pipeline.drained, timeout=60)
        assert pipeline.consumer.metric("ep_consumer_dlq_total") == 0
        assert pipeline.dead_letters() == []

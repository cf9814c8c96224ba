"""Real SDKs from PyPI, unchanged, pointed at our ingest: segment-analytics-python (plain JSON) and
rudder-sdk-python (gzip, its default). Every call type lands once in PostgreSQL, a resend of the same messages
(what an SDK does when an answer is lost) changes nothing, and analytics counts them by type, event and trait."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import rudderstack.analytics
import segment.analytics
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.infra.endpoints import Endpoints
from pydantic import SecretStr

from tests.integration.analytics_support import app_name, read_keys_file, running_app
from tests.integration.ingest_support import WRITE_KEY
from tests.integration.pipeline_support import Pipeline, running_pipeline
from tests.support import eventually

pytestmark = pytest.mark.integration

SDKS: dict[str, Callable[..., Any]] = {
    "segment": lambda url, errors: segment.analytics.Client(
        WRITE_KEY, host=url, gzip=False, on_error=lambda e, _batch: errors.append(e), max_retries=1
    ),
    "rudder": lambda url, errors: rudderstack.analytics.Client(
        WRITE_KEY, host=url, gzip=True, on_error=lambda e, _batch: errors.append(e), max_retries=1
    ),
}
CALLS = ("track", "identify", "page", "screen", "group", "alias")


def send_every_call(client: Any, sdk: str, run: str) -> dict[str, str]:
    """One call of each type for user `<sdk>-<run>`; returns call type -> messageId."""
    user = f"{sdk}-{run}"
    ids = {call: f"{sdk}-{call}-{run}" for call in CALLS}
    client.identify(user, {"plan": "pro", "email": f"{user}@example.com"}, message_id=ids["identify"])
    client.track(user, f"Order Completed {sdk}", {"revenue": 42.5, "currency": "EUR"}, message_id=ids["track"])
    client.page(user, "Docs", "Install", {"path": "/docs/install"}, message_id=ids["page"])
    client.screen(user, "Settings", "Profile", {"tab": "privacy"}, message_id=ids["screen"])
    client.group(user, f"org-{run}", {"seats": 12}, message_id=ids["group"])
    client.alias(f"anon-{user}", user, message_id=ids["alias"])
    client.flush()
    return ids


def stored(pipeline: Pipeline, ids: dict[str, str]) -> list[tuple[Any, ...]]:
    return pipeline.rows(
        "SELECT message_id, type, event, user_id, group_id, previous_id, properties, traits FROM {s}.events"
        " WHERE message_id = ANY(%s) ORDER BY type",
        (list(ids.values()),),
    )


async def test_segment_and_rudder_sdks_every_call_stored_once_and_counted(
    tmp_path: Path, endpoints: Endpoints, kafka_topic: str, pg_schema: str
) -> None:
    run = uuid.uuid4().hex[:8]
    with running_pipeline(tmp_path, endpoints, topic=kafka_topic, schema=pg_schema) as pipeline:
        sent: dict[str, dict[str, str]] = {}
        for sdk, make in SDKS.items():
            errors: list[Exception] = []
            client = make(pipeline.ingest_url, errors)
            sent[sdk] = send_every_call(client, sdk, run)
            ids = sent[sdk]
            eventually(lambda: len(stored(pipeline, ids)) == len(CALLS), timeout=60)  # noqa: B023 - ids is this pass's
            send_every_call(client, sdk, run)  # the same messages again: stored once all the same
            client.join()
            assert errors == [], (sdk, errors)

        for sdk, ids in sent.items():
            rows = {row[1]: row for row in stored(pipeline, ids)}
            user = f"{sdk}-{run}"
            assert set(rows) == set(CALLS)
            assert rows["track"][2:4] == (f"Order Completed {sdk}", user)
            assert rows["track"][6] == {"revenue": 42.5, "currency": "EUR"}
            assert rows["page"][2] == "Install"
            assert rows["page"][6] == {"path": "/docs/install", "category": "Docs"}
            assert rows["screen"][2] == "Profile"
            assert rows["group"][4] == f"org-{run}"
            assert rows["alias"][3:6] == (user, None, f"anon-{user}")
            assert rows["identify"][7] == {"plan": "pro", "email": f"{user}@example.com"}
        total = pipeline.rows("SELECT count(*), count(DISTINCT message_id) FROM {s}.events")
        assert total == [(2 * len(CALLS), 2 * len(CALLS))]  # once each, the resends included
        traits = pipeline.rows("SELECT user_key, traits ->> 'plan' FROM {s}.user_traits ORDER BY 1")
        assert traits == [(f"rudder-{run}", "pro"), (f"segment-{run}", "pro")]
        assert pipeline.dead_letters() == []

    settings = AnalyticsSettings(
        read_keys_file=read_keys_file(),
        primary_dsn=SecretStr(endpoints.postgres_primary_dsn),
        replica_dsns=[],
        redis_url=SecretStr(""),
        db_schema=pg_schema,
        application_name=app_name(),
    )
    now = datetime.now(UTC)
    window = {"from": (now - timedelta(hours=1)).isoformat(), "to": (now + timedelta(hours=1)).isoformat()}
    async with running_app(settings) as (client, _app):
        summary = (await client.get("/v1/metrics/summary", params=window)).json()
        assert summary["total_events"] == 2 * len(CALLS)
        assert summary["unique_users"] == 2
        assert sorted((x["type"], x["events"]) for x in summary["events_by_type"]) == [(c, 2) for c in sorted(CALLS)]
        for sdk in SDKS:
            one = {**window, "type": "track", "event": f"Order Completed {sdk}"}
            assert (await client.get("/v1/metrics/summary", params=one)).json()["total_events"] == 1
        pages = {**window, "dimension": "event", "type": "page"}
        assert (await client.get("/v1/metrics/top", params=pages)).json()["items"] == [
            {"value": "Install", "events": 2}
        ]
        by_trait = {**window, "dimension": "trait:plan"}
        assert (await client.get("/v1/metrics/top", params=by_trait)).json()["items"] == [
            {"value": "pro", "events": 2 * len(CALLS)}
        ]

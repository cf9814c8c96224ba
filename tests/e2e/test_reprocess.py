"""EventPipelineReprocess on the real operator (the chart's), real Kafka and PostgreSQL of the development chart and
real consumer pods: a range damaged on purpose is rebuilt from the topic while ingest-side traffic keeps arriving; the
operator pod and a consumer pod are killed halfway and the reprocess resumes from its status; the rows and rollups
end equal to what a fresh pipeline (a consumer with its own schema and group, on the host) stores from the same
topic, every event exactly once; the consumers are given back to the autoscaler.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from psycopg import sql

from tests.e2e.conftest import DevDeps
from tests.e2e.node_support import Kubectl
from tests.e2e.test_pipeline import GROUP, REPO, VERSION, Pipeline, names, pipe, ready
from tests.support.consumer import assert_exact, durable_dir, start_consumer, wait_drained
from tests.support.kafka import produce
from tests.support.reprocess import BASE, RANGE, corrupt, produce_received, records, same_tables

__all__ = ["names", "pipe"]  # fixtures

pytestmark = pytest.mark.e2e

PLURAL = "eventpipelinereprocesses"
HISTORY = 60_000
LIVE = 500
OPERATOR_NAMESPACE = "eventpipeline-system"


def _iso(at: datetime) -> str:
    return at.isoformat().replace("+00:00", "Z")


def _stored(dsn: str, schema: str) -> int:
    try:
        with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
            row = conn.execute(sql.SQL("SELECT count(*) FROM {}.events").format(sql.Identifier(schema))).fetchone()
    except psycopg.Error:
        return 0
    return int(row[0]) if row else 0


# Its waits add up past the suite's 300 s per test: 60,000 events stored, re-read, then read again by a fresh
# consumer for the comparison, on one 2-core node.
@pytest.mark.timeout(1500)
def test_a_damaged_range_is_reprocessed_through_an_operator_and_consumer_crash(
    operator: str,
    dev_deps: DevDeps,
    pipe: Pipeline,
    kubectl: Kubectl,
    namespace: str,
    names: dict[str, str],
    wait_for: Callable[..., Any],
) -> None:
    # `helm upgrade` leaves a chart's crds/ alone once installed: the shared cluster may predate this CRD
    kubectl("apply", "--server-side", "-f", str(REPO / "crds" / f"{PLURAL}.{GROUP}.yaml"))
    pipe.create(names, dev_deps, policy="Delete")
    wait_for(lambda: ready(pipe.get()), timeout=300, what="Ready")
    bootstrap, dsn, schema = dev_deps.host.kafka_bootstrap, dev_deps.host.postgres_primary_dsn, names["schema"]
    history = records(HISTORY, first=BASE, span=timedelta(hours=6), seed=names["topic"])
    produce_received(bootstrap, names["topic"], history, lag=timedelta(hours=6))
    wait_for(lambda: _stored(dsn, schema) == HISTORY, timeout=300, what="the history stored")
    with psycopg.connect(dsn, autocommit=True) as conn:
        corrupt(conn, schema)

    reprocess = {
        "apiVersion": f"{GROUP}/{VERSION}",
        "kind": "EventPipelineReprocess",
        "metadata": {"name": "fix-range"},
        "spec": {"pipeline": pipe.name, "from": _iso(RANGE.start), "to": _iso(RANGE.end)},
    }
    pipe.custom.create_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, reprocess)

    def current() -> dict[str, Any]:
        found: dict[str, Any] = pipe.custom.get_namespaced_custom_object(GROUP, VERSION, namespace, PLURAL, "fix-range")
        return found

    def phase() -> str:
        return str((current().get("status") or {}).get("phase") or "")

    # CatchingUp lasts at least two of the operator's 5 s steps (consumers given back, then progress checked)
    wait_for(lambda: phase() == "CatchingUp", timeout=300, what="the reprocess to rewind")
    # ingest-side traffic during the reprocess: new events, stored once
    live = records(
        LIVE, first=datetime.now(UTC) - timedelta(minutes=30), span=timedelta(minutes=20), seed=str(uuid.uuid4())
    )
    produce(bootstrap, names["topic"], [(k, v) for _, k, v in live])
    # the operator and a consumer die halfway; their Deployments start new pods
    kubectl("delete", "pod", "-n", OPERATOR_NAMESPACE, "-l", "app.kubernetes.io/component=operator", "--wait=false")
    kubectl(
        "delete",
        "pod",
        "-n",
        namespace,
        "-l",
        "app.kubernetes.io/component=consumer",
        "--grace-period=0",
        "--force",
        "--wait=false",
    )
    wait_for(lambda: phase() == "Succeeded", timeout=600, what="the reprocess to succeed")

    status = current()["status"]
    assert status["conditions"][0]["type"] == "Complete"
    assert status["remaining"] == 0
    assert status["reread"] >= HISTORY
    assert status["eventsPerSecond"] > 0
    events = pipe.core.list_namespaced_event(namespace, field_selector="involvedObject.name=fix-range").items
    reasons = {e.reason for e in events}
    assert {"ReprocessStarted", "RangeDeleted", "GroupRewound", "ReprocessSucceeded"} <= reasons, reasons
    annotations = pipe.get()["metadata"].get("annotations") or {}
    assert "analytics.eventpipeline.dev/consumers-held-by" not in annotations
    assert pipe.apps.read_namespaced_deployment(f"{pipe.name}-consumer", namespace).spec.replicas >= 1

    total = HISTORY + LIVE
    wait_for(lambda: _stored(dsn, schema) == total, timeout=300, what="the live events stored too")
    group = f"{pipe.name}-consumer"
    wait_drained(bootstrap, names["topic"], group)
    fresh_schema = f"{schema}_fresh"
    fresh = start_consumer(
        dev_deps.host,
        topic=names["topic"],
        schema=fresh_schema,
        group=f"{group}-fresh-{uuid.uuid4().hex[:6]}",
        log=durable_dir("reprocess-e2e") / "fresh.log",
    )
    try:
        wait_for(lambda: _stored(dsn, fresh_schema) == total, timeout=300, what="a fresh pipeline's rows")
    finally:
        fresh.stop(timeout=60)
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            assert_exact(conn, schema, total)
            assert_exact(conn, fresh_schema, total)
            same_tables(conn, schema, fresh_schema)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(fresh_schema)))
    pipe.delete()
    wait_for(pipe.gone, timeout=180, what="EventPipeline deleted")

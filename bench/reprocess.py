"""`python -m bench reprocess`: how fast a reprocess rebuilds a range, against a fresh consumer storing the same topic
from nothing (the baseline), in the same run.

A 3-partition topic keeping a month is pre-loaded with `--events` events (tests.support.kafka.event_values: event
times rising over 6 hours, received now). One consumer process (`bench.consumer.drain`) stores them all: that drain's
sustained rate is the baseline. Then the reprocess's own steps (operator/reprocess: the same functions the operator's
pass calls) rebuild the middle third of the event time: delete the range in one transaction, rewind the group by
timestamp, and a new consumer process re-reads the topic from the rewind point (every record: they were all received
after it) until the range's rows are back. Reported: records re-read per second over the whole reprocess (delete,
rewind, consumer start, catch-up), and the range's rows rebuilt per second; the stored rows are checked exactly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.procs import free_port
from eventpipeline.operator.reprocess import machine, store, topic
from psycopg import sql

from bench.consumer import drain
from tests.support import ServedProcess, python_module
from tests.support.kafka import event_values, produce


def catch_up(
    bootstrap: str, name: str, schema: str, group: str, *, dsn: str, start: dict[int, int], target: dict[int, int]
) -> None:
    """A consumer process (as the Deployment's pod runs it) until the group has committed past `target`."""
    port = free_port()
    env = {
        "EP_CONSUMER_KAFKA_BOOTSTRAP": bootstrap,
        "EP_CONSUMER_TOPIC": name,
        "EP_CONSUMER_GROUP": group,
        "EP_CONSUMER_POSTGRES_DSN": dsn,
        "EP_CONSUMER_SCHEMA": schema,
        "EP_CONSUMER_HOST": "127.0.0.1",
        "EP_CONSUMER_PORT": str(port),
        "EP_CONSUMER_LOG_LEVEL": "WARNING",
    }
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"{name}.catch-up.log"
    proc = ServedProcess(
        python_module("eventpipeline.consumer"), url=f"http://127.0.0.1:{port}", log=log, env=env, health=None
    ).start()
    deadline = time.monotonic() + 1800
    try:
        while time.monotonic() < deadline:
            if not proc.alive():
                raise RuntimeError(f"consumer exited; see {log}")
            got = topic.committed(
                kafka=KafkaConnection(bootstrap), group=group, topic=name, parts=sorted(target), timeout_s=30
            )
            if machine.progress(start=start, target=target, committed=got).done:
                return
            time.sleep(0.25)
        raise RuntimeError("no catch-up within 30 minutes")
    finally:
        proc.stop(timeout=60)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench reprocess")
    parser.add_argument("--events", type=int, default=300_000, help="events in the topic")
    parser.add_argument("--partitions", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the topic and schema")
    args = parser.parse_args(list(argv))

    from eventpipeline.infra.endpoints import load  # noqa: PLC0415 - only the bench needs the local infra

    ep = load()
    tag = uuid.uuid4().hex[:8]
    name, schema, group = f"bench-reprocess-{tag}", f"bench_reprocess_{tag}", f"bench-reprocess-{tag}"
    admin = AdminClient({"bootstrap.servers": ep.kafka_bootstrap})
    month = {"retention.ms": str(30 * 86_400_000)}
    admin.create_topics([NewTopic(name, num_partitions=args.partitions, replication_factor=1, config=month)])[
        name
    ].result(30)
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-reprocess-{tag}"
    quiet = {"EP_CONSUMER_GROUP": group, "EP_CONSUMER_LOG_LEVEL": "WARNING"}
    now = datetime.now(UTC)
    newest = now - timedelta(hours=1)
    rng = machine.Range(newest - timedelta(hours=4), newest - timedelta(hours=2))  # the middle third of 6 hours
    try:
        produce(ep.kafka_bootstrap, name, event_values(args.events, now=newest, spread=timedelta(hours=6)))
        fresh = drain(
            bootstrap=ep.kafka_bootstrap,
            topic=name,
            dsn=ep.postgres_primary_dsn,
            schema=schema,
            n=args.events,
            extra=quiet,
            log=log.with_suffix(".fresh.log"),
        )
        print(f"fresh: {fresh}", file=sys.stderr)
        t0 = time.perf_counter()
        facts = topic.topic_facts(
            admin, kafka=KafkaConnection(ep.kafka_bootstrap), topic=name, rewind_ms=rng.rewind_ms, timeout_s=30
        )
        with psycopg.connect(ep.postgres_primary_dsn, autocommit=True) as conn:
            deleted = store.delete_range(conn, schema, start=rng.start, end=rng.end)
        t_deleted = time.perf_counter()
        current = topic.committed(
            kafka=KafkaConnection(ep.kafka_bootstrap), group=group, topic=name, parts=sorted(facts), timeout_s=30
        )
        start = machine.rewind_offsets(facts, current)
        topic.rewind(kafka=KafkaConnection(ep.kafka_bootstrap), group=group, topic=name, offsets=start, timeout_s=30)
        reread = sum(f.high - start[p] for p, f in facts.items())
        t_rewound = time.perf_counter()
        target = {p: f.high for p, f in facts.items()}
        catch_up(ep.kafka_bootstrap, name, schema, group, dsn=ep.postgres_primary_dsn, start=start, target=target)
        t_caught_up = time.perf_counter()
        with psycopg.connect(ep.postgres_primary_dsn, autocommit=True) as conn:
            store.repair_traits(conn, schema, start=rng.start, end=rng.end)
            row = conn.execute(
                sql.SQL("SELECT count(*), count(DISTINCT event_id) FROM {}.events").format(sql.Identifier(schema))
            ).fetchone()
        total = time.perf_counter() - t0
    finally:
        if not args.keep:
            admin.delete_topics([name, f"{name}.dlq"])
            with psycopg.connect(ep.postgres_primary_dsn, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))
    result = {
        "benchmark": "reprocess",
        "unit": "events/s",
        "events": args.events,
        "range_rows": deleted.events,
        "reread": reread,
        "ours": round(reread / total, 1),
        "ours_range_rows_per_second": round(deleted.events / total, 1),
        "seconds": round(total, 2),
        "delete_seconds": round(t_deleted - t0, 2),
        "rewind_seconds": round(t_rewound - t_deleted, 2),
        "catch_up_seconds": round(t_caught_up - t_rewound, 2),
        "baseline": round(fresh["sustained"], 1),
        "baseline_end_to_end": round(fresh["end_to_end"], 1),
        "rows": row[0] if row else None,
        "distinct_rows": row[1] if row else None,
    }
    result["ratio"] = round(result["ours"] / result["baseline"], 2)
    print(json.dumps(result))
    return 0 if result["rows"] == result["distinct_rows"] == args.events else 1

"""The per-second sampler of the load test: the design notes' four questions while the load runs.

"Is the queue filling up?" -> the consumer group's lag (Kafka admin API: high watermarks minus committed offsets);
"are database connections maxing out?" -> client backends in pg_stat_activity against max_connections; and CPU
per process group (/proc) plus the autoscaler's decisions (the EventPipeline status), so a report can say which
one saturates first. A probe that fails records None for that second and the sampling goes on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from confluent_kafka import KafkaException, TopicPartition
from confluent_kafka import admin as kafka_admin
from confluent_kafka.admin import AdminClient
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra.procs import ProcStat, read_table
from eventpipeline.operator.autoscale.kafka import GroupOffsets

from bench.loadtest.cpu import assign_groups, cores_between, machine_ticks

OffsetSpec: Any = getattr(kafka_admin, "OffsetSpec")  # noqa: B009 - exported at runtime, missing in the stubs

Roots = Callable[[], Mapping[str, list[int]]]


def total_lag(high: Mapping[int, int], low: Mapping[int, int], committed: Mapping[int, int | None]) -> int:
    """Messages not yet committed: a partition the group never committed on lags by all it holds."""
    lag = 0
    for partition, hw in high.items():
        done = committed.get(partition)
        lag += max(0, hw - (done if done is not None else low.get(partition, 0)))
    return lag


class LagProbe:
    def __init__(self, bootstrap: str, topic: str, group: str, timeout: float = 3.0) -> None:
        self.admin = AdminClient({"bootstrap.servers": bootstrap})
        self.offsets = GroupOffsets(kafka=KafkaConnection(bootstrap), group=group, timeout=timeout)
        self.topic, self.group, self.timeout = topic, group, timeout
        self._partitions: list[int] | None = None

    def _offsets(self, spec: Any) -> dict[int, int]:
        assert self._partitions is not None
        req = {TopicPartition(self.topic, p): spec for p in self._partitions}
        futures = self.admin.list_offsets(req, request_timeout=self.timeout)
        return {tp.partition: fut.result(timeout=self.timeout).offset for tp, fut in futures.items()}

    def read(self) -> int:
        if self._partitions is None:
            meta = self.admin.list_topics(topic=self.topic, timeout=self.timeout)
            self._partitions = sorted(meta.topics[self.topic].partitions)
        high, low = self._offsets(OffsetSpec.latest()), self._offsets(OffsetSpec.earliest())
        return total_lag(high, low, self.offsets.committed(self.topic, self._partitions))


CONNECTIONS_SQL = """
SELECT count(*) FILTER (WHERE backend_type = 'client backend') - 1,
       count(*) FILTER (WHERE backend_type = 'client backend' AND state = 'active') - 1,
       current_setting('max_connections')::int
FROM pg_stat_activity
"""


class ConnectionProbe:
    """Client backends in use on the primary (this probe's own connection is not counted)."""

    def __init__(self, dsn: str) -> None:
        self.conn = psycopg.connect(dsn, autocommit=True, application_name="ep-loadtest-probe")

    def read(self) -> tuple[int, int, int]:
        row = self.conn.execute(CONNECTIONS_SQL).fetchone()
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2])

    def close(self) -> None:
        self.conn.close()


@dataclass
class Probes:
    roots: Roots
    lag: LagProbe | None
    connections: ConnectionProbe | None
    autoscaler: Callable[[], dict[str, Any]] | None = None


class Sampler(threading.Thread):
    """`with Sampler(probes) as s:` samples about once a second into `s.rows` until the block ends."""

    def __init__(self, probes: Probes, *, interval: float = 1.0, label: str = "") -> None:
        super().__init__(daemon=True, name=f"loadtest-sampler-{label}")
        self.probes, self.interval, self.label = probes, interval, label
        self.rows: list[dict[str, Any]] = []
        self.decisions: list[dict[str, Any]] = []
        self._stop_event = threading.Event()
        self._seen: set[str] = set()

    def __enter__(self) -> Sampler:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop_event.set()
        self.join(timeout=10)

    def run(self) -> None:
        prior = self._try(self.probes.autoscaler) or {}
        self._seen = {f"{tier}:{(st.get('lastScale') or {}).get('time')}" for tier, st in prior.items()}
        t0 = time.monotonic()
        prev_table: dict[int, ProcStat] = read_table()
        prev_busy = machine_ticks(Path("/proc/stat").read_text())
        prev_t = t0
        while not self._stop_event.wait(max(0.0, self.interval - (time.monotonic() - prev_t))):
            now = time.monotonic()
            table = read_table()
            busy = machine_ticks(Path("/proc/stat").read_text())
            owner = assign_groups(table, self.probes.roots())
            row: dict[str, Any] = {
                "t": round(now - t0, 2),
                "cpu": cores_between(prev_table, table, owner, now - prev_t),
                "machine_busy": round((busy[0] - prev_busy[0]) / max(1, busy[1] - prev_busy[1]), 3),
                "lag": self._try(self.probes.lag.read if self.probes.lag else None),
            }
            conns = self._try(self.probes.connections.read if self.probes.connections else None)
            row["pg_connections"], row["pg_active"], row["pg_max_connections"] = conns or (None, None, None)
            scale = self._try(self.probes.autoscaler)
            if scale:
                row["replicas"] = {tier: s.get("replicas") for tier, s in scale.items()}
                self._note_decisions(scale, row["t"])
            self.rows.append(row)
            prev_table, prev_busy, prev_t = table, busy, now

    def _note_decisions(self, scale: Mapping[str, Mapping[str, Any]], t: float) -> None:
        for tier, state in scale.items():
            last = state.get("lastScale")
            if not last:
                continue
            key = f"{tier}:{last.get('time')}"
            if key not in self._seen:
                self._seen.add(key)
                self.decisions.append({"t": t, "tier": tier, **last})

    @staticmethod
    def _try(probe: Callable[[], Any] | None) -> Any:
        if probe is None:
            return None
        try:
            return probe()
        except (KafkaException, psycopg.Error, OSError, KeyError, ValueError, RuntimeError):
            return None

"""The load test's parsers: /proc stat lines and process trees, vegeta CSV results, Kafka lag, the stack's state."""

from __future__ import annotations

import base64
from pathlib import Path

import orjson
import pytest
from eventpipeline.infra.procs import TICKS_PER_SECOND, ProcStat

from bench.loadtest.attack import Load, write_targets
from bench.loadtest.cpu import assign_groups, cores_between, group_ticks, machine_ticks
from bench.loadtest.report import overload
from bench.loadtest.results import acked_ids, parse_csv, percentile, summarize
from bench.loadtest.sample import total_lag
from bench.loadtest.target import tier_status

pytestmark = pytest.mark.unit


def test_descendants_count_for_their_root_and_explicit_roots_win() -> None:
    table = {
        p.pid: p
        for p in (
            ProcStat(1, "init", 0, 0),
            ProcStat(100, "postgres", 1, 10),
            ProcStat(101, "postgres: backend", 100, 20),
            ProcStat(102, "postgres: backend", 101, 5),
            ProcStat(200, "python", 1, 50),
            ProcStat(201, "vegeta", 200, 70),
            ProcStat(300, "stranger", 1, 999),
        )
    }
    owner = assign_groups(table, {"postgres-primary": [100], "loadtest": [200], "vegeta": [201], "gone": [555]})
    assert owner == {
        100: "postgres-primary",
        101: "postgres-primary",
        102: "postgres-primary",
        200: "loadtest",
        201: "vegeta",
    }
    assert group_ticks(table, owner) == {"postgres-primary": 35, "loadtest": 50, "vegeta": 70}


def test_cores_between_two_tables() -> None:
    before = {1: ProcStat(1, "a", 0, 100), 2: ProcStat(2, "b", 0, 500)}
    after = {
        1: ProcStat(1, "a", 0, 100 + TICKS_PER_SECOND),  # one core for one second
        2: ProcStat(2, "b-reused", 0, 10),  # pid reused by a new process: counts from zero
        3: ProcStat(3, "c", 0, TICKS_PER_SECOND // 2),  # born during the interval
    }
    cores = cores_between(before, after, {1: "x", 2: "y", 3: "x"}, seconds=2.0)
    assert cores == {"x": pytest.approx(0.75, abs=0.01), "y": pytest.approx(10 / TICKS_PER_SECOND / 2, abs=0.001)}


def test_machine_ticks_excludes_idle_and_iowait() -> None:
    busy, total = machine_ticks("cpu  100 5 50 800 45 1 2 0 0 0\ncpu0 1 2 3 4 5\n")
    assert (busy, total) == (158, 1003)


def csv_row(sent_ns: int, code: int, latency_ms: float, body: bytes = b"", error: str = "") -> str:
    b64 = base64.b64encode(body).decode()
    err = f'"{error}"' if "," in error else error
    return f"{sent_ns},{code},{int(latency_ms * 1e6)},10,20,{err},{b64},,1,POST,http://x/v1/events,\n"


def test_summarize_counts_ids_errors_and_seconds() -> None:
    s0 = 1_700_000_000_000_000_000
    ok1 = orjson.dumps({"success": True, "accepted": 2, "messageIds": ["a", "b"]})
    ok2 = orjson.dumps({"success": True, "accepted": 1, "messageIds": ["c"]})
    lines = [
        csv_row(s0, 202, 5.0, ok1),
        csv_row(s0 + 400_000_000, 202, 15.0, ok2),
        csv_row(s0 + 1_100_000_000, 503, 2.0, b'{"error":"unavailable"}'),
        csv_row(s0 + 1_200_000_000, 0, 10_000.0, error="Post http://x: timeout, giving up"),
        csv_row(s0 + 1_300_000_000, 202, 7.0, b"not json"),
    ]
    summary = summarize(parse_csv(lines))
    assert summary.requests == 5
    assert summary.ok == 3
    assert summary.acked_ids == ["a", "b", "c"]
    assert summary.unparsed_2xx == 1
    assert summary.status_codes == {"202": 3, "503": 1, "0": 1}
    assert summary.errors == {"HTTP 503": 1, "Post http://x: timeout, giving up": 1}
    assert [r["t"] for r in summary.per_second] == [0, 1]
    assert summary.per_second[0]["requests"] == 2
    assert summary.per_second[0]["errors"] == 0
    assert summary.per_second[1]["errors"] == 2
    assert summary.per_second[1]["max_ms"] == 10_000.0
    assert summary.p50_ms == 7.0  # nearest rank of 2, 5, 7, 15, 10000
    assert summary.max_ms == 10_000.0
    assert summary.error_rate == pytest.approx(0.4)
    assert summary.by_status["202"] == {"count": 3, "p50_ms": 7.0, "p99_ms": 15.0, "under_100ms": 3}
    assert summary.by_status["0"]["under_100ms"] == 0  # the timeout


def test_overload_counts_quick_503s_among_the_refused() -> None:
    s0 = 1_700_000_000_000_000_000
    ok = orjson.dumps({"success": True, "accepted": 1, "messageIds": ["a"]})
    lines = [
        csv_row(s0, 200, 20.0, ok),
        csv_row(s0 + 1, 200, 80.0, ok),
        csv_row(s0 + 2, 503, 3.0, b"{}"),
        csv_row(s0 + 3, 503, 4.0, b"{}"),
        csv_row(s0 + 4, 503, 2500.0, b"{}"),  # queued before it was refused: not a quick answer
        csv_row(s0 + 5, 0, 30_000.0, error="timeout"),
    ]
    summary = summarize(parse_csv(lines))
    run = {"rate": 3000, "requests": summary.requests, "by_status": summary.by_status, "delivery": {"ok": True}}
    assert overload(run) == {
        "offered_per_s": 3000,
        "requests": 6,
        "acknowledged_share": round(2 / 6, 4),
        "refused": 4,
        "fast_503_share_of_refused": 0.5,
        "p99_2xx_ms": 80.0,
        "nothing_lost": True,
    }


def test_summarize_without_ids_and_empty() -> None:
    s = summarize(parse_csv([csv_row(1, 200, 1.0, orjson.dumps({"messageIds": ["a"]}))]), collect_ids=False)
    assert s.acked_ids == []
    assert s.ok == 1
    empty = summarize([])
    assert empty.requests == 0
    assert empty.p99_ms == 0.0
    assert empty.error_rate == 0.0


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 99) == 99.0
    assert percentile(values, 50) == 50.0
    assert percentile(values, 100) == 100.0
    assert percentile([], 99) == 0.0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"success":true,"accepted":1,"messageIds":["x"]}', ["x"]),
        (b'{"accepted":1}', None),
        (b'{"messageIds":[1]}', None),
        (b"[1,2]", None),
        (b"", None),
    ],
)
def test_acked_ids(body: bytes, expected: list[str] | None) -> None:
    assert acked_ids(body) == expected


def test_total_lag_counts_uncommitted_partitions_from_the_low_watermark() -> None:
    assert total_lag({0: 100, 1: 50, 2: 10}, {0: 0, 1: 20, 2: 0}, {0: 90, 1: None}) == 10 + 30 + 10
    assert total_lag({0: 5}, {0: 0}, {0: 9}) == 0  # never negative


def test_tier_status_reads_replicas_and_last_scale() -> None:
    last = {"time": "2026-11-27T12:00:00Z", "from": 1, "to": 2, "reason": "lag 9000 > 5000"}
    status = {"consumer": {"desiredReplicas": 2, "readyReplicas": 1, "lastScale": last}}
    got = tier_status(status)
    assert got["consumer"] == {"replicas": 2, "ready": 1, "lastScale": last}
    assert got["ingest"] == {"replicas": None, "ready": None, "lastScale": None}


def test_targets_carry_no_message_id_and_the_run_event_name(tmp_path: Path) -> None:
    load = Load("http://127.0.0.1:1", "wk", "lt_run_batched", events_per_request=3)
    targets = write_targets(load, tmp_path, bodies=2).read_text()
    assert targets.count("POST http://127.0.0.1:1/v1/batch") == 2
    assert "X-Write-Key: wk" in targets
    body = orjson.loads((tmp_path / "body-1.json").read_bytes())["batch"]
    assert [(e["type"], e["event"]) for e in body] == [("track", "lt_run_batched")] * 3
    assert all("messageId" not in e for e in body)
    assert len({e["userId"] for e in body}) == 3
    single = Load("http://h", "wk", "t", events_per_request=1)
    assert "POST http://h/v1/track" in write_targets(single, tmp_path / "s", bodies=1).read_text()

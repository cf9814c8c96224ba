"""Helpers of the ingest integration tests: run `python -m eventpipeline.ingest` as a real process, and read
a topic back. Kept outside the test modules so both test files share them."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from confluent_kafka import Consumer, TopicPartition

WRITE_KEY = "wk_integration_" + uuid.uuid4().hex[:8]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def eventually(check: Callable[[], bool], *, timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(interval)
    return check()


@dataclass
class IngestProcess:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def logs(self) -> str:
        return self.log.read_text(errors="replace")


@contextlib.contextmanager
def run_ingest(tmp_path: Path, *, bootstrap: str, topic: str, **env: str) -> Iterator[IngestProcess]:
    """Start the real entry point on a free port; stop it with SIGTERM (graceful) at the end."""
    keys = tmp_path / "write-keys"
    keys.write_text(f"{WRITE_KEY}\n")
    port = free_port()
    log = tmp_path / f"ingest-{port}.log"
    environ = {
        **os.environ,
        "EP_INGEST_KAFKA_BOOTSTRAP": bootstrap,
        "EP_INGEST_TOPIC": topic,
        "EP_INGEST_WRITE_KEYS_FILE": str(keys),
        "EP_INGEST_HOST": "127.0.0.1",
        "EP_INGEST_PORT": str(port),
        **{f"EP_INGEST_{k.upper()}": v for k, v in env.items()},
    }
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "eventpipeline.ingest"], env=environ, stdout=out, stderr=out)
    server = IngestProcess(url=f"http://127.0.0.1:{port}", proc=proc, log=log)
    try:
        if not eventually(lambda: _healthy(server), timeout=60):
            raise RuntimeError(f"ingest did not start:\n{server.logs()}")
        yield server
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _healthy(server: IngestProcess) -> bool:
    if server.proc.poll() is not None:
        raise RuntimeError(f"ingest exited with {server.proc.returncode}:\n{server.logs()}")
    try:
        return httpx.get(server.url + "/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def is_ready(server: IngestProcess) -> bool:
    try:
        return httpx.get(server.url + "/readyz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@dataclass
class Record:
    key: str | bytes | None
    value: str | bytes
    partition: int
    offset: int
    headers: dict[str, bytes]


def read_topic(bootstrap: str, topic: str, *, expect: int, timeout: float = 60) -> list[Record]:
    """Every record of the topic from the beginning, stopping once `expect` are read and the ends reached."""
    consumer = Consumer(
        {
            "bootstrap.servers": bootstrap,
            "group.id": "ingest-test-" + uuid.uuid4().hex,
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            "isolation.level": "read_committed",
        }
    )
    try:
        meta = consumer.list_topics(topic, timeout=10).topics[topic]
        parts = [TopicPartition(topic, p, 0) for p in meta.partitions]
        consumer.assign(parts)
        records: list[Record] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for msg in consumer.consume(num_messages=1000, timeout=0.5):
                if msg.error() is not None:
                    continue
                raw_headers = msg.headers() or []
                headers = (
                    {k: v for k, v in raw_headers if isinstance(v, bytes)} if isinstance(raw_headers, list) else {}
                )
                value, partition, offset = msg.value(), msg.partition(), msg.offset()
                assert value is not None
                assert partition is not None
                assert offset is not None
                records.append(Record(msg.key(), value, partition, offset, headers))
            if len(records) >= expect and _at_end(consumer, parts, records):
                break
        return records
    finally:
        consumer.close()


def _at_end(consumer: Consumer, parts: list[TopicPartition], records: list[Record]) -> bool:
    seen: dict[int, int] = {}
    for r in records:
        seen[r.partition] = max(seen.get(r.partition, -1), r.offset)
    for tp in parts:
        _low, high = consumer.get_watermark_offsets(tp, timeout=5)
        if high > 0 and seen.get(tp.partition, -1) < high - 1:
            return False
    return True

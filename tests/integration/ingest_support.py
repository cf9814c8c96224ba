"""The ingest integration tests' launcher: `python -m eventpipeline.ingest` as a real process on a free port, with a
write key, stopped with SIGTERM (graceful) at the end."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path

from tests.support import ServedProcess, free_port, python_module

WRITE_KEY = "wk_integration_" + uuid.uuid4().hex[:8]


@contextlib.contextmanager
def run_ingest(tmp_path: Path, *, bootstrap: str, topic: str, **env: str) -> Iterator[ServedProcess]:
    """`env` adds settings by field name (`keepalive_seconds="1"` is EP_INGEST_KEEPALIVE_SECONDS)."""
    keys = tmp_path / "write-keys"
    keys.write_text(f"{WRITE_KEY}\n")
    port = free_port()
    environ = {
        "EP_INGEST_KAFKA_BOOTSTRAP": bootstrap,
        "EP_INGEST_TOPIC": topic,
        "EP_INGEST_WRITE_KEYS_FILE": str(keys),
        "EP_INGEST_HOST": "127.0.0.1",
        "EP_INGEST_PORT": str(port),
        **{f"EP_INGEST_{k.upper()}": v for k, v in env.items()},
    }
    url = f"http://127.0.0.1:{port}"
    with ServedProcess(
        python_module("eventpipeline.ingest"), url=url, log=tmp_path / f"ingest-{port}.log", env=environ
    ) as server:
        yield server

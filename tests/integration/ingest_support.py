"""The ingest integration tests' launcher: `python -m eventpipeline.ingest` as a real process on a free port, with a
write key, stopped with SIGTERM (graceful) at the end."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path

from tests.support import ServedProcess, served_tier

WRITE_KEY = "wk_integration_" + uuid.uuid4().hex[:8]


@contextlib.contextmanager
def run_ingest(tmp_path: Path, *, topic: str, bootstrap: str = "", **env: str) -> Iterator[ServedProcess]:
    """`env` adds settings by field name (`keepalive_seconds="1"` is EP_INGEST_KEEPALIVE_SECONDS; the Kafka
    connection's `kafka_bootstrap`, `kafka_security_protocol`, ... instead of `bootstrap`)."""
    keys = tmp_path / "write-keys"
    keys.write_text(f"{WRITE_KEY}\n")
    settings = {
        "topic": topic,
        "write_keys_file": str(keys),
        **({"kafka_bootstrap": bootstrap} if bootstrap else {}),
        **env,
    }
    with served_tier("ingest", tmp_path, settings) as server:
        yield server

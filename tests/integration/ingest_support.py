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
def run_ingest(tmp_path: Path, *, bootstrap: str, topic: str, **env: str) -> Iterator[ServedProcess]:
    """`env` adds settings by field name (`keepalive_seconds="1"` is EP_INGEST_KEEPALIVE_SECONDS)."""
    keys = tmp_path / "write-keys"
    keys.write_text(f"{WRITE_KEY}\n")
    settings = {"kafka_bootstrap": bootstrap, "topic": topic, "write_keys_file": str(keys), **env}
    with served_tier("ingest", tmp_path, settings) as server:
        yield server

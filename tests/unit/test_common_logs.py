"""The JSON-lines log format shared by every process."""

from __future__ import annotations

import logging

import orjson
import pytest
from eventpipeline.common.logs import JsonFormatter

pytestmark = pytest.mark.unit


def record(name: str, **extra: object) -> logging.LogRecord:
    rec = logging.makeLogRecord({"name": name, "msg": "hello %s", "args": ("world",), "levelname": "INFO"})
    rec.__dict__.update(extra)
    return rec


def test_one_json_object_with_extras_as_keys() -> None:
    line = JsonFormatter("ingest").format(record("eventpipeline.ingest", partitions=["p1"], settings={"a": 1}))
    data = orjson.loads(line)
    assert data["msg"] == "hello world"
    assert data["service"] == "ingest"
    assert data["partitions"] == ["p1"]
    assert data["settings"] == {"a": 1}  # our own extras keep any name; only kopf records drop it


def test_kopf_settings_object_is_not_repeated_on_every_line() -> None:
    big = {"posting": {"enabled": True}, "watching": {"server_timeout": 300}}
    line = JsonFormatter("operator").format(
        record("kopf.objects", settings=big, k8s_skip=False, k8s_ref={"name": "demo"})
    )
    data = orjson.loads(line)
    assert "settings" not in data
    assert "k8s_skip" not in data
    assert data["k8s_ref"] == {"name": "demo"}

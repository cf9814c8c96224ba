"""One structured (JSON lines) logging configuration per process."""

from __future__ import annotations

import logging
import sys
from typing import Any

import orjson

_RESERVED = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}
# kopf attaches its whole OperatorSettings object (and a flag) to every record of an object's logger: about 2 KB of
# unchanging text per line (a timer's "succeeded" every 10 s), so the operator's log was mostly that.
_KOPF_INTERNAL = frozenset({"settings", "k8s_skip"})


class JsonFormatter(logging.Formatter):
    """Render a record as one JSON object; `extra=` fields become top-level keys."""

    def __init__(self, service: str) -> None:
        super().__init__()
        self._service = service

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "service": self._service,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        kopf = record.name.startswith("kopf")
        for key, value in record.__dict__.items():
            if key not in _RESERVED and not key.startswith("_") and not (kopf and key in _KOPF_INTERNAL):
                payload[key] = value
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(payload, default=str).decode()


def configure_logging(service: str, level: str = "INFO") -> None:
    """Send every logger's records to stderr as JSON lines, once per process."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(service))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.Formatter.converter = __import__("time").gmtime

"""Secret values out of everything the operator publishes: status, Events and the messages kopf logs and posts.

Error texts come from drivers and servers (psycopg quotes a connection string it cannot parse, librdkafka names the
brokers it cannot reach), so they may quote whatever a Secret holds. Whoever may read an EventPipeline's status or
Events need not be allowed to read its Secrets: every Secret value the operator reads is remembered here, and the
handlers pass what they publish through `Redactor` once, at the boundary, whatever step produced it.
"""

from __future__ import annotations

import threading
from typing import Final, TypeVar

from eventpipeline.common.redact import secret_parts

T = TypeVar("T")
REDACTED: Final = "<redacted: from a Secret>"


class Redactor:
    """The Secret values read so far (by every pass of this process), and their removal from any JSON-like value."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # passes read Secrets from the event loop and from worker threads
        self._parts: list[str] = []

    def remember(self, value: str) -> None:
        with self._lock:
            known = set(self._parts)
            fresh = secret_parts(value) - known
            if fresh:
                # Longest first, so a value is replaced whole before any shorter piece of it is.
                self._parts = sorted(known | fresh, key=len, reverse=True)

    def text(self, text: str) -> str:
        for part in self._parts:
            if part in text:
                text = text.replace(part, REDACTED)
        return text

    def __call__(self, value: T) -> T:
        """`value` (a str, or dicts and lists of them, as in a status patch) with every remembered part replaced."""
        if isinstance(value, str):
            return self.text(value)  # type: ignore[return-value]
        if isinstance(value, dict):
            return {k: self(v) for k, v in value.items()}  # type: ignore[return-value]
        if isinstance(value, list):
            return [self(v) for v in value]  # type: ignore[return-value]
        return value

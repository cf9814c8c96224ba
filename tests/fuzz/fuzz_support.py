"""What the fuzzing tier's tests share: the tally of answers per endpoint, the write key as Basic auth, the checks
on a process after fuzzing (its log, its size, its metric series), and the served document loaded for
schemathesis."""

from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import schemathesis

from tests.support import ServedProcess

# A process may grow while its caches, pools and metric series fill; past this it keeps growing (a leak).
MAX_GROWTH_KIB = 48 * 1024
MAX_METRIC_LINES = 3000  # every label set the fuzzing produced: bounded labels stay far below


@dataclass
class Tally:
    """Cases tried and answers by status, per (tier, operation)."""

    statuses: dict[tuple[str, str], Counter[int]] = field(default_factory=dict)

    def record(self, tier: str, operation: str, status: int) -> None:
        self.statuses.setdefault((tier, operation), Counter())[status] += 1

    def server_errors(self) -> int:
        return sum(n for counts in self.statuses.values() for status, n in counts.items() if status >= 500)

    def lines(self) -> list[str]:
        out = []
        for (tier, operation), counts in sorted(self.statuses.items()):
            fives = sum(n for status, n in counts.items() if status >= 500)
            spread = " ".join(f"{status}:{n}" for status, n in sorted(counts.items()))
            out.append(f"  {tier:<9} {operation:<28} cases {sum(counts.values()):>5}  5xx {fives:>3}  ({spread})")
        return out


def write_key_headers(key: str) -> dict[str, str]:
    """The key in every header ingest reads (X-Write-Key wins over Authorization), so whatever security scheme a
    generated case chose, ours replaces its value."""
    return {"Authorization": "Basic " + base64.b64encode(f"{key}:".encode()).decode(), "X-Write-Key": key}


def assert_healthy_log(server: ServedProcess) -> None:
    """No traceback and no uvicorn "Exception in ASGI application" anywhere in the process's log."""
    logs = server.logs()
    assert "Traceback" not in logs, server.tail(60)
    assert "Exception in ASGI application" not in logs, server.tail(60)


def served_schema(server: ServedProcess, *, refusals: list[int]) -> Any:
    """The document the process serves, with schemathesis' checks set for it: a case that breaks the schema must be
    refused with one of `refusals`; a case that fits it may still be refused, for what JSON Schema cannot say (a
    timestamp outside the stored window, `from` after `to`), so that check is off."""
    config = schemathesis.Config.from_dict(
        {
            "checks": {
                "negative_data_rejection": {"expected-statuses": [str(status) for status in refusals]},
                "positive_data_acceptance": {"enabled": False},
            }
        }
    )
    return schemathesis.openapi.from_url(f"{server.url}/openapi.json", config=config, timeout=10)


def assert_bounded(server: ServedProcess, rss_before_kib: int) -> None:
    """The process grew less than `MAX_GROWTH_KIB` and its metric series stayed bounded."""
    grown = server.rss_kib() - rss_before_kib
    assert grown < MAX_GROWTH_KIB, f"grew {grown} KiB while fuzzed"
    lines = [line for line in server.metrics_text().splitlines() if not line.startswith("#")]
    assert len(lines) < MAX_METRIC_LINES, f"{len(lines)} metric samples"

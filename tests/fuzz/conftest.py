"""The fuzzing tier: schemathesis drives the real ingest and analytics processes (`python -m ...` on a free port,
real Kafka, PostgreSQL and Redis) from the OpenAPI documents they serve, and checks that no input gets a 5xx, a
traceback in the log, a hang (every request has a timeout) or a process that keeps growing.

Bounded in time: a fixed number of cases per operation (hypothesis `max_examples`, no shrinking beyond hypothesis'
own bound) and pytest's timeout. At the end of the run the cases tried and the 5xx answers per endpoint are printed.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from _pytest.terminal import TerminalReporter
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.infra import endpoints as ep

from tests.fuzz.fuzz_support import Tally

# text/plain carries the same JSON (browsers' sendBeacon); NDJSON is one message a line.
schemathesis.serializer.alias("text/plain", "application/json")


@schemathesis.serializer("application/x-ndjson", "application/ndjson", "application/jsonlines")
def _ndjson(_context: Any, value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    # the stdlib's encoder: orjson refuses integers past 64 bits, which a fuzzer does generate
    if isinstance(value, list):
        return "".join(json.dumps(item) + "\n" for item in value).encode()
    return json.dumps(value).encode()


_TALLY = pytest.StashKey[Tally]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_TALLY] = Tally()


def pytest_terminal_summary(terminalreporter: TerminalReporter, config: pytest.Config) -> None:
    tally = config.stash.get(_TALLY, None)
    if tally is None or not tally.statuses:
        return
    terminalreporter.write_sep("-", "fuzzing: cases tried and 5xx answers per endpoint")
    for line in tally.lines():
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"  total 5xx: {tally.server_errors()}")


@pytest.fixture(scope="session")
def tally(pytestconfig: pytest.Config) -> Tally:
    return pytestconfig.stash[_TALLY]


@pytest.fixture(scope="module")
def fuzz_topic(endpoints: ep.Endpoints) -> Iterator[str]:
    """A topic of its own for the module's ingest process, deleted afterwards."""
    name = f"t-fuzz-{uuid.uuid4().hex[:8]}"
    admin = AdminClient({"bootstrap.servers": endpoints.kafka_bootstrap})
    admin.create_topics([NewTopic(name, num_partitions=3, replication_factor=1)])[name].result(timeout=30)
    yield name
    for future in admin.delete_topics([name], operation_timeout=30).values():
        with contextlib.suppress(Exception):
            future.result(timeout=30)

"""Shared fixtures. Servers start only when a test asks for them (unit runs need none).

- `endpoints` (session): the local Kafka/PostgreSQL/Redis/S3, started with `python -m eventpipeline.infra up`
  when not healthy. Everyone shares one instance: isolate by topic, schema, key prefix, consumer group.
- `make_topic(partitions=3)` / `kafka_topic`: a fresh uniquely named topic, deleted after the test.
- `pg_schema`: a fresh empty schema on the primary (its name), dropped after; `pg_conn`: an autocommit
  psycopg connection to the primary.
- `redis_prefix`: a unique key prefix; keys under it are deleted after the test.
- Tests that must stop a server use a private one: `eventpipeline.infra.private`.
- Polling, ports, servers under test, Kafka records: the test-support layer, `tests.support`.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
import redis
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic
from eventpipeline.infra import endpoints as ep
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.procs import port_open
from eventpipeline.infra.tools import Tools, installed

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))  # `from tests.support import eventually`


def _unique(request: pytest.FixtureRequest, prefix: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")[:30]
    return f"{prefix}_{base}_{uuid.uuid4().hex[:8]}"


def _reachable(endpoints: ep.Endpoints) -> bool:
    """Every server answers (a file written before the SASL listener existed has none: infra up then renews it)."""
    credentials = {"kafka_sasl_username", "kafka_sasl_password"}
    for url in (value for name, value in vars(endpoints).items() if name not in credentials):
        if not url:
            return False
        hostport = str(url).split("://")[-1].split("@")[-1].split("/")[0]
        host, _, port = hostport.rpartition(":")
        if not port_open(host, int(port)):
            return False
    return True


@pytest.fixture(scope="session")
def endpoints() -> ep.Endpoints:
    """Endpoints of the shared local servers; runs `infra up` (idempotent, locked) when any is down."""
    try:
        current = ep.load()
        if _reachable(current):
            return current
    except FileNotFoundError:
        pass
    proc = subprocess.run(
        [sys.executable, "-m", "eventpipeline.infra", "up"], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        pytest.fail(f"infra up failed:\n{proc.stdout}\n{proc.stderr}", pytrace=False)
    return ep.load()


@pytest.fixture(scope="session")
def tools() -> Tools:
    """The Go tools set-up built (helm, kubectl, vegeta, ...); a test never builds them."""
    try:
        return installed()
    except InfraError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def make_topic(endpoints: ep.Endpoints, request: pytest.FixtureRequest) -> Iterator[Callable[..., str]]:
    """Factory: `make_topic(partitions=3)` creates a fresh topic and returns its name."""
    admin = AdminClient({"bootstrap.servers": endpoints.kafka_bootstrap})
    created: list[str] = []

    def make(partitions: int = 3) -> str:
        name = _unique(request, "t").replace("_", "-")
        futures = admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])
        futures[name].result(timeout=30)
        created.append(name)
        return name

    yield make
    if created:
        for fut in admin.delete_topics(created, operation_timeout=30).values():
            with contextlib.suppress(Exception):  # best effort: the topic name is unique anyway
                fut.result(timeout=30)


@pytest.fixture
def kafka_topic(make_topic: Callable[..., str]) -> str:
    """A fresh topic with 3 partitions."""
    return make_topic(partitions=3)


@pytest.fixture
def pg_conn(endpoints: ep.Endpoints) -> Iterator[psycopg.Connection[tuple[object, ...]]]:
    """An autocommit psycopg connection to the primary."""
    with psycopg.connect(endpoints.postgres_primary_dsn, autocommit=True) as conn:
        yield conn


@pytest.fixture
def pg_schema(endpoints: ep.Endpoints, request: pytest.FixtureRequest) -> Iterator[str]:
    """The name of a fresh, empty schema on the primary; dropped (cascade) after the test."""
    name = _unique(request, "t")
    dsn = endpoints.postgres_primary_dsn
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'create schema "{name}"')
    yield name
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'drop schema if exists "{name}" cascade')


@pytest.fixture
def redis_prefix(endpoints: ep.Endpoints, request: pytest.FixtureRequest) -> Iterator[str]:
    """A unique key prefix (ends with ':'); every key under it is deleted after the test."""
    prefix = _unique(request, "t") + ":"
    yield prefix
    client = redis.Redis.from_url(endpoints.redis_url)
    try:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()

"""Analytics' cache client against a real Redis 7 over TLS (`rediss://` + `spec.redis.external.caSecret`): it
authenticates and caches through the CA it is given, and refuses a server signed by another CA without quoting the
password."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from eventpipeline.analytics.cache import redis_client
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.infra.procs import port_open

from tests.support import eventually, free_port
from tests.support.tls import ServerPki, make_server_pki

pytestmark = pytest.mark.integration

PASSWORD = f"tok-{uuid.uuid4().hex}"


@pytest.fixture(scope="module")
def tls_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, ServerPki]]:
    """redis-server with only a TLS port (no plaintext one) and a password, its certificate from a CA of its own."""
    root = tmp_path_factory.mktemp("redis-tls")
    pki = make_server_pki(root, name="redis")
    port = free_port()
    config = root / "redis.conf"  # the password in a file, not on a command line other processes can read
    config.write_text(f"requirepass {PASSWORD}\n")
    args = ["--port", "0", "--tls-port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(root)]
    tls = ["--tls-cert-file", str(pki.server_cert), "--tls-key-file", str(pki.server_key)]
    tls += ["--tls-ca-cert-file", str(pki.ca_cert), "--tls-auth-clients", "no"]
    with (root / "redis.log").open("ab") as log:
        proc = subprocess.Popen(["redis-server", str(config), *args, *tls], stdout=log, stderr=log)
    try:
        eventually(lambda: port_open("127.0.0.1", port), timeout=30, what="redis TLS port open")
        yield port, pki
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _settings(tmp_path: Path, port: int, ca: Path) -> AnalyticsSettings:
    return AnalyticsSettings(
        read_keys_file=tmp_path / "keys",
        redis_url=f"rediss://:{PASSWORD}@127.0.0.1:{port}/0",  # type: ignore[arg-type]
        redis_ca_file=ca,
        redis_timeout_seconds=5,
    )


def test_the_cache_client_talks_tls_with_the_given_ca(tls_redis: tuple[int, ServerPki], tmp_path: Path) -> None:
    port, pki = tls_redis

    async def round_trip() -> bytes | str | None:
        client = redis_client(_settings(tmp_path, port, pki.ca_cert))
        try:
            await client.set("ep:tls:probe", b"cached", ex=30)
            return await client.get("ep:tls:probe")
        finally:
            await client.aclose()

    assert asyncio.run(round_trip()) == b"cached"


def test_a_server_signed_by_another_ca_is_refused(tls_redis: tuple[int, ServerPki], tmp_path: Path) -> None:
    port, _ = tls_redis
    other = make_server_pki(tmp_path / "other", name="other")

    async def ping() -> object:
        client = redis_client(_settings(tmp_path, port, other.ca_cert))
        try:
            return await client.ping()
        finally:
            await client.aclose()

    with pytest.raises(redis.ConnectionError) as info:
        asyncio.run(ping())
    assert "certificate verify failed" in str(info.value)
    assert PASSWORD not in str(info.value)

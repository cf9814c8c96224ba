"""The shared Redis: set/get and a key that expires after its TTL."""

from __future__ import annotations

import pytest
import redis
from eventpipeline.infra.endpoints import Endpoints

from tests.support import eventually

pytestmark = pytest.mark.integration


def test_set_get_and_expiry(endpoints: Endpoints, redis_prefix: str) -> None:
    client = redis.Redis.from_url(endpoints.redis_url)
    try:
        client.set(redis_prefix + "kept", b"v1")
        client.set(redis_prefix + "short", b"v2", px=300)
        assert client.get(redis_prefix + "kept") == b"v1"
        assert client.pttl(redis_prefix + "short") > 0

        assert eventually(lambda: client.exists(redis_prefix + "short") == 0, timeout=10)
        assert client.get(redis_prefix + "kept") == b"v1"
    finally:
        client.close()

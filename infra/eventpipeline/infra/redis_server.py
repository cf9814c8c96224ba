"""Redis 7 on its own port and dir (the Debian package's service stays off)."""

from __future__ import annotations

from typing import ClassVar

import redis
from eventpipeline.infra import procs
from eventpipeline.infra.service import Service, require_executable


class Redis(Service):
    name = "redis"
    marker = "redis-server"
    start_timeout: ClassVar[float] = 30.0

    @property
    def ports(self) -> tuple[int, ...]:
        return (self.settings.redis_port,)

    @property
    def endpoint(self) -> str:
        return f"redis://{self.settings.host}:{self.settings.redis_port}/0"

    def prepare(self) -> None:
        require_executable(self, self.settings.redis_server, "redis-server (run `make setup`)")
        self.root.mkdir(parents=True, exist_ok=True)

    def command(self) -> list[str]:
        s = self.settings
        return [
            require_executable(self, s.redis_server, "redis-server"),
            "--bind", s.host,
            "--port", str(s.redis_port),
            "--dir", str(self.root),
            "--save", "",
            "--appendonly", "no",
            "--daemonize", "no",
            "--protected-mode", "no",
            "--maxmemory", "1gb",
            "--maxmemory-policy", "allkeys-lru",
        ]  # fmt: skip

    def healthy(self) -> bool:
        if not procs.port_open(self.settings.host, self.settings.redis_port):
            return False
        client = redis.Redis.from_url(self.endpoint, socket_timeout=2)
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False
        finally:
            client.close()

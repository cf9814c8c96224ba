"""An S3-compatible server for tests: moto's standalone server from the project's own virtualenv."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import ClassVar

from eventpipeline.infra import procs
from eventpipeline.infra.service import Service, python


class S3(Service):
    name = "s3"
    marker = "moto.server"
    start_timeout: ClassVar[float] = 60.0
    blocking: ClassVar[bool] = False  # moto imports for ~10 s on a busy box; nothing else waits for it

    @property
    def ports(self) -> tuple[int, ...]:
        return (self.settings.s3_port,)

    @property
    def endpoint(self) -> str:
        return f"http://{self.settings.host}:{self.settings.s3_port}"

    def prepare(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    def command(self) -> list[str]:
        return [python(), "-m", "moto.server", "-H", self.settings.host, "-p", str(self.settings.s3_port)]

    def healthy(self) -> bool:
        if not procs.port_open(self.settings.host, self.settings.s3_port):
            return False
        try:
            with urllib.request.urlopen(f"{self.endpoint}/moto-api/", timeout=3) as resp:  # noqa: S310 - loopback
                return int(resp.status) == 200
        except (urllib.error.URLError, OSError):
            return False

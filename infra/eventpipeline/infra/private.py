"""Throwaway servers for tests that must stop, kill or restart one (never the shared instance).

    from eventpipeline.infra.private import start_private_kafka, start_private_postgres

    with start_private_kafka(tmp_path / "kafka") as kafka:       # picks free ports
        produce_to(kafka.endpoint)                              # "127.0.0.1:<port>"
        kafka.stop()                                             # broker down mid-load ...
        kafka.start()                                            # ... and back, same data and port

    pg = start_private_postgres(tmp_path / "pg", replica=True)    # primary (+ optional streaming replica)
    pg.endpoint, pg.replica_endpoint                             # DSNs, db/user/password `eventpipeline`
    pg.kill()                                                    # SIGKILL: a crash, recovery on next start()
    pg.stop()

Each server lives under the given dir (data, logs/<name>.log, pid) with its own ports; the Kafka jars
come from the shared cache. `stop()` is idempotent and runs on `with` exit. Also `start_private_redis`.
"""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path
from types import TracebackType
from typing import Any

from eventpipeline.infra import procs
from eventpipeline.infra.control import bring_up
from eventpipeline.infra.kafka import Kafka
from eventpipeline.infra.postgres import PostgresPrimary, PostgresReplica
from eventpipeline.infra.redis_server import Redis
from eventpipeline.infra.service import Progress, Service
from eventpipeline.infra.settings import InfraSettings


class PrivateServer:
    """One private server (or a primary and its replica): start, stop, kill, with-block."""

    def __init__(self, *services: Service) -> None:
        self.services = list(services)

    @property
    def endpoint(self) -> str:
        """Kafka bootstrap, Postgres primary DSN or Redis URL."""
        return self.services[0].endpoint

    @property
    def replica_endpoint(self) -> str:
        if len(self.services) < 2:
            raise AttributeError("this private server has no replica (start_private_postgres(replica=True))")
        return self.services[1].endpoint

    @property
    def log(self) -> Path:
        return self.services[0].log

    def running(self) -> bool:
        return all(svc.pid() is not None for svc in self.services)

    def start(self) -> PrivateServer:
        """Start (again) and wait until healthy; data and ports are kept across stop/start."""
        bring_up(self.services, Progress(quiet=True))
        return self

    def stop(self) -> None:
        for svc in reversed(self.services):
            svc.stop()

    def kill(self) -> None:
        """SIGKILL, no clean shutdown: what a crash or an OOM kill looks like."""
        for svc in reversed(self.services):
            pid = svc.pid()
            if pid is not None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(pid, signal.SIGKILL)  # the whole process group: Postgres backends die with it
                procs.terminate(pid, sig=signal.SIGKILL, timeout=10)
            svc.stop()

    def __enter__(self) -> PrivateServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _settings(root: Path, **overrides: Any) -> InfraSettings:
    return InfraSettings(state_dir=root, **overrides)


def start_private_kafka(root: Path, port: int | None = None, controller_port: int | None = None) -> PrivateServer:
    ports = procs.free_ports(3)
    settings = _settings(
        root,
        kafka_port=port or ports[0],
        kafka_controller_port=controller_port or ports[1],
        kafka_sasl_port_override=ports[2],
        kafka_heap="512m",
    )
    return PrivateServer(Kafka(settings)).start()


def start_private_postgres(
    root: Path, port: int | None = None, *, replica: bool = False, replica_port: int | None = None
) -> PrivateServer:
    ports = procs.free_ports(2)
    settings = _settings(
        root,
        pg_primary_port=port or ports[0],
        pg_replica_port=replica_port or ports[1],
        pg_shared_buffers="128MB",
        pg_max_connections=50,
    )
    services: list[Service] = [PostgresPrimary(settings)]
    if replica:
        services.append(PostgresReplica(settings))
    return PrivateServer(*services).start()


def start_private_redis(root: Path, port: int | None = None) -> PrivateServer:
    return PrivateServer(Redis(_settings(root, redis_port=port or procs.free_port()))).start()

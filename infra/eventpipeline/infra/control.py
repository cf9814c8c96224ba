"""`up`, `down` and `status` over all local servers, serialised by a lock file in the state dir.

`up` is idempotent (a server whose pid is verifiably ours is left alone) and all-or-nothing: when any
step fails, whatever this run started is stopped again before the error is raised.
"""

from __future__ import annotations

import contextlib
import fcntl
import shutil
from collections.abc import Iterator

from eventpipeline.infra.endpoints import Endpoints, save
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.kafka import Kafka
from eventpipeline.infra.postgres import PostgresPrimary, PostgresReplica
from eventpipeline.infra.redis_server import Redis
from eventpipeline.infra.s3 import S3
from eventpipeline.infra.service import Progress, Service
from eventpipeline.infra.settings import InfraSettings


def all_services(settings: InfraSettings, progress: Progress) -> list[Service]:
    """In start order: the replica copies the running primary; Kafka's JVM warms up meanwhile."""
    return [
        Kafka(settings, progress),
        PostgresPrimary(settings, progress),
        PostgresReplica(settings, progress),
        Redis(settings, progress),
        S3(settings, progress),
    ]


@contextlib.contextmanager
def locked(settings: InfraSettings) -> Iterator[None]:
    """One `up`/`down` at a time per state dir (many test sessions may call `up` at once)."""
    try:
        settings.state_dir.mkdir(parents=True, exist_ok=True)
        fh = (settings.state_dir / "infra.lock").open("a")
    except OSError as exc:
        raise InfraError("infra", f"state dir {settings.state_dir} is not writable ({exc.strerror})") from exc
    with fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def bring_up(services: list[Service], progress: Progress) -> list[Service]:
    """Start what is not running and wait for all to be healthy; returns what this call started.

    On failure everything this call started is stopped again, then the error propagates.
    """
    started: list[Service] = []
    try:
        waiting: list[tuple[Service, int]] = []
        for svc in services:
            pid = svc.pid()
            if pid is not None:
                progress.say(svc.name, f"already running (pid {pid})")
                waiting.append((svc, pid))
                continue
            svc.prepare()
            with progress.step(svc.name, f"start on {', '.join(str(p) for p in svc.ports)}"):
                pid = svc.start()
                started.append(svc)
                if svc.blocking:
                    svc.wait_healthy(pid)
                    svc.after_healthy()
            if not svc.blocking:
                waiting.append((svc, pid))
        for svc, pid in waiting:
            if svc.healthy():
                svc.after_healthy()
                continue
            with progress.step(svc.name, "wait until healthy"):
                svc.wait_healthy(pid)
                svc.after_healthy()
    except BaseException:
        for svc in reversed(started):
            svc.stop()
        raise
    return started


def endpoints_of(settings: InfraSettings) -> Endpoints:
    kafka, primary, replica, redis, s3 = all_services(settings, Progress(quiet=True))
    sasl = Kafka(settings).sasl
    return Endpoints(
        kafka_sasl_bootstrap=sasl.bootstrap,
        kafka_sasl_username=sasl.username,
        kafka_sasl_password=sasl.password,
        kafka_bootstrap=kafka.endpoint,
        postgres_primary_dsn=primary.endpoint,
        postgres_replica_dsn=replica.endpoint,
        redis_url=redis.endpoint,
        s3_endpoint=s3.endpoint,
    )


def up(settings: InfraSettings, progress: Progress) -> Endpoints:
    with locked(settings):
        bring_up(all_services(settings, progress), progress)
        endpoints = endpoints_of(settings)
        save(endpoints, settings.endpoints_file)
        return endpoints


def down(settings: InfraSettings, progress: Progress, *, wipe: bool = False) -> None:
    with locked(settings):
        for svc in reversed(all_services(settings, progress)):
            pid = svc.pid()
            if pid is None:
                svc.stop()  # drops a stale pid file
                progress.say(svc.name, "not running")
            else:
                with progress.step(svc.name, f"stop pid {pid}"):
                    svc.stop()
            if wipe:
                shutil.rmtree(svc.root, ignore_errors=True)
        settings.endpoints_file.unlink(missing_ok=True)
        if wipe:
            shutil.rmtree(settings.log_dir, ignore_errors=True)
            progress.say("infra", f"wiped data under {settings.state_dir}")


def status(settings: InfraSettings) -> list[tuple[Service, int | None, bool]]:
    """(service, pid or None, healthy) per component."""
    rows = []
    for svc in all_services(settings, Progress(quiet=True)):
        pid = svc.pid()
        rows.append((svc, pid, pid is not None and svc.healthy()))
    return rows

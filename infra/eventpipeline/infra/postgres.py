"""PostgreSQL 15: a primary in its own data dir and a streaming replica of it, both as the `postgres` user.

The settings and pg_hba.conf are eventpipeline.infra.serverconf's (shared with the development chart). They go on
the command line (`-c`), not into postgresql.conf, so a changed setting applies at the next start and the replica
(a byte copy of the primary made by pg_basebackup) gets its own; pg_hba.conf is written next to each data dir.
No Unix socket is opened: everything, including role creation, goes over loopback TCP with a password,
which keeps the data dirs free of socket-path length limits and /var/run permissions.
"""

from __future__ import annotations

import abc
import os
import shutil
import signal
import stat
import subprocess
from pathlib import Path
from typing import ClassVar

import psycopg
from eventpipeline.infra import procs, serverconf
from eventpipeline.infra.service import Service
from eventpipeline.infra.settings import InfraSettings


class _Postgres(Service):
    marker = "postgres"
    stop_signal: ClassVar[signal.Signals] = signal.SIGINT  # "fast" shutdown: roll back sessions, checkpoint
    start_timeout: ClassVar[float] = 90.0
    port_attr: ClassVar[str]

    @property
    def user(self) -> str | None:
        return self.settings.pg_os_user

    @property
    def port(self) -> int:
        port: int = getattr(self.settings, self.port_attr)
        return port

    @property
    def ports(self) -> tuple[int, ...]:
        return (self.port,)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def workdir(self) -> Path:
        return self.data_dir

    @property
    def endpoint(self) -> str:
        return dsn(self.settings, self.port, self.settings.pg_database)

    @property
    def hba_file(self) -> Path:
        return self.root / "pg_hba.conf"

    def binary(self, name: str) -> str:
        return str(self.settings.pg_bin_dir / name)

    def prepare_dirs(self) -> None:
        if not (self.settings.pg_bin_dir / "postgres").exists():
            raise self.fail(f"PostgreSQL 15 not found in {self.settings.pg_bin_dir} (run `make setup`)")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            _make_traversable(self.root)
            shutil.chown(self.root, self.settings.pg_os_user, self.settings.pg_os_user)
            host = self.settings.host
            self.hba_file.write_text(serverconf.postgres_hba(networks=[f"{host}/128" if ":" in host else f"{host}/32"]))
        except (OSError, LookupError) as exc:
            raise self.fail(f"cannot prepare {self.root} for the {self.settings.pg_os_user} user ({exc})") from exc

    def run_as_postgres(self, cmd: list[str], message: str, env: dict[str, str] | None = None) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as out:
            rc = subprocess.run(
                cmd,
                cwd=self.root,
                stdout=out,
                stderr=out,
                env=env,
                user=self.settings.pg_os_user,
                group=self.settings.pg_os_user,
                extra_groups=[],
                check=False,
            )
        if rc.returncode != 0:
            raise self.fail(message)

    def command(self) -> list[str]:
        s = self.settings
        settings = serverconf.postgres_settings(
            listen=s.host,
            port=self.port,
            max_connections=s.pg_max_connections,
            shared_buffers=self.shared_buffers(),
            hba_file=str(self.hba_file),
        )
        return [self.binary("postgres"), "-D", str(self.data_dir), *serverconf.postgres_command_options(settings)]

    @abc.abstractmethod
    def shared_buffers(self) -> str: ...

    def start(self) -> int:
        """Drop a postmaster.pid left by a killed session: Postgres refuses to start when its pid is reused."""
        lock = self.data_dir / "postmaster.pid"
        pid = procs.read_pid(lock)
        if pid is not None and not procs.is_ours(pid, workdir=self.data_dir, token=self.marker):
            lock.unlink(missing_ok=True)
        return super().start()

    def query(self, sql: str, dbname: str = "postgres") -> object:
        with psycopg.connect(dsn(self.settings, self.port, dbname), connect_timeout=3, autocommit=True) as conn:
            row = conn.execute(sql).fetchone()
            return None if row is None else row[0]

    def healthy(self) -> bool:
        if not procs.port_open(self.settings.host, self.port):
            return False
        try:
            return self.query("select 1") == 1
        except psycopg.Error:
            return False


class PostgresPrimary(_Postgres):
    name = "postgres-primary"
    port_attr = "pg_primary_port"

    def prepare(self) -> None:
        self.prepare_dirs()
        if (self.data_dir / "PG_VERSION").exists():
            return
        with self.progress.step(self.name, "initdb"):
            tmp = self.root / "data.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            pwfile = self.root / "pwfile"
            pwfile.write_text(self.settings.pg_password + "\n")
            pwfile.chmod(0o600)
            shutil.chown(pwfile, self.settings.pg_os_user, self.settings.pg_os_user)
            try:
                self.run_as_postgres(
                    [
                        self.binary("initdb"),
                        "-D",
                        str(tmp),
                        "-U",
                        self.settings.pg_user,
                        f"--pwfile={pwfile}",
                        "--auth=scram-sha-256",
                        "-E",
                        "UTF8",
                        "--no-locale",
                    ],
                    "initdb failed",
                )
            finally:
                pwfile.unlink(missing_ok=True)
            tmp.rename(self.data_dir)

    def shared_buffers(self) -> str:
        return self.settings.pg_shared_buffers

    def after_healthy(self) -> None:
        """Create the application database once (the bootstrap superuser is already `eventpipeline`)."""
        name = self.settings.pg_database
        exists = self.query(f"select count(*) from pg_database where datname = '{name}'")
        if exists == 0:
            with psycopg.connect(dsn(self.settings, self.port, "postgres"), autocommit=True) as conn:
                conn.execute(f'create database "{name}"')


class PostgresReplica(_Postgres):
    name = "postgres-replica"
    port_attr = "pg_replica_port"

    def prepare(self) -> None:
        self.prepare_dirs()
        if (self.data_dir / "PG_VERSION").exists():
            return
        s = self.settings
        with self.progress.step(self.name, f"pg_basebackup from {s.host}:{s.pg_primary_port}"):
            tmp = self.root / "data.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            env = {"PATH": os.environ.get("PATH", ""), "PGPASSWORD": s.pg_password, "HOME": str(self.root)}
            self.run_as_postgres(
                [
                    self.binary("pg_basebackup"),
                    "-D",
                    str(tmp),
                    "-R",
                    "-X",
                    "stream",
                    "-c",
                    "fast",
                    "-w",
                    "-h",
                    s.host,
                    "-p",
                    str(s.pg_primary_port),
                    "-U",
                    s.pg_user,
                ],
                "pg_basebackup from the primary failed",
                env=env,
            )
            tmp.rename(self.data_dir)

    def shared_buffers(self) -> str:
        return "256MB"

    def healthy(self) -> bool:
        if not procs.port_open(self.settings.host, self.port):
            return False
        try:
            return self.query("select pg_is_in_recovery()") is True
        except psycopg.Error:
            return False


def dsn(settings: InfraSettings, port: int, dbname: str) -> str:
    s = settings
    return f"postgresql://{s.pg_user}:{s.pg_password}@{s.host}:{port}/{dbname}"


def _make_traversable(path: Path) -> None:
    """The postgres user must be able to walk down to its data dir (pytest's tmp dirs are mode 0700)."""
    for parent in [path, *path.parents]:
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            parent.chmod(mode | stat.S_IXOTH)

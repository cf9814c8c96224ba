"""Apache Kafka 4 (KRaft, one combined broker+controller) run from jars fetched off Maven Central.

There is no Kafka distribution tarball on the package registries, so the broker is assembled from
`org.apache.kafka:kafka_2.13` and its runtime dependencies, copied once by Maven into the cache
(the jars then survive fresh clones; Maven's own ~/.m2 does too).
"""

from __future__ import annotations

import base64
import contextlib
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import ClassVar

# The documented public path is confluent_kafka.admin; the package re-exports these without `__all__`.
from confluent_kafka.admin import (  # type: ignore[attr-defined]
    AdminClient,
    ScramCredentialInfo,
    ScramMechanism,
    UserScramCredentialDeletion,
    UserScramCredentialUpsertion,
)
from eventpipeline.common.kafka_client import KafkaConnection
from eventpipeline.infra import procs, serverconf
from eventpipeline.infra.service import Service, require_executable

_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>eventpipeline.local</groupId>
  <artifactId>kafka-broker-jars</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>{kafka}</version>
    </dependency>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>{log4j}</version>
    </dependency>
  </dependencies>
</project>
"""


def new_cluster_id() -> str:
    """A random KRaft cluster id (a UUID in URL-safe base64, as Kafka writes it) that never starts with '-'.

    Kafka's own Uuid.randomUuid draws again for the same reason: the storage tool's argument parser takes an id
    like `-bcd...` for an option and formatting fails, here once in 64 starts of a fresh broker.
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):
            return cluster_id


def upsert_scram_user(bootstrap: str, name: str, password: str) -> None:
    """Create or reset a SCRAM-SHA-512 user through a listener that needs no authentication (the plaintext one)."""
    admin = AdminClient({"bootstrap.servers": bootstrap, "log_level": 0})
    info = ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192)
    upsert = UserScramCredentialUpsertion(name, info, password.encode())
    for future in admin.alter_user_scram_credentials([upsert]).values():
        future.result(timeout=30)


def delete_scram_user(bootstrap: str, name: str) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap, "log_level": 0})
    for future in admin.alter_user_scram_credentials(
        [UserScramCredentialDeletion(name, ScramMechanism.SCRAM_SHA_512)]
    ).values():
        future.result(timeout=30)


class Kafka(Service):
    name = "kafka"
    marker = "kafka.Kafka"
    start_timeout: ClassVar[float] = 180.0
    blocking: ClassVar[bool] = False  # the JVM warms up while PostgreSQL initialises

    @property
    def ports(self) -> tuple[int, ...]:
        return (self.settings.kafka_port, self.settings.kafka_controller_port, self.settings.kafka_sasl_port)

    @property
    def endpoint(self) -> str:
        return f"{self.settings.host}:{self.settings.kafka_port}"

    @property
    def sasl(self) -> KafkaConnection:
        """The SASL_PLAINTEXT listener as the development user (SCRAM-SHA-512)."""
        s = self.settings
        return KafkaConnection(
            f"{s.host}:{s.kafka_sasl_port}",
            security_protocol="SASL_PLAINTEXT",
            username=s.kafka_sasl_username,
            password=s.kafka_sasl_password,
        )

    @property
    def jar_dir(self) -> Path:
        return self.settings.cache_dir / "kafka" / self.settings.kafka_version / "libs"

    @property
    def config(self) -> Path:
        return self.root / "server.properties"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def prepare(self) -> None:
        java = require_executable(self, self.settings.java, "JDK (java)")
        if not self.fetched():
            raise self.fail(f"kafka_2.13 {self.settings.kafka_version} jars not in {self.jar_dir} (run `make setup`)")
        self.root.mkdir(parents=True, exist_ok=True)
        self.config.write_text(self.server_properties())
        self.log4j_config.write_text(serverconf.KAFKA_LOG4J2)
        if not (self.data_dir / "meta.properties").exists():
            with self.progress.step(self.name, "format KRaft storage"):
                cluster_id = new_cluster_id()
                self._run(
                    [
                        java,
                        *self.jvm_options(),
                        "kafka.tools.StorageTool",
                        "format",
                        "--ignore-formatted",
                        f"--cluster-id={cluster_id}",
                        "-c",
                        str(self.config),
                    ],
                    "formatting the KRaft storage dir failed",
                )

    def fetched(self) -> bool:
        return (self.jar_dir / ".complete").exists()

    def fetch(self) -> None:
        """Copy kafka_2.13 and its runtime dependencies into the cache, once per version (set-up runs it)."""
        if self.fetched():
            return
        done = self.jar_dir / ".complete"
        version = self.settings.kafka_version
        with self.progress.step(self.name, f"fetch kafka_2.13 {version} + dependencies (Maven Central)"):
            mvn = require_executable(self, self.settings.mvn, "Maven (mvn)")
            work = self.jar_dir.parent
            try:
                work.mkdir(parents=True, exist_ok=True)
                (work / "pom.xml").write_text(_POM.format(kafka=version, log4j=self.settings.kafka_log4j_version))
                tmp = work / "libs.tmp"
                shutil.rmtree(tmp, ignore_errors=True)
            except OSError as exc:
                raise self.fail(f"cache dir {work} is not writable ({exc.strerror})") from exc
            self._run(
                [
                    mvn,
                    "-B",
                    "-f",
                    str(work / "pom.xml"),
                    "dependency:copy-dependencies",
                    f"-DoutputDirectory={tmp}",
                    "-DincludeScope=runtime",
                ],
                f"Maven could not fetch kafka_2.13 {version}",
            )
            shutil.rmtree(self.jar_dir, ignore_errors=True)
            tmp.rename(self.jar_dir)
            done.write_text(version + "\n")

    def command(self) -> list[str]:
        java = require_executable(self, self.settings.java, "JDK (java)")
        return [java, *self.jvm_options(), "kafka.Kafka", str(self.config)]

    def healthy(self) -> bool:
        if not procs.port_open(self.settings.host, self.settings.kafka_port):
            return False
        admin = AdminClient({"bootstrap.servers": self.endpoint, "log_level": 0})
        with contextlib.suppress(Exception):
            return bool(admin.list_topics(timeout=3).brokers)
        return False

    def after_healthy(self) -> None:
        """Create (or reset) the development SCRAM user through the plaintext listener, then wait until the SASL
        listener accepts it. Not `kafka-storage format --add-scram`: that only works on an empty data dir, and data
        dirs formatted before the SASL listener existed are kept across `make infra-up`s; an upsert serves both."""
        s = self.settings
        try:
            upsert_scram_user(self.endpoint, s.kafka_sasl_username, s.kafka_sasl_password)
        except Exception as exc:
            raise self.fail(f"creating the SCRAM user {s.kafka_sasl_username!r} failed: {exc}") from exc
        if not procs.port_open(s.host, s.kafka_sasl_port):
            raise self.fail(
                f"nothing listens on the SASL port {s.kafka_sasl_port}: this broker was started before its SASL"
                " listener existed; restart it (`make infra-down`, then `make infra-up`; the data is kept)"
            )
        if not procs.wait_until(self._sasl_accepts, timeout=30):
            raise self.fail(f"the SASL listener on port {s.kafka_sasl_port} refuses {s.kafka_sasl_username!r}")

    def _sasl_accepts(self) -> bool:
        admin = AdminClient({**self.sasl.config(), "log_level": 0})
        with contextlib.suppress(Exception):
            return bool(admin.list_topics(timeout=3).brokers)
        return False

    @property
    def log4j_config(self) -> Path:
        return self.root / "log4j2.properties"

    def jvm_options(self) -> list[str]:
        return serverconf.kafka_jvm_options(
            heap=self.settings.kafka_heap, classpath=f"{self.jar_dir}/*", log4j_config=str(self.log4j_config)
        )

    def _run(self, cmd: list[str], message: str) -> None:
        """Run a one-shot tool (format, Maven); its output goes to the log, and its last line into the error."""
        self.log.parent.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(
            cmd, cwd=self.root if self.root.exists() else None, capture_output=True, text=True, check=False
        )
        with self.log.open("a") as out:
            out.write(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            last = next(
                (line.strip() for line in reversed((proc.stdout + proc.stderr).splitlines()) if line.strip()), ""
            )
            raise self.fail(f"{message} (exit {proc.returncode}: {last[:300]})")

    def server_properties(self) -> str:
        s = self.settings
        return serverconf.render_properties(
            serverconf.kafka_properties(
                listen_host=s.host,
                port=s.kafka_port,
                controller_host=s.host,
                controller_port=s.kafka_controller_port,
                data_dir=str(self.data_dir),
                partitions=s.kafka_partitions,
                sasl_port=s.kafka_sasl_port,
            )
        )

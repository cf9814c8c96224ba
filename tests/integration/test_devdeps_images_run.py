"""The development dependencies' images in a real containerd, run the way the chart runs them: with the config
files the chart renders (helm template, so the generated settings and the values' extras), as their non-root users
on a read-only root file system. Kafka formats its storage and answers requests; PostgreSQL initialises a primary,
a replica copies it and streams a row; the S3 server stores an object; Redis runs as the operator runs it.

Each server runs in a network namespace of its own (nothing of the host's), its checks run inside it with
`ctr task exec`. The cluster-level behaviour (Services, probes, the host reaching them) is tests/e2e's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from eventpipeline.infra.devdeps import CHART
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images import DEVDEPS_IMAGES, ImageArchive, archives, load
from eventpipeline.infra.tools import Tools

from tests.integration.containerd_support import (
    bind,
    ctr,
    detached,
    exec_in,
    private_containerd,
    run,
    succeeds,
    task_pid,
)
from tests.support import eventually

pytestmark = pytest.mark.integration

PASSWORD = "s3cret-'pw"  # a quote on purpose: it travels through a Secret, an env var and initdb's pwfile


@pytest.fixture(scope="module")
def images() -> dict[str, ImageArchive]:
    try:
        return {image.name: image for image in archives() if image.name in DEVDEPS_IMAGES}
    except InfraError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="module")
def containerd(images: dict[str, ImageArchive]) -> Iterator[Path]:
    with private_containerd() as address:
        load(list(images.values()), address)
        yield address


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A directory the containers' users may write to (data dirs, /tmp), removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="ep-devdeps-", dir="/var/tmp"))
    root.chmod(0o755)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def rendered_config(tools: Tools, target: Path, *values: str) -> dict[str, Path]:
    """The chart's ConfigMaps (helm template with `values`), each written into a directory of its own."""
    proc = subprocess.run(
        [str(tools.helm), "template", "dev", str(CHART), *(arg for v in values for arg in ("--set", v))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    found = {}
    for doc in yaml.safe_load_all(proc.stdout):
        if doc and doc["kind"] == "ConfigMap":
            folder = target / doc["metadata"]["name"]
            folder.mkdir(parents=True)
            for name, text in doc["data"].items():
                (folder / name).write_text(text)
            found[doc["metadata"]["name"]] = folder
    return found


def owned_dir(path: Path, uid: int) -> Path:
    path.mkdir(parents=True)
    os.chown(path, uid, uid)
    return path


def tmp_dir(path: Path) -> Path:
    path.mkdir(parents=True)
    path.chmod(0o1777)
    return path


def env(**variables: str) -> list[str]:
    return [arg for key, value in variables.items() for arg in ("--env", f"{key}={value}")]


def name() -> str:
    return f"t-{uuid.uuid4().hex[:12]}"


def test_each_server_binary_runs_and_says_its_version(containerd: Path, images: dict[str, ImageArchive]) -> None:
    assert run(containerd, images["kafka"]).strip().endswith(images["kafka"].ref.rsplit(":", 1)[1])  # CMD: --version
    assert run(containerd, images["postgres"], "postgres", "--version").startswith("postgres (PostgreSQL) 15.")
    moto = run(
        containerd, images["s3"], "/opt/moto/bin/python", "-c", "import moto.server, moto; print(moto.__version__)"
    )
    assert moto.strip() == images["s3"].ref.rsplit(":", 1)[1]
    assert run(containerd, images["redis"], "redis-server", "--version").startswith("Redis server v=7.")


def test_kafka_formats_once_and_answers_with_the_charts_config(
    containerd: Path, images: dict[str, ImageArchive], tools: Tools, scratch: Path
) -> None:
    config = rendered_config(tools, scratch / "config", "kafka.extraProperties.num\\.partitions=5")["kafka-config"]
    data, tmp = owned_dir(scratch / "kafka", 1001), tmp_dir(scratch / "tmp")
    mounts = [*bind(config, "/etc/kafka", read_only=True), *bind(data, "/var/lib/kafka"), *bind(tmp, "/tmp")]
    options = ["--read-only", *mounts, *env(POD_IP="127.0.0.1")]
    image = images["kafka"].ref
    fmt = ["java", "@/etc/kafka/jvm.options", "kafka.tools.StorageTool", "format", "--ignore-formatted"]
    fmt += ["--cluster-id=ZXZlbnRwaXBlbGluZS1kZQ", "--config=/etc/kafka/server.properties"]
    once = ["run", "--rm", *options, image]
    ctr(containerd, *once, name(), *fmt)
    meta = (data / "data" / "meta.properties").read_text()
    assert "cluster.id=ZXZlbnRwaXBlbGluZS1kZQ" in meta
    ctr(containerd, *once, name(), *fmt)  # the init container at the next start: already formatted, exit 0
    assert (data / "data" / "meta.properties").read_text() == meta

    broker = name()
    command = ["java", "@/etc/kafka/jvm.options", "kafka.Kafka", "/etc/kafka/server.properties"]
    with detached(containerd, broker, *options, image, broker, *command):
        # The readiness probe's command: the broker answers an ApiVersions request.
        eventually(lambda: succeeds(containerd, broker, "kafka-ready", "127.0.0.1:9092"), timeout=120)
        assert (data / "data" / "__cluster_metadata-0").is_dir()
        for path in (data / "data").iterdir():
            assert path.stat().st_uid == 1001, path


def _psql(containerd: Path, container: str, port: int, sql: str) -> str:
    dsn = f"postgresql://eventpipeline:{PASSWORD.replace(chr(39), '%27')}@127.0.0.1:{port}/eventpipeline"
    return exec_in(containerd, container, "psql", "-X", "-At", dsn, "-c", sql).strip()


def test_postgres_primary_initialises_and_a_replica_streams_from_it(
    containerd: Path, images: dict[str, ImageArchive], tools: Tools, scratch: Path
) -> None:
    primary_config = rendered_config(tools, scratch / "primary")["postgres-config"]
    # The replica shares the primary's network namespace here, so it takes another port (through the values'
    # extras, as a user would change a setting).
    replica_config = rendered_config(tools, scratch / "replica", "postgres.extraSettings.port=5433")["postgres-config"]
    image = images["postgres"].ref
    credentials = env(
        PGDATA="/var/lib/postgresql/data/pgdata",
        PG_CONFIG_FILE="/etc/postgresql/postgresql.conf",
        POSTGRES_DB="eventpipeline",
        POSTGRES_USER="eventpipeline",
        POSTGRES_PASSWORD=PASSWORD,
    )

    def options(config: Path, role: str) -> list[str]:
        data, tmp = owned_dir(scratch / f"{role}-data", 999), tmp_dir(scratch / f"{role}-tmp")
        mounts = [*bind(config, "/etc/postgresql", read_only=True), *bind(data, "/var/lib/postgresql/data")]
        return ["--read-only", *mounts, *bind(tmp, "/tmp"), *credentials]

    primary = name()
    with detached(containerd, primary, *options(primary_config, "primary"), image, primary, "pg-start", "primary"):
        eventually(lambda: succeeds(containerd, primary, "pg_isready", "-q", "-h", "127.0.0.1"), timeout=60)
        eventually(lambda: _psql(containerd, primary, 5432, "select 1") == "1", timeout=60)
        assert _psql(containerd, primary, 5432, "show password_encryption") == "scram-sha-256"
        assert _psql(containerd, primary, 5432, "show hba_file") == "/etc/postgresql/pg_hba.conf"
        _psql(containerd, primary, 5432, "create table t (v text); insert into t values ('before the copy')")

        replica = name()
        netns = f"network:/proc/{task_pid(containerd, primary)}/ns/net"
        replica_opts = [*options(replica_config, "replica"), *env(PRIMARY_HOST="127.0.0.1", PRIMARY_PORT="5432")]
        with detached(containerd, replica, *replica_opts, "--with-ns", netns, image, replica, "pg-start", "replica"):
            eventually(lambda: _psql(containerd, replica, 5433, "select pg_is_in_recovery()") == "t", timeout=120)
            assert _psql(containerd, replica, 5433, "select v from t") == "before the copy"
            _psql(containerd, primary, 5432, "insert into t values ('streamed')")
            eventually(lambda: "streamed" in _psql(containerd, replica, 5433, "select v from t"), timeout=60)
            assert (scratch / "replica-data" / "pgdata" / "standby.signal").exists()
    assert not (scratch / "primary-data" / "pgdata.new").exists()  # made, then moved into place


def test_s3_stores_and_returns_an_object(containerd: Path, images: dict[str, ImageArchive], scratch: Path) -> None:
    server = name()
    script = (
        "import boto3; s3 = boto3.client('s3', endpoint_url='http://127.0.0.1:9000', region_name='us-east-1', "
        "aws_access_key_id='dev', aws_secret_access_key='dev'); s3.create_bucket(Bucket='archive'); "
        "s3.put_object(Bucket='archive', Key='a/b.json', Body=b'{\"n\": 1}'); "
        "print(s3.get_object(Bucket='archive', Key='a/b.json')['Body'].read().decode())"
    )
    image = images["s3"].ref
    with detached(containerd, server, "--read-only", *bind(tmp_dir(scratch / "tmp"), "/tmp"), image, server):
        probe = [
            "/opt/moto/bin/python",
            "-c",
            "import urllib.request as u; u.urlopen('http://127.0.0.1:9000/moto-api/')",
        ]
        eventually(lambda: succeeds(containerd, server, *probe), timeout=60)
        assert exec_in(containerd, server, "/opt/moto/bin/python", "-c", script).strip() == '{"n": 1}'


def test_redis_runs_as_the_operator_runs_it_with_protected_mode_off(
    containerd: Path, images: dict[str, ImageArchive], scratch: Path
) -> None:
    server = name()
    data = owned_dir(scratch / "data", 999)
    # builders/redis.py: `command: [redis-server]`, these args, uid 999, read-only root, /data an emptyDir.
    args = ["redis-server", "--port", "6379", "--save", "", "--appendonly", "no", "--maxmemory-policy", "allkeys-lru"]
    with detached(containerd, server, "--read-only", *bind(data, "/data"), images["redis"].ref, server, *args):
        eventually(lambda: succeeds(containerd, server, "redis-cli", "ping"))
        assert exec_in(containerd, server, "redis-cli", "ping").strip() == "PONG"
        assert exec_in(containerd, server, "redis-cli", "config", "get", "protected-mode").split() == [
            "protected-mode",
            "no",
        ]
        assert exec_in(containerd, server, "id", "-u").strip() == "999"

"""The archives set-up built (`make images`), read as files: names, users, entrypoints, and what the layers hold.

Nothing is built here; a missing or stale archive fails the test naming `make images`.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator

import pytest
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images import (
    COREDNS_IMAGE,
    DEVDEPS_IMAGES,
    PAUSE_IMAGE,
    PRODUCT_TARGETS,
    ImageArchive,
    archives,
    devdeps_image,
)
from eventpipeline.infra.images.archive import Manifest, layers, opened, read_config, read_manifest
from eventpipeline.infra.kafka import Kafka
from eventpipeline.infra.settings import InfraSettings

pytestmark = pytest.mark.integration

SITE = "app/.venv/lib/python3.11/site-packages"


@pytest.fixture(scope="module")
def built() -> dict[str, ImageArchive]:
    try:
        return {image.name: image for image in archives()}
    except InfraError as exc:
        pytest.fail(str(exc), pytrace=False)


def contents(image: ImageArchive) -> Iterator[tuple[Manifest, dict[str, object], list[tarfile.TarInfo]]]:
    with opened(image.path) as tar:
        manifest = read_manifest(tar)
        members = [member for layer in layers(tar, manifest) for member in layer.getmembers()]
        yield manifest, read_config(tar, manifest), members


def names(members: list[tarfile.TarInfo]) -> set[str]:
    return {m.name.removeprefix("./") for m in members}


def test_the_node_gets_pause_coredns_the_four_products_and_the_dev_dependencies(
    built: dict[str, ImageArchive],
) -> None:
    assert sorted(built) == sorted(["pause", "coredns", *PRODUCT_TARGETS, *DEVDEPS_IMAGES])
    for image in built.values():
        manifest, _, _ = next(contents(image))
        assert manifest.repo_tags == (image.ref,)
        assert manifest.image_id == image.image_id  # the id `load` compares with containerd's


@pytest.mark.parametrize("target", PRODUCT_TARGETS)
def test_a_product_image_runs_its_tier_as_10001_and_holds_the_product_only(
    built: dict[str, ImageArchive], target: str
) -> None:
    _, config, members = next(contents(built[target]))
    run = config["config"]
    assert isinstance(run, dict)
    assert run["User"] == "10001:10001"
    assert run["Entrypoint"] == ["/app/.venv/bin/python", "-m", f"eventpipeline.{target}"]
    files = names(members)
    assert f"{SITE}/eventpipeline/{target}/__main__.py" in files
    assert f"{SITE}/eventpipeline/common/__init__.py" in files
    assert f"{SITE}/eventpipeline/{target}/__pycache__" in {f.rsplit("/", 1)[0] for f in files}  # compiled
    leaked = sorted(f for f in files if "eventpipeline/infra" in f or "eventpipeline_infra" in f)
    assert not leaked, leaked[:5]
    assert not [f for f in files if f.startswith(("src/", "opt/uv", "venv/"))]  # nothing of the build stage
    # Each image has its own tier's libraries only: the operator's kubernetes client and boto3 stay in its image.
    assert (f"{SITE}/kubernetes/__init__.py" in files) == (target == "operator")
    assert (f"{SITE}/boto3/__init__.py" in files) == (target == "operator")
    assert (f"{SITE}/starlette/__init__.py" in files) == (target in ("ingest", "analytics"))


def test_pause_is_one_static_binary_run_as_nobody(built: dict[str, ImageArchive]) -> None:
    _, config, members = next(contents(built["pause"]))
    run = config["config"]
    assert isinstance(run, dict)
    assert (run["Entrypoint"], run["User"]) == (["/pause"], "65535:65535")
    assert [m.name.removeprefix("./") for m in members if m.isreg()] == ["pause"]
    assert built["pause"].ref == PAUSE_IMAGE


def test_coredns_is_the_binary_set_up_built_allowed_to_bind_port_53(built: dict[str, ImageArchive]) -> None:
    _, config, members = next(contents(built["coredns"]))
    run = config["config"]
    assert isinstance(run, dict)
    assert (run["Entrypoint"], run["User"]) == (["/coredns"], "65532:65532")
    (binary,) = [m for m in members if m.isreg()]
    assert binary.name.removeprefix("./") == "coredns"
    assert "SCHILY.xattr.security.capability" in binary.pax_headers  # setcap cap_net_bind_service
    assert built["coredns"].ref == COREDNS_IMAGE


def _run_config(image: ImageArchive) -> tuple[dict[str, object], set[str], dict[str, tarfile.TarInfo]]:
    _, config, members = next(contents(image))
    run = config["config"]
    assert isinstance(run, dict)
    return run, names(members), {m.name.removeprefix("./"): m for m in members}


def _diff_ids(image: ImageArchive) -> list[str]:
    _, config, _ = next(contents(image))
    rootfs = config["rootfs"]
    assert isinstance(rootfs, dict)
    return list(rootfs["diff_ids"])


def test_dev_images_are_one_layer_over_the_products_base(built: dict[str, ImageArchive]) -> None:
    base = _diff_ids(built["ingest"])[0]
    for name in DEVDEPS_IMAGES:
        assert built[name].ref == devdeps_image(name)
        assert _diff_ids(built[name])[0] == base, name  # a node stores the Debian base once for all of them


def test_kafka_is_a_headless_jre_and_the_jars_the_host_run_broker_uses(built: dict[str, ImageArchive]) -> None:
    run, files, members = _run_config(built["kafka"])
    assert (run["User"], run["Entrypoint"]) == ("1001:1001", ["java"])
    jars = {f.removeprefix("opt/kafka/libs/") for f in files if f.startswith("opt/kafka/libs/") and f.endswith(".jar")}
    assert jars == {jar.name for jar in Kafka(InfraSettings()).jar_dir.glob("*.jar")}
    assert "usr/lib/jvm/java-17-openjdk-amd64/bin/java" in files
    assert members["usr/local/bin/kafka-ready"].mode & 0o111
    assert not [f for f in files if f.startswith("usr/lib/jvm/") and "/jmods/" in f]  # a JRE, not a JDK


def test_postgres_runs_as_999_without_llvm(built: dict[str, ImageArchive]) -> None:
    run, files, members = _run_config(built["postgres"])
    assert (run["User"], run["Entrypoint"], run["Cmd"]) == ("999:999", ["pg-start"], ["primary"])
    for binary in ("postgres", "initdb", "pg_basebackup", "pg_isready"):
        assert f"usr/lib/postgresql/15/bin/{binary}" in files, binary
    assert members["usr/local/bin/pg-start"].mode & 0o111
    assert not [f for f in files if "llvmjit" in f or "libLLVM" in f]
    env = run["Env"]
    assert isinstance(env, list)
    assert "PGDATA=/var/lib/postgresql/data/pgdata" in env


def test_s3_is_moto_for_s3_only_at_the_locked_version(built: dict[str, ImageArchive]) -> None:
    run, files, _ = _run_config(built["s3"])
    assert run["User"] == "1002:1002"
    assert run["Entrypoint"] == ["/opt/moto/bin/python", "-m", "moto.server"]
    site = "opt/moto/lib/python3.11/site-packages"
    version = devdeps_image("s3").rsplit(":", 1)[1]
    assert f"{site}/moto-{version}.dist-info/METADATA" in files
    assert f"{site}/flask/__init__.py" in files
    assert not [f for f in files if f.startswith((f"{site}/cfnlint/", f"{site}/sympy/", f"{site}/pip/"))]
    assert f"{site}/moto/s3/__pycache__" in {f.rsplit("/", 1)[0] for f in files}  # compiled: read-only root


def test_redis_has_redis_server_on_path_for_uid_999(built: dict[str, ImageArchive]) -> None:
    run, files, members = _run_config(built["redis"])
    assert built["redis"].ref == "docker.io/library/redis:7.2-alpine"
    assert (run["User"], run["Cmd"], run["WorkingDir"]) == ("999:999", ["redis-server"], "/data")
    assert "usr/bin/redis-server" in files
    wrapper = members["usr/local/bin/redis-server"]  # ahead of /usr/bin on PATH: protected mode off
    assert wrapper.mode & 0o111
    assert (members["data"].uid, members["data"].gid) == (999, 999)

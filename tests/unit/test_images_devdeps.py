"""The development dependencies' images: their names, their build contexts, and what decides a rebuild."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from eventpipeline.common.api.redis import ManagedRedis
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images import devdeps, refs

pytestmark = pytest.mark.unit


def test_dev_images_are_local_names_tagged_with_what_they_run() -> None:
    assert refs.devdeps_image("postgres") == "localhost/eventpipeline/postgres:15"
    assert refs.devdeps_image("s3") == f"localhost/eventpipeline/s3:{refs.locked_version('moto')}"
    assert refs.devdeps_image("kafka").startswith("localhost/eventpipeline/kafka:4.")
    with pytest.raises(ValueError, match="unknown development image"):
        refs.devdeps_image("mysql")


def test_redis_carries_the_operators_default_managed_redis_name_as_containerd_stores_it() -> None:
    assert ManagedRedis().image == "redis:7.2-alpine"
    assert refs.devdeps_image("redis") == "docker.io/library/redis:7.2-alpine"
    assert refs.qualified("bitnami/redis:7") == "docker.io/bitnami/redis:7"
    assert refs.qualified("ghcr.io/eventpipeline/ingest:0.1.0") == "ghcr.io/eventpipeline/ingest:0.1.0"
    assert refs.qualified("localhost/eventpipeline/kafka:4") == "localhost/eventpipeline/kafka:4"
    assert refs.qualified("localhost:5000/x:1") == "localhost:5000/x:1"


@pytest.mark.parametrize(("name", "script"), [("postgres", "pg-start"), ("redis", "redis-server")])
def test_a_context_is_the_containerfile_and_its_executable_scripts(tmp_path: Path, name: str, script: str) -> None:
    context = devdeps.write_context(name, tmp_path / "ctx")
    assert sorted(p.name for p in context.iterdir()) == sorted(["Containerfile", script])
    assert (context / script).stat().st_mode & 0o111
    assert f"COPY {script} " in (context / "Containerfile").read_text()


def test_the_s3_context_pins_what_uv_lock_pins(tmp_path: Path) -> None:
    context = devdeps.write_context("s3", tmp_path / "ctx")
    assert (context / "requirements.txt").read_text().split() == ["moto[s3]", "flask", "flask-cors"]
    pins = (context / "constraints.txt").read_text().splitlines()
    assert f"moto=={refs.locked_version('moto')}" in pins
    assert [p for p in pins if p.startswith("flask==")]
    assert not [p for p in pins if p.startswith(("#", "-e", "."))]  # requirement lines only, no workspace


def test_a_context_goes_into_an_empty_directory_only(tmp_path: Path) -> None:
    (tmp_path / "ctx").mkdir()
    (tmp_path / "ctx" / "stale").write_text("x")
    with pytest.raises(InfraError, match="not empty"):
        devdeps.write_context("redis", tmp_path / "ctx")


def test_a_rebuild_follows_the_context_not_where_the_checkout_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = devdeps.inputs("postgres")
    copy = tmp_path / "elsewhere" / "containerfiles"
    shutil.copytree(devdeps.SOURCES, copy)
    monkeypatch.setattr(devdeps, "SOURCES", copy)
    assert devdeps.inputs("postgres") == before  # same files under another path: no rebuild
    script = copy / "postgres" / "pg-start"
    script.write_text(script.read_text() + "# changed\n")
    assert devdeps.inputs("postgres")["files"] != before["files"]
    script.chmod(0o644)
    changed = devdeps.inputs("postgres")["files"]
    script.chmod(0o755)
    assert changed != devdeps.inputs("postgres")["files"]  # the executable bit counts

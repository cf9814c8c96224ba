"""The built images in a real containerd: `load` imports each once, and each image runs under runc as its
config says (non-root, read-only root file system) with a real process: the product images' Python imports every
module of its tier, pause and CoreDNS print their versions.

The containerd here is private to this module (own root, state and socket under /var/tmp, CRI plugin off), so it
never touches a node's. Nothing is built: the archives are set-up's.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images import PRODUCT_TARGETS, ImageArchive, archives, load, loaded_image_id

from tests.integration.containerd_support import ctr, private_containerd, run, task_status
from tests.support import eventually

pytestmark = pytest.mark.integration

# Imports every module of the tier (not `__main__`, which would start it), then says who it ran as and whether
# the dev infrastructure is importable.
IMPORT_TIER = """\
import importlib, importlib.util, json, os, pkgutil
tier = importlib.import_module("eventpipeline.{target}")
modules = pkgutil.walk_packages(tier.__path__, tier.__name__ + ".")
names = [m.name for m in modules if not m.name.endswith(".__main__")]
for name in names:
    importlib.import_module(name)
print(json.dumps({{"uid": os.getuid(), "gid": os.getgid(), "modules": len(names), "file": tier.__file__,
                  "infra": importlib.util.find_spec("eventpipeline.infra") is not None}}))
"""


@pytest.fixture(scope="module")
def built() -> list[ImageArchive]:
    try:
        return archives()
    except InfraError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="module")
def containerd() -> Iterator[Path]:
    with private_containerd() as address:
        yield address


@pytest.fixture(scope="module")
def first_load(built: list[ImageArchive], containerd: Path) -> list[ImageArchive]:
    return load(built, containerd)


def test_load_imports_each_image_once(
    built: list[ImageArchive], containerd: Path, first_load: list[ImageArchive]
) -> None:
    assert [i.name for i in first_load] == [i.name for i in built]
    for image in built:
        assert loaded_image_id(image.ref, containerd) == image.image_id
    assert load(built, containerd) == []  # same ids already there: nothing imported again


@pytest.mark.parametrize("target", PRODUCT_TARGETS)
def test_a_product_image_imports_its_whole_tier_as_10001_on_a_read_only_root(
    built: list[ImageArchive], containerd: Path, first_load: list[ImageArchive], target: str
) -> None:
    (image,) = [i for i in built if i.name == target]
    report = json.loads(run(containerd, image, "/app/.venv/bin/python", "-c", IMPORT_TIER.format(target=target)))
    assert (report["uid"], report["gid"]) == (10001, 10001)
    assert report["file"] == f"/app/.venv/lib/python3.11/site-packages/eventpipeline/{target}/__init__.py"
    assert report["modules"] >= 5
    assert report["infra"] is False


def test_pause_and_coredns_run_their_binaries(
    built: list[ImageArchive], containerd: Path, first_load: list[ImageArchive]
) -> None:
    by_name = {i.name: i for i in built}
    assert run(containerd, by_name["pause"], "/pause", "-v").startswith("pause.c v1.")
    assert "CoreDNS-1." in run(containerd, by_name["coredns"], "/coredns", "-version")


def test_coredns_serves_port_53_as_non_root(
    built: list[ImageArchive], containerd: Path, first_load: list[ImageArchive]
) -> None:
    """As 65532 with no_new_privs, the binary's file capability binds port 53 while the container keeps
    NET_BIND_SERVICE (a pod that drops ALL and adds it back, as kubeadm's CoreDNS does)."""
    (image,) = [i for i in built if i.name == "coredns"]
    corefile, log = containerd.parent / "Corefile", containerd.parent / "coredns.log"
    corefile.write_text(".:53 {\n    errors\n}\n")
    name = f"dns-{uuid.uuid4().hex[:12]}"
    mount = f"type=bind,src={corefile},dst=/etc/coredns/Corefile,options=rbind:ro"
    ctr(containerd, "run", "-d", "--read-only", "--log-uri", f"file://{log}", "--mount", mount, image.ref, name,
        "/coredns", "-conf", "/etc/coredns/Corefile")  # fmt: skip
    try:
        # CoreDNS prints its banner once every listener is up; a refused bind ends it with the error instead.
        eventually(lambda: log.exists() and "CoreDNS-1." in log.read_text(), timeout=60)
        assert "permission denied" not in log.read_text()
        assert task_status(containerd, name) == "RUNNING"
    finally:
        ctr(containerd, "task", "kill", "-s", "SIGKILL", name, check=False)
        eventually(lambda: task_status(containerd, name) != "RUNNING", timeout=30)
        ctr(containerd, "task", "delete", name, check=False)
        ctr(containerd, "container", "delete", name)

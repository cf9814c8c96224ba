"""The archives set-up built (`make images`), read as files: names, users, entrypoints, and what the layers hold.

Nothing is built here; a missing or stale archive fails the test naming `make images`.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator

import pytest
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images import COREDNS_IMAGE, PAUSE_IMAGE, PRODUCT_TARGETS, ImageArchive, archives
from eventpipeline.infra.images.archive import Manifest, layers, opened, read_config, read_manifest

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


def test_the_node_gets_pause_coredns_and_the_four_products(built: dict[str, ImageArchive]) -> None:
    assert sorted(built) == sorted(["pause", "coredns", *PRODUCT_TARGETS])
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

"""The images' names and where their base comes from: what a node, the chart and the operator ask for."""

from __future__ import annotations

import tomllib

import pytest
import yaml
from eventpipeline.common.api.tiers import AnalyticsTier, ConsumerTier, IngestTier
from eventpipeline.infra.images import refs, rootfs
from eventpipeline.infra.images.buildah import step_images
from eventpipeline.infra.paths import REPO_ROOT

pytestmark = pytest.mark.unit


def test_product_images_carry_the_operators_defaults_and_the_project_version() -> None:
    version = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["version"]
    chart = yaml.safe_load((REPO_ROOT / "charts/eventpipeline-operator/Chart.yaml").read_text())
    values = yaml.safe_load((REPO_ROOT / "charts/eventpipeline-operator/values.yaml").read_text())
    assert refs.product_image("ingest") == f"ghcr.io/eventpipeline/ingest:{version}"
    # what the operator puts in a pod when the EventPipeline names no image
    assert [refs.product_image(t) for t in ("ingest", "consumer", "analytics")] == [
        IngestTier().image,
        ConsumerTier().image,
        AnalyticsTier().image,
    ]
    assert refs.product_image("operator") == f"{values['image']['repository']}:{chart['appVersion']}"
    with pytest.raises(ValueError, match="unknown image target"):
        refs.product_image("infra")


def test_node_images_are_local_names_at_the_pinned_versions() -> None:
    assert refs.PAUSE_IMAGE.startswith("localhost/eventpipeline/pause:v1.")
    assert refs.COREDNS_IMAGE.startswith("localhost/eventpipeline/coredns:v1.")


DEB822 = """\
Types: deb
# a comment
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example/debian-security
Suites: bookworm-security
Components: main
"""


def test_the_mirror_is_the_one_apt_uses_for_the_suite() -> None:
    assert rootfs.mirror_from_sources(DEB822) == "http://mirror.example/debian"
    assert rootfs.mirror_from_sources(DEB822, "bookworm-security") == "http://mirror.example/debian-security"
    one_line = "deb [arch=amd64 signed-by=/k.gpg] http://m.example/debian bookworm main\n"
    assert rootfs.mirror_from_sources(one_line) == "http://m.example/debian"
    assert rootfs.mirror_from_sources("deb http://m.example/debian trixie main\n") is None


def test_the_rootfs_key_follows_the_package_list_only(monkeypatch: pytest.MonkeyPatch) -> None:
    before = rootfs.rootfs_key()
    monkeypatch.setattr(rootfs, "PACKAGES", (*rootfs.PACKAGES, "curl"))
    assert rootfs.rootfs_key() != before
    monkeypatch.setattr(rootfs, "PACKAGES", tuple(reversed(rootfs.PACKAGES[:-1])))
    assert rootfs.rootfs_key() == before  # the order the list is written in does not matter


def test_the_layer_cache_of_a_build_is_read_from_its_output() -> None:
    output = """\
[1/3] STEP 9/13: RUN uv sync
--> Using cache 50bbafb5e3937425d2d2fe9b44ea95b2084ec40c7c718b07b8eb14c866a4d80e
--> 50bbafb5e39
[1/3] STEP 10/13: COPY common/ common/
--> a88cabee5fa
Installed 1 package in 92ms
[3/3] COMMIT ghcr.io/eventpipeline/operator:0.1.0
--> ace1dffd5e0
"""
    assert step_images(output) == [
        "50bbafb5e3937425d2d2fe9b44ea95b2084ec40c7c718b07b8eb14c866a4d80e",
        "50bbafb5e39",
        "a88cabee5fa",
        "ace1dffd5e0",
    ]

"""The wrapper-module inputs for the control-plane build: replaces, version stamps, module lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventpipeline.infra.cluster import build
from eventpipeline.infra.gotools import GoModuleBuild, binaries_dir

pytestmark = pytest.mark.unit

GOMOD = """module k8s.io/kubernetes

go 1.26.0

require (
\tgithub.com/foo/bar v1.2.3
\tk8s.io/api v0.0.0
\tk8s.io/streaming v0.0.0
\tk8s.io/client-go v0.0.0
)

replace (
\tk8s.io/api => ./staging/src/k8s.io/api
\tk8s.io/client-go => ./staging/src/k8s.io/client-go
\tk8s.io/sample-cli-plugin => ./staging/src/k8s.io/sample-cli-plugin
\tk8s.io/streaming => ./staging/src/k8s.io/streaming
\tgithub.com/other/mod => github.com/fork/mod v1.0.0
)
"""


def test_staging_replaces_cover_required_staging_modules_only() -> None:
    replaces = build.staging_replaces(GOMOD, "v0.36.3")
    assert replaces == {
        "k8s.io/api": "k8s.io/api v0.36.3",
        "k8s.io/client-go": "k8s.io/client-go v0.36.3",
        "k8s.io/streaming": "k8s.io/streaming v0.36.3",
    }


def test_kubernetes_build_pins_published_staging_version_and_four_binaries() -> None:
    spec = build.kubernetes_build(GOMOD, "v1.36.3")
    assert spec.replaces["k8s.io/api"] == "k8s.io/api v0.36.3"
    assert set(spec.binaries) == {"kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl"}
    assert "-X k8s.io/component-base/version.gitVersion=v1.36.3" in spec.ldflags
    assert "-X k8s.io/client-go/pkg/version.gitMinor=36" in spec.ldflags
    assert "-X k8s.io/client-go/pkg/version.gitMajor=1" in spec.ldflags


def test_etcd_build_requires_sibling_modules_at_the_same_version() -> None:
    spec = build.etcd_build("v3.6.16")
    assert spec.requires == {
        "go.etcd.io/etcd/api/v3": "v3.6.16",
        "go.etcd.io/etcd/client/pkg/v3": "v3.6.16",
        "go.etcd.io/etcd/client/v3": "v3.6.16",
        "go.etcd.io/etcd/pkg/v3": "v3.6.16",
    }
    assert spec.binaries == {"etcd": "go.etcd.io/etcd/server/v3"}


def test_binaries_dir_is_in_the_cache_per_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTPIPELINE_CACHE", str(tmp_path))
    spec = GoModuleBuild(name="x", module="example.com/x", version="v1.0.0", binaries={"x": "example.com/x"})
    assert binaries_dir(spec) == tmp_path / "bin" / "x-v1.0.0"
    assert build.cached_binaries().kube_apiserver.parent == tmp_path / "bin" / f"kubernetes-{build.KUBERNETES_VERSION}"

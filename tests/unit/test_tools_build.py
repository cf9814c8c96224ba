"""The wrapper module of the one Go tools build: replaces, version stamps, module lines, cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventpipeline.infra import tools
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.gotools import GoModuleBuild, binaries_dir, built, default_binary_name, wrapper_files

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
    assert tools.staging_replaces(GOMOD, "v0.36.3") == {
        "k8s.io/api": "k8s.io/api v0.36.3",
        "k8s.io/client-go": "k8s.io/client-go v0.36.3",
        "k8s.io/streaming": "k8s.io/streaming v0.36.3",
    }


def test_the_build_pins_every_tool_and_stamps_versions() -> None:
    spec = tools.tools_build(GOMOD)
    assert spec.replaces["k8s.io/api"] == f"k8s.io/api v0.{tools.KUBERNETES_VERSION.split('.', 1)[1]}"
    assert spec.requires["k8s.io/kubernetes"] == tools.KUBERNETES_VERSION
    # etcd's server module replaces its siblings locally: the wrapper requires each at the server's version.
    for sibling in ("api/v3", "client/pkg/v3", "client/v3", "pkg/v3"):
        assert spec.requires[f"go.etcd.io/etcd/{sibling}"] == tools.ETCD_VERSION
    assert set(spec.binaries) == {f.replace("_", "-") for f in tools.Tools.__dataclass_fields__}
    assert f"-X k8s.io/component-base/version.gitVersion={tools.KUBERNETES_VERSION}" in spec.ldflags
    assert "-X k8s.io/client-go/pkg/version.gitMajor=1" in spec.ldflags
    assert f"-X helm.sh/helm/v3/internal/version.version={tools.HELM_VERSION}" in spec.ldflags
    assert "-X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=36" in spec.ldflags


def test_the_wrapper_imports_dependency_mains_and_carries_our_coredns_main() -> None:
    files = wrapper_files(tools.tools_build(GOMOD))
    assert '\t_ "k8s.io/kubernetes/cmd/kubelet"\n' in files["tools.go"]
    assert "cmd/coredns" not in files["tools.go"]  # a package of the wrapper itself, not a dependency
    assert "coremain.Run()" in files["cmd/coredns/main.go"]
    assert "plugin/forward" not in files["cmd/coredns/main.go"]  # cluster DNS never asks a resolver outside
    assert "replace k8s.io/api => k8s.io/api v0.36.3\n" in files["go.mod"]


def test_the_cache_folder_changes_with_any_pin_and_not_with_the_generated_replaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTPIPELINE_CACHE", str(tmp_path))
    spec = GoModuleBuild(name="x", requires={"example.com/x": "v1.0.0"}, binaries={"x": "example.com/x"})
    bumped = GoModuleBuild(name="x", requires={"example.com/x": "v1.0.1"}, binaries={"x": "example.com/x"})
    replaced = GoModuleBuild(
        name="x", requires={"example.com/x": "v1.0.0"}, binaries={"x": "example.com/x"}, replaces={"a": "b v1"}
    )
    assert binaries_dir(spec).parent == tmp_path / "bin"
    assert binaries_dir(spec) != binaries_dir(bumped)
    assert binaries_dir(spec) == binaries_dir(replaced)
    assert tools.tools().kubectl.parent == binaries_dir(tools.tools_build(GOMOD))


def test_nothing_is_found_or_built_outside_set_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTPIPELINE_CACHE", str(tmp_path))
    assert built(tools.tools_build()) is None
    with pytest.raises(InfraError, match=r"tools: not built: .*kubectl.*\(run `make setup`\)"):
        tools.installed()
    assert not (tmp_path / "gobuild").exists()  # locating never starts a build


@pytest.mark.parametrize(
    ("package", "binary"),
    [
        ("k8s.io/kubernetes/cmd/kubelet", "kubelet"),
        ("go.etcd.io/etcd/server/v3", "server"),
        ("github.com/tsenart/vegeta/v12", "vegeta"),
        ("example.com/tools/v1", "v1"),  # v1 is never a major-version suffix
    ],
)
def test_binary_names_follow_go_build(package: str, binary: str) -> None:
    assert default_binary_name(package) == binary

"""Every Go program the project runs, pinned, built by set-up from one wrapper module into the cache.

One module, one `go build`: etcd, the Kubernetes binaries, helm, vegeta and CoreDNS share grpc, protobuf,
client-go and the rest at one version, so each shared package compiles once (docs/cluster.md has the times).
Everything else finds the binaries with `installed()`, which never builds: builds belong to set-up
(`python -m eventpipeline.infra.setup`), not to tests or to `up`.

Kubernetes is not `go install`-able: its go.mod requires every staging module at v0.0.0 and replaces it with
`./staging/...`, and Go ignores a dependency's replaces. The wrapper requires `k8s.io/kubernetes` and replaces each
staging module with its published v0.X.Y twin instead. The Kubernetes maintainers call this unsupported
(kubernetes/kubernetes#79384), hence the exact pins; the other modules' k8s.io requirements follow the same
replaces, so their versions were picked to be close to it (helm 3.21 and CoreDNS 1.14 are built against client-go
0.36 and 0.35).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.gotools import GoModuleBuild, binaries_dir, built, download, ensure_go_binaries

KUBERNETES_VERSION = "v1.36.3"
ETCD_VERSION = "v3.6.16"
HELM_VERSION = "v3.21.4"
COREDNS_VERSION = "v1.14.7"
VEGETA_VERSION = "v12.13.0"

_STAGING_REPLACE = re.compile(r"^\s*(k8s\.io/[\w.-]+)\s+=>\s+\./staging/src/", re.MULTILINE)
_V000_REQUIRE = re.compile(r"^\s*(k8s\.io/[\w.-]+)\s+v0\.0\.0\b", re.MULTILINE)

# CoreDNS with only the plugins cluster DNS needs. No `forward`: names outside the cluster are never looked up
# elsewhere (nothing leaves the machine), and leaving out the cloud-DNS plugins saves most of CoreDNS's build.
_COREDNS_MAIN = """\
package main

import (
\t"github.com/coredns/coredns/coremain"
\t_ "github.com/coredns/coredns/plugin/cache"
\t_ "github.com/coredns/coredns/plugin/errors"
\t_ "github.com/coredns/coredns/plugin/health"
\t_ "github.com/coredns/coredns/plugin/kubernetes"
\t_ "github.com/coredns/coredns/plugin/loadbalance"
\t_ "github.com/coredns/coredns/plugin/ready"
)

func main() {
\tcoremain.Run()
}
"""

_KUBERNETES_MAINS = ("kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl", "kubelet", "kube-proxy")


@dataclass(frozen=True)
class Tools:
    """Where each pinned binary is (or will be once set-up built it)."""

    etcd: Path
    kube_apiserver: Path
    kube_controller_manager: Path
    kube_scheduler: Path
    kubectl: Path
    kubelet: Path
    kube_proxy: Path
    helm: Path
    vegeta: Path
    coredns: Path


def staging_replaces(gomod_text: str, published: str) -> dict[str, str]:
    """Replace each staging module that kubernetes requires at v0.0.0 with its published version."""
    required = set(_V000_REQUIRE.findall(gomod_text))
    return {mod: f"{mod} {published}" for mod in _STAGING_REPLACE.findall(gomod_text) if mod in required}


def version_ldflags(version: str) -> str:
    """Stamp the version the way upstream's build does, so binaries do not report v0.0.0-master."""
    major, minor = version.lstrip("v").split(".")[:2]
    flags = []
    for pkg in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version"):
        flags += [
            f"-X {pkg}.gitVersion={version}",
            f"-X {pkg}.gitMajor={major}",
            f"-X {pkg}.gitMinor={minor}",
            f"-X {pkg}.gitTreeState=clean",
        ]
    return " ".join(flags)


def helm_ldflags(version: str, kubernetes: str) -> str:
    """Those of helm's Makefile: without the k8sVersion ones a source build assumes Kubernetes v1.20 and refuses
    charts whose `kubeVersion` asks for a newer one."""
    major, minor = kubernetes.lstrip("v").split(".")[:2]
    flags = [f"-X helm.sh/helm/v3/internal/version.version={version}"]
    for pkg in ("helm.sh/helm/v3/pkg/lint/rules", "helm.sh/helm/v3/pkg/chartutil"):
        flags += [f"-X {pkg}.k8sVersionMajor={major}", f"-X {pkg}.k8sVersionMinor={minor}"]
    return " ".join(flags)


def tools_build(kubernetes_gomod: str = "") -> GoModuleBuild:
    """The one build. `kubernetes_gomod` (k8s.io/kubernetes's go.mod text) is needed to build, not to locate."""
    published = "v0." + KUBERNETES_VERSION.lstrip("v").split(".", 1)[1]
    etcd_siblings = ("api/v3", "client/pkg/v3", "client/v3", "pkg/v3")
    name = "tools"
    binaries = {cmd: f"k8s.io/kubernetes/cmd/{cmd}" for cmd in _KUBERNETES_MAINS}
    binaries |= {
        "etcd": "go.etcd.io/etcd/server/v3",
        "helm": "helm.sh/helm/v3/cmd/helm",
        "vegeta": "github.com/tsenart/vegeta/v12",
        "coredns": f"eventpipeline.local/build/{name}/cmd/coredns",
    }
    return GoModuleBuild(
        name=name,
        requires={
            "k8s.io/kubernetes": KUBERNETES_VERSION,
            "go.etcd.io/etcd/server/v3": ETCD_VERSION,
            # etcd's server module replaces its siblings with ../api etc.; require their published twins.
            **{f"go.etcd.io/etcd/{sibling}": ETCD_VERSION for sibling in etcd_siblings},
            "helm.sh/helm/v3": HELM_VERSION,
            "github.com/coredns/coredns": COREDNS_VERSION,
            "github.com/tsenart/vegeta/v12": VEGETA_VERSION,
        },
        binaries=binaries,
        ldflags=f"{version_ldflags(KUBERNETES_VERSION)} {helm_ldflags(HELM_VERSION, KUBERNETES_VERSION)}",
        replaces=staging_replaces(kubernetes_gomod, published),
        sources={"cmd/coredns/main.go": _COREDNS_MAIN},
    )


def tools() -> Tools:
    """Where the binaries are (or will be), building nothing: enough to stop or inspect processes."""
    out = binaries_dir(tools_build())
    return Tools(**{field: out / field.replace("_", "-") for field in Tools.__dataclass_fields__})


def installed() -> Tools:
    """The binaries, which set-up must have built: raises InfraError saying how to build them when missing."""
    found = tools()
    missing = [p.name for p in vars(found).values() if not p.exists()]
    if missing:
        raise InfraError("tools", f"not built: {', '.join(missing)} (run `make setup`)")
    return found


def ensure_tools() -> Tools:
    """Build whatever is missing (cold: see docs/cluster.md)."""
    if built(tools_build()) is None:
        gomod = Path(download("k8s.io/kubernetes", KUBERNETES_VERSION)["GoMod"]).read_text()
        ensure_go_binaries(tools_build(gomod))
    return tools()

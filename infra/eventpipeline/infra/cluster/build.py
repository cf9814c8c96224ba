"""Pinned control-plane binaries, built once per machine from the Go module proxy into the cache.

Kubernetes is not `go install`-able: its go.mod requires every staging module at v0.0.0 and replaces
it with `./staging/...`, and Go ignores a dependency's replaces. A wrapper module requires
`k8s.io/kubernetes` and replaces each staging module with its published v0.X.Y twin instead. The
Kubernetes maintainers call this unsupported (kubernetes/kubernetes#79384), hence the exact pins.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from eventpipeline.infra.gotools import GoModuleBuild, binaries_dir, ensure_go_binaries
from eventpipeline.infra.paths import cache_dir

KUBERNETES_VERSION = "v1.36.3"
ETCD_VERSION = "v3.6.16"
KWOK_VERSION = "v0.8.0"

_STAGING_REPLACE = re.compile(r"^\s*(k8s\.io/[\w.-]+)\s+=>\s+\./staging/src/", re.MULTILINE)
_V000_REQUIRE = re.compile(r"^\s*(k8s\.io/[\w.-]+)\s+v0\.0\.0\b", re.MULTILINE)

# kwok's own defaults for a fast cluster (what kwokctl embeds): node init + lease heartbeat, pod ready/complete/delete.
KWOK_STAGE_FILES = (
    "kustomize/stage/node/fast/node-initialize.yaml",
    "kustomize/stage/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml",
    "kustomize/stage/pod/fast/pod-ready.yaml",
    "kustomize/stage/pod/fast/pod-complete.yaml",
    "kustomize/stage/pod/fast/pod-delete.yaml",
)


@dataclass(frozen=True)
class Binaries:
    etcd: Path
    kube_apiserver: Path
    kube_controller_manager: Path
    kube_scheduler: Path
    kubectl: Path
    kwok: Path
    kwok_stages: Path


def _go_env() -> dict[str, str]:
    return {**os.environ, "GOFLAGS": "-mod=mod"}


def _download(module: str, version: str) -> dict[str, str]:
    """`go mod download -json` a module; returns its Dir and GoMod paths (from the shared module cache)."""
    if shutil.which("go") is None:
        raise RuntimeError(f"{module}: the `go` toolchain is not on PATH")
    scratch = cache_dir() / "gobuild"
    scratch.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        ["go", "mod", "download", "-json", f"{module}@{version}"],
        cwd=scratch,
        env=_go_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    info: dict[str, str] = json.loads(proc.stdout) if proc.stdout.strip() else {}
    if proc.returncode != 0 or "Error" in info:
        detail = info.get("Error") or proc.stderr.strip().splitlines()[-1:]
        raise RuntimeError(f"{module}@{version}: download failed: {detail}")
    return info


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


def kubernetes_build(gomod_text: str, version: str = KUBERNETES_VERSION) -> GoModuleBuild:
    published = "v0." + version.lstrip("v").split(".", 1)[1]
    return GoModuleBuild(
        name="kubernetes",
        module="k8s.io/kubernetes",
        version=version,
        binaries={
            name: f"k8s.io/kubernetes/cmd/{name}"
            for name in ("kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl")
        },
        ldflags=version_ldflags(version),
        replaces=staging_replaces(gomod_text, published),
        go_directive="1.26.0",
    )


def etcd_build(version: str = ETCD_VERSION) -> GoModuleBuild:
    # The server's go.mod replaces its sibling modules with ../api etc.; require their published twins.
    siblings = ("api/v3", "client/pkg/v3", "client/v3", "pkg/v3")
    return GoModuleBuild(
        name="etcd",
        module="go.etcd.io/etcd/server/v3",
        version=version,
        binaries={"etcd": "go.etcd.io/etcd/server/v3"},
        requires={f"go.etcd.io/etcd/{s}": version for s in siblings},
        go_directive="1.26.0",
    )


def kwok_build(version: str = KWOK_VERSION) -> GoModuleBuild:
    return GoModuleBuild(
        name="kwok",
        module="sigs.k8s.io/kwok",
        version=version,
        binaries={"kwok": "sigs.k8s.io/kwok/cmd/kwok"},
        go_directive="1.26.0",
    )


def kwok_stages(version: str = KWOK_VERSION) -> Path:
    """Concatenate kwok's shipped default stages into one config file (kwok exits 'no stages found' without)."""
    out = binaries_dir(kwok_build(version)) / "stages.yaml"
    if out.exists():
        return out
    src = Path(_download("sigs.k8s.io/kwok", version)["Dir"])
    docs = [(src / rel).read_text().strip() for rel in KWOK_STAGE_FILES]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text("\n---\n".join(docs) + "\n")
    tmp.rename(out)
    return out


def cached_binaries() -> Binaries:
    """Where the binaries are (or will be), without building: enough to stop or inspect processes."""
    k8s = binaries_dir(kubernetes_build(""))
    return Binaries(
        etcd=binaries_dir(etcd_build()) / "etcd",
        kube_apiserver=k8s / "kube-apiserver",
        kube_controller_manager=k8s / "kube-controller-manager",
        kube_scheduler=k8s / "kube-scheduler",
        kubectl=k8s / "kubectl",
        kwok=binaries_dir(kwok_build()) / "kwok",
        kwok_stages=binaries_dir(kwok_build()) / "stages.yaml",
    )


def ensure_binaries(progress: bool = True) -> Binaries:
    """Build whatever is missing (the Kubernetes build is the long one: see docs/cluster.md)."""
    cached = cached_binaries()

    def step(path: Path, msg: str) -> None:
        if progress and not path.exists():
            print(f"cluster: building {msg} into {path.parent}", flush=True)

    step(cached.etcd, f"etcd {ETCD_VERSION}")
    etcd = ensure_go_binaries(etcd_build())
    step(cached.kwok, f"kwok {KWOK_VERSION}")
    kwok = ensure_go_binaries(kwok_build())
    stages = kwok_stages()
    k8s_build = kubernetes_build("")
    if not all((binaries_dir(k8s_build) / n).exists() for n in k8s_build.binaries):
        step(
            cached.kube_apiserver, f"kubernetes {KUBERNETES_VERSION} (cold: about 16 CPU-minutes, see docs/cluster.md)"
        )
        gomod = Path(_download("k8s.io/kubernetes", KUBERNETES_VERSION)["GoMod"]).read_text()
        k8s_build = kubernetes_build(gomod)
    k8s = ensure_go_binaries(k8s_build)
    return Binaries(
        etcd=etcd["etcd"],
        kube_apiserver=k8s["kube-apiserver"],
        kube_controller_manager=k8s["kube-controller-manager"],
        kube_scheduler=k8s["kube-scheduler"],
        kubectl=k8s["kubectl"],
        kwok=kwok["kwok"],
        kwok_stages=stages,
    )

"""Installing the development chart: `helm upgrade --install --wait` (eventpipeline.infra.helm), idempotent, into
its own namespace."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from eventpipeline.infra import helm
from eventpipeline.infra.devdeps.chartfiles import CHART, NAMESPACE, RELEASE
from eventpipeline.infra.paths import state_dir


def local_data_dir() -> Path:
    """Where the local cluster's development servers keep their data: under the state dir, on the node's (= this
    machine's) disk, so it outlives `make down` and is shared by `make up` and the e2e suite (one release)."""
    return state_dir() / "devdeps"


def chart_values(*, data_dir: Path | None = None, values: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The values an install passes: `persistence.hostPath` from `data_dir` (absolute; None: emptyDirs), then
    `values` merged over them key by key (placement, images, extras: values.yaml lists what there is)."""
    ours: dict[str, Any] = {"persistence": {"hostPath": str(data_dir.absolute()) if data_dir else ""}}
    return _merged(ours, values or {})


def install(
    kubeconfig: Path,
    *,
    namespace: str = NAMESPACE,
    data_dir: Path | None = None,
    values: Mapping[str, Any] | None = None,
    timeout: str = "5m",
) -> None:
    """Install or upgrade the release and wait until every pod is Ready.

    `data_dir` is a directory on the node (hostPath) that keeps the servers' data across reinstalls; on the local
    cluster the node shares the host's file system. Raises InfraError with helm's message when it fails or times
    out. Builds and imports nothing: the images must be on the node already (set-up builds them, the node loads them).
    """
    helm.upgrade_install(
        kubeconfig,
        release=RELEASE,
        chart=CHART,
        namespace=namespace,
        values=chart_values(data_dir=data_dir, values=values),
        timeout=timeout,
        component="devdeps",
    )


def uninstall(kubeconfig: Path, *, namespace: str = NAMESPACE) -> None:
    """Remove the release; returns once its pods are gone (data in `data_dir` stays on the node), so an install right
    after never starts a second server on a data directory the old one still holds."""
    helm.uninstall(kubeconfig, release=RELEASE, namespace=namespace, component="devdeps")


def _merged(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        current = out.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            out[key] = _merged(current, value)
        else:
            out[key] = value
    return out

"""e2e fixtures: a real cluster (whatever $KUBECONFIG names, else the local one with its real node), a client,
kubectl, a fresh namespace per test, a bounded polling helper, and what the stack needs installed the way users
install it: the development dependencies' chart and the operator's chart.

The local cluster is started when down and left running: it is shared by every session; so are the two releases.
"""

from __future__ import annotations

import functools
import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from eventpipeline.infra import devdeps, operator_release
from eventpipeline.infra.cluster import kubeconfig_path, kubectl_path
from eventpipeline.infra.cluster.control_plane import ControlPlane
from eventpipeline.infra.devdeps import ClusterAddresses
from eventpipeline.infra.endpoints import Endpoints
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.kubectl import run as run_kubectl
from kubernetes import client, config
from kubernetes.client.exceptions import ApiException

from tests.support import eventually

T = TypeVar("T")


def using_local_control_plane() -> bool:
    return not os.environ.get("KUBECONFIG")


@pytest.fixture(scope="session")
def local_control_plane() -> bool:
    """True when the tests run on the local cluster (real node on this machine), False on kind or elsewhere."""
    return using_local_control_plane()


@pytest.fixture(scope="session")
def kubeconfig() -> Path:
    """$KUBECONFIG when set (kind, a real cluster); else the local cluster, started if down and holding the images
    set-up built."""
    if not using_local_control_plane():
        return Path(os.environ["KUBECONFIG"].split(os.pathsep)[0])
    try:
        # Also when it serves: `up` starts only what is missing, and loads into the node any image set-up rebuilt
        # since (without that the pods ran the node's older image under the new image's id).
        ControlPlane.prepare().up(quiet=True)
    except InfraError as exc:
        pytest.fail(f"local control plane: {exc}", pytrace=False)
    return kubeconfig_path()


@dataclass(frozen=True)
class Kubectl:
    """kubectl bound to the test cluster's kubeconfig."""

    binary: str
    kubeconfig: Path

    def __call__(
        self, *args: str, input: str | None = None, check: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return run_kubectl(
            *args, kubeconfig=self.kubeconfig, binary=self.binary, stdin=input, check=check, timeout=timeout
        )


@pytest.fixture(scope="session")
def kubectl(kubeconfig: Path) -> Kubectl:
    """The kubectl set-up built (the local control plane's version), on any cluster."""
    try:
        return Kubectl(str(kubectl_path()), kubeconfig)
    except InfraError as exc:
        pytest.fail(f"kubectl: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def k8s_api(kubeconfig: Path) -> Iterator[client.ApiClient]:
    cfg = client.Configuration()
    config.load_kube_config(config_file=str(kubeconfig), client_configuration=cfg)  # type: ignore[no-untyped-call]
    api = client.ApiClient(cfg)
    yield api
    api.close()  # type: ignore[no-untyped-call]


@pytest.fixture
def namespace(k8s_api: client.ApiClient) -> Iterator[str]:
    """A fresh namespace per test; deleted afterwards (without waiting for finalization)."""
    name = f"e2e-{uuid.uuid4().hex[:10]}"
    core = client.CoreV1Api(k8s_api)
    core.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name=name, labels={"e2e": "true"})))
    yield name
    try:
        core.delete_namespace(name)
    except ApiException as exc:
        if exc.status != 404:
            raise


@pytest.fixture
def wait_for() -> Callable[..., Any]:
    """`wait_for(check, timeout=..., what=...)`: the shared polling helper, by default for 2 minutes, once a second."""
    return functools.partial(eventually, timeout=120, interval=1.0)


# How the suite runs the operator: the chart, cluster-wide, with passes (scaling, drift, rotation) short enough for
# a test to watch them.
OPERATOR_ENV = {
    "EP_OPERATOR_DRIFT_INTERVAL_SECONDS": "5",
    "EP_OPERATOR_SCALING_INTERVAL_SECONDS": "3",
    "EP_OPERATOR_RETRY_DELAY_SECONDS": "2",
    "EP_OPERATOR_CLEANUP_ATTEMPTS": "2",
    "EP_OPERATOR_ROTATION_CHECK_SECONDS": "3",
    "EP_OPERATOR_ROTATION_INTERVAL_SECONDS": "15",
    "EP_OPERATOR_ROTATION_RETRY_SECONDS": "15",
}


@dataclass(frozen=True)
class DevDeps:
    """The development dependencies on the cluster: from the host (ClusterIPs) and from pods (Service names)."""

    host: Endpoints
    pods: ClusterAddresses


@pytest.fixture(scope="session")
def dev_deps(kubeconfig: Path, kubectl: Kubectl) -> DevDeps:
    """charts/eventpipeline-dev (Kafka, PostgreSQL primary + replica, S3) installed once per session, left running
    (`make up`'s release: same namespace, same data directory)."""
    try:
        devdeps.install(kubeconfig, data_dir=devdeps.local_data_dir(), timeout="8m")
        binary = Path(kubectl.binary)
        return DevDeps(
            devdeps.endpoints(kubeconfig, kubectl=binary), devdeps.cluster_addresses(kubeconfig, kubectl=binary)
        )
    except InfraError as exc:
        pytest.fail(f"development dependencies: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def operator(kubeconfig: Path, dev_deps: DevDeps) -> str:
    """The operator as the chart installs it (cluster-wide, its own namespace and RBAC), left running; its
    namespace."""
    try:
        operator_release.install(kubeconfig, values=operator_release.operator_values(env=OPERATOR_ENV))
    except InfraError as exc:
        pytest.fail(f"operator: {exc}", pytrace=False)
    return operator_release.NAMESPACE

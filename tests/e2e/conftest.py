"""e2e fixtures: a real API server (whatever $KUBECONFIG names, else the local control plane), a
client, kubectl, a fresh namespace per test, and a bounded polling helper.

The local control plane is started when down and left running: it is shared by every session.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from eventpipeline.infra.cluster import kubeconfig_path, kubectl_path
from eventpipeline.infra.cluster.control_plane import ControlPlane
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
    """True when the tests run on the local control plane (kwok nodes), False on kind or a real cluster."""
    return using_local_control_plane()


@pytest.fixture(scope="session")
def kubeconfig() -> Path:
    """$KUBECONFIG when set (kind, a real cluster); else the local control plane, built and started if needed."""
    if not using_local_control_plane():
        return Path(os.environ["KUBECONFIG"].split(os.pathsep)[0])
    try:
        plane = ControlPlane.prepare()
        if not plane.serving():
            plane.up(quiet=True)
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
    """The kubectl built with the local control plane (same version), or kubectl on PATH for kind."""
    if using_local_control_plane():
        return Kubectl(str(kubectl_path()), kubeconfig)
    found = shutil.which("kubectl")
    if found is None:
        pytest.fail("KUBECONFIG is set but kubectl is not on PATH", pytrace=False)
    return Kubectl(found, kubeconfig)


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

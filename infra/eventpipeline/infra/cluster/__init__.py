"""A real Kubernetes control plane on loopback for the e2e suite: etcd, kube-apiserver,
kube-controller-manager, kube-scheduler, and one real node (containerd, kubelet, kube-proxy, CoreDNS), built from
the Go module proxy and Debian packages.

`python -m eventpipeline.infra.cluster up|down|status`; see docs/cluster.md.
"""

from __future__ import annotations

from pathlib import Path

from eventpipeline.infra.cluster.components import API_URL, kubeconfig_file
from eventpipeline.infra.tools import installed

__all__ = ["API_URL", "kubeconfig_path", "kubectl_path"]


def kubeconfig_path() -> Path:
    """The admin kubeconfig (system:masters) of the local control plane; exists once `up` ran."""
    return kubeconfig_file("admin")


def kubectl_path() -> Path:
    """The kubectl set-up built with the control plane (same version as the API server); raises InfraError (run
    `make setup`) when it is missing."""
    return installed().kubectl

"""Helm, built from the Go module proxy into the cache (no release downloads reach these machines).

v3.22.0 builds from a wrapper module without extra replaces. The ldflags are those of helm's Makefile: without the
k8sVersion ones a source build assumes Kubernetes v1.20 and refuses charts with a newer `kubeVersion`.
"""

from __future__ import annotations

from pathlib import Path

from eventpipeline.infra.gotools import GoTool, binary_path, ensure_go_binary

HELM_VERSION = "v3.22.0"
K8S_MAJOR, K8S_MINOR = "1", "37"  # the k8s.io/client-go v0.37 that helm v3.22.0 requires
_LDFLAGS = [
    "-s -w",
    f"-X helm.sh/helm/v3/internal/version.version={HELM_VERSION}",
    f"-X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor={K8S_MAJOR}",
    f"-X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor={K8S_MINOR}",
    f"-X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor={K8S_MAJOR}",
    f"-X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor={K8S_MINOR}",
]
HELM = GoTool(
    name="helm",
    module="helm.sh/helm/v3",
    version=HELM_VERSION,
    package="helm.sh/helm/v3/cmd/helm",
    ldflags=" ".join(_LDFLAGS),
)


def helm_path() -> Path:
    """Where the helm binary is (or will be) cached."""
    return binary_path(HELM)


def ensure_helm() -> Path:
    """The cached helm binary, building it first (minutes on a cold Go cache) when missing."""
    return ensure_go_binary(HELM)

"""Helm, built from the Go module proxy into the cache (no release downloads reach these machines).

v3.22.0 builds from a wrapper module without extra replaces; the version string is stamped so that
`helm version` and Chart.yaml `kubeVersion` checks behave as with a release binary.
"""

from __future__ import annotations

from pathlib import Path

from eventpipeline.infra.gotools import GoTool, binary_path, ensure_go_binary

HELM_VERSION = "v3.22.0"
HELM = GoTool(
    name="helm",
    module="helm.sh/helm/v3",
    version=HELM_VERSION,
    package="helm.sh/helm/v3/cmd/helm",
    ldflags=f"-s -w -X helm.sh/helm/v3/internal/version.version={HELM_VERSION}",
)


def helm_path() -> Path:
    """Where the helm binary is (or will be) cached."""
    return binary_path(HELM)


def ensure_helm() -> Path:
    """The cached helm binary, building it first (minutes on a cold Go cache) when missing."""
    return ensure_go_binary(HELM)

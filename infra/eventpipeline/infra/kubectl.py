"""kubectl, run once per call with an explicit kubeconfig: the local stack and the e2e tests drive the API server
through it (so a failure reads like a user's `kubectl` session). By default the local control plane's kubeconfig and
the kubectl built with it (same version as the API server)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from eventpipeline.infra.cluster import kubeconfig_path, kubectl_path
from eventpipeline.infra.errors import InfraError


def run(
    *args: str,
    kubeconfig: Path | None = None,
    binary: Path | str | None = None,
    stdin: str | None = None,
    timeout: float = 120.0,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """`kubectl --kubeconfig=... args`; with `check`, a non-zero exit is an InfraError naming the command and
    kubectl's own message."""
    proc = subprocess.run(
        [str(binary or kubectl_path()), f"--kubeconfig={kubeconfig or kubeconfig_path()}", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check and proc.returncode != 0:
        raise InfraError(
            "kubectl", f"`kubectl {' '.join(args)}` exited {proc.returncode}: {proc.stderr.strip()[-2000:]}"
        )
    return proc


def kubectl(*args: str, stdin: str | None = None) -> str:
    """kubectl against the local control plane; its output."""
    return run(*args, stdin=stdin).stdout

"""helm, pinned and built with the other Go tools by set-up (`eventpipeline.infra.tools`; no release downloads reach
these machines), and the two things we do with it: install or upgrade a chart's release and wait until it is Ready,
and remove a release. The local stack and the e2e suite install the operator and the development dependencies
this way, as users do."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.tools import installed


def helm_path() -> Path:
    """The helm binary set-up built; raises InfraError (run `make setup`) when it is missing."""
    return installed().helm


def upgrade_install(
    kubeconfig: Path,
    *,
    release: str,
    chart: Path,
    namespace: str,
    values: Mapping[str, Any] | None = None,
    timeout: str = "5m",
    component: str = "helm",
) -> None:
    """`helm upgrade --install --wait` (values as one JSON document on stdin); idempotent. Raises InfraError with
    helm's last words when it fails or the release is not Ready within `timeout`."""
    _helm(
        [
            f"--kubeconfig={kubeconfig}",
            "upgrade",
            "--install",
            release,
            str(chart),
            f"--namespace={namespace}",
            "--create-namespace",
            "--wait",
            f"--timeout={timeout}",
            "--values=-",
        ],
        json.dumps(dict(values or {})),
        what=f"helm upgrade --install {release} (namespace {namespace})",
        component=component,
    )


def uninstall(kubeconfig: Path, *, release: str, namespace: str, component: str = "helm") -> None:
    """Remove a release and wait until its pods are gone (foreground deletion), so an install right after never runs
    beside the old pods; nothing to do when it is not installed."""
    _helm(
        [
            f"--kubeconfig={kubeconfig}",
            "uninstall",
            release,
            f"--namespace={namespace}",
            "--ignore-not-found",
            "--cascade=foreground",
            "--wait",
        ],
        None,
        what=f"helm uninstall {release} (namespace {namespace})",
        component=component,
    )


def _helm(args: list[str], stdin: str | None, *, what: str, component: str) -> None:
    try:
        proc = subprocess.run(
            [str(helm_path()), *args], input=stdin, capture_output=True, text=True, timeout=900, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise InfraError(component, f"{what}: no answer in 900s") from exc
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        raise InfraError(component, f"{what} failed: {' / '.join(lines[-3:]) or f'exit {proc.returncode}'}")

"""Our charts under the real helm (set-up builds it; the `tools` fixture finds it): run helm, render a chart."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml

# The Kubernetes version charts are rendered for and whose schemas kubernetes-validate checks the objects against.
K8S_VERSION = "1.31.0"


def run(helm: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(helm), *args], capture_output=True, text=True, timeout=300, check=False)


def render(helm: Path, chart: Path, release: str, namespace: str, *extra: str) -> list[dict[str, Any]]:
    """`helm template` of `chart` (extra: more helm arguments, e.g. `-f values.yaml`), as objects."""
    proc = run(helm, "template", release, str(chart), "--namespace", namespace, "--kube-version", K8S_VERSION, *extra)
    assert proc.returncode == 0, proc.stderr
    return [d for d in yaml.safe_load_all(proc.stdout) if d]

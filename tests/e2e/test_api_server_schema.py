"""The generated CRD in a real API server: the examples are accepted, and what the server stores after defaulting
is exactly what the pydantic models make of the same input (one source of defaults)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from eventpipeline.common.api import CRD_NAME, EventPipelineSpec

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
CRD = REPO / "crds" / f"{CRD_NAME}.yaml"
EXAMPLES = REPO / "examples"


def _install_crd(kubectl: Any, wait_for: Callable[..., Any]) -> None:
    kubectl("apply", "--server-side", "--force-conflicts", "-f", str(CRD))

    def established() -> bool:
        # A CRD created a moment ago has a status whose conditions are still null.
        status = json.loads(kubectl("get", "crd", CRD_NAME, "-o", "json").stdout).get("status") or {}
        return any(c["type"] == "Established" and c["status"] == "True" for c in status.get("conditions") or [])

    wait_for(established, timeout=60, what=f"CRD {CRD_NAME} Established")


@pytest.mark.parametrize("example", ["minimal.yaml", "complete.yaml"])
def test_server_defaults_equal_model_defaults(
    example: str, kubectl: Any, namespace: str, wait_for: Callable[..., Any]
) -> None:
    _install_crd(kubectl, wait_for)
    path = EXAMPLES / example
    name = yaml.safe_load(path.read_text())["metadata"]["name"]
    kubectl("apply", "-n", namespace, "-f", str(path))
    stored = json.loads(kubectl("get", "eventpipeline", name, "-n", namespace, "-o", "json").stdout)["spec"]
    modelled = EventPipelineSpec.model_validate(stored).model_dump(mode="json", by_alias=True, exclude_none=True)
    assert stored == modelled


def test_printer_columns_and_short_name(kubectl: Any, namespace: str, wait_for: Callable[..., Any]) -> None:
    _install_crd(kubectl, wait_for)
    kubectl("apply", "-n", namespace, "-f", str(EXAMPLES / "minimal.yaml"))
    header = kubectl("get", "evp", "-n", namespace).stdout.splitlines()[0].split()
    assert header == ["NAME", "READY", "INGEST", "CONSUMER", "ANALYTICS", "LAG", "FRESHNESS", "AGE"]

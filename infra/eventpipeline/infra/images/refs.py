"""The names our images go by: what a node, a manifest or the chart asks for finds exactly these.

The product images carry the operator's default names (`ghcr.io/eventpipeline/<target>:<version>`, from
`eventpipeline.common.api.tiers` and the chart's values), so that a node whose containerd already holds them starts
pods with `imagePullPolicy: IfNotPresent` and no registry at all. The images only we use live under `localhost/`,
a registry name that nothing ever pulls from.
"""

from __future__ import annotations

from typing import Final

from eventpipeline.common.api.tiers import DEFAULT_IMAGE_REPO, DEFAULT_IMAGE_TAG
from eventpipeline.infra.tools import COREDNS_VERSION, KUBERNETES_VERSION

PRODUCT_TARGETS: Final = ("operator", "ingest", "consumer", "analytics")
PYTHON_IMAGE: Final = "localhost/eventpipeline/python:3.11"
PAUSE_IMAGE: Final = f"localhost/eventpipeline/pause:{KUBERNETES_VERSION}"
COREDNS_IMAGE: Final = f"localhost/eventpipeline/coredns:{COREDNS_VERSION}"


def product_image(target: str) -> str:
    """`ingest` -> `ghcr.io/eventpipeline/ingest:0.1.0`: the Dockerfile target under the operator's default name."""
    if target not in PRODUCT_TARGETS:
        raise ValueError(f"unknown image target {target!r} (known: {', '.join(PRODUCT_TARGETS)})")
    return f"{DEFAULT_IMAGE_REPO}/{target}:{DEFAULT_IMAGE_TAG}"

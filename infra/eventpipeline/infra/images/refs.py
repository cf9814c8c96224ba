"""The names our images go by: what a node, a manifest or the chart asks for finds exactly these.

The product images carry the operator's default names (`ghcr.io/eventpipeline/<target>:<version>`, from
`eventpipeline.common.api.tiers` and the chart's values), so that a node whose containerd already holds them starts
pods with `imagePullPolicy: IfNotPresent` and no registry at all. The images only we use live under `localhost/`,
a registry name that nothing ever pulls from.

The development dependencies' images (Kafka, PostgreSQL, the S3 server: charts/eventpipeline-dev) are `localhost/`
names tagged with the version they run; the Redis image carries the operator's default managed-Redis name instead,
fully qualified as containerd stores it (`redis:7.2-alpine` is `docker.io/library/redis:7.2-alpine`).
"""

from __future__ import annotations

import tomllib
from typing import Final

from eventpipeline.common.api.redis import ManagedRedis
from eventpipeline.common.api.tiers import DEFAULT_IMAGE_REPO, DEFAULT_IMAGE_TAG
from eventpipeline.infra.paths import REPO_ROOT
from eventpipeline.infra.settings import InfraSettings
from eventpipeline.infra.tools import COREDNS_VERSION, KUBERNETES_VERSION

PRODUCT_TARGETS: Final = ("operator", "ingest", "consumer", "analytics")
PYTHON_IMAGE: Final = "localhost/eventpipeline/python:3.11"
PAUSE_IMAGE: Final = f"localhost/eventpipeline/pause:{KUBERNETES_VERSION}"
COREDNS_IMAGE: Final = f"localhost/eventpipeline/coredns:{COREDNS_VERSION}"
DEVDEPS_IMAGES: Final = ("kafka", "postgres", "s3", "redis")
POSTGRES_MAJOR: Final = "15"


def product_image(target: str) -> str:
    """`ingest` -> `ghcr.io/eventpipeline/ingest:0.1.0`: the Dockerfile target under the operator's default name."""
    if target not in PRODUCT_TARGETS:
        raise ValueError(f"unknown image target {target!r} (known: {', '.join(PRODUCT_TARGETS)})")
    return f"{DEFAULT_IMAGE_REPO}/{target}:{DEFAULT_IMAGE_TAG}"


def qualified(ref: str) -> str:
    """A Docker-style reference as containerd and the kubelet spell it: `redis:7` -> `docker.io/library/redis:7`,
    `bitnami/redis:7` -> `docker.io/bitnami/redis:7`; names with a registry host stay as they are."""
    first, _, rest = ref.partition("/")
    if not rest:
        return f"docker.io/library/{ref}"
    if "." in first or ":" in first or first == "localhost":
        return ref
    return f"docker.io/{ref}"


def locked_version(package: str) -> str:
    """The version uv.lock pins for a PyPI package (one version only: the S3 server's moto)."""
    lock = tomllib.loads((REPO_ROOT / "uv.lock").read_text())
    versions = {entry["version"] for entry in lock["package"] if entry["name"] == package}
    if len(versions) != 1:
        raise ValueError(f"uv.lock pins {package} at {sorted(versions) or 'no version'}, expected one")
    return str(versions.pop())


def devdeps_image(name: str) -> str:
    """`kafka` -> `localhost/eventpipeline/kafka:4.1.1` (the version set-up fetched, `EP_INFRA_KAFKA_VERSION`),
    `postgres` -> `...:15`, `s3` -> moto's locked version; `redis` -> the operator's default managed-Redis image."""
    if name == "kafka":
        return f"localhost/eventpipeline/kafka:{InfraSettings().kafka_version}"
    if name == "postgres":
        return f"localhost/eventpipeline/postgres:{POSTGRES_MAJOR}"
    if name == "s3":
        return f"localhost/eventpipeline/s3:{locked_version('moto')}"
    if name == "redis":
        return qualified(ManagedRedis().image)
    raise ValueError(f"unknown development image {name!r} (known: {', '.join(DEVDEPS_IMAGES)})")

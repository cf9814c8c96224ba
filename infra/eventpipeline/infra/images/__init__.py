"""Container images without Docker: a Python base from Debian packages, the pause and CoreDNS images, the four
product images from the top-level Dockerfile, and the development dependencies' images (Kafka, PostgreSQL, the S3
server, Redis: devdeps.py), built with buildah into the cache and loaded into a node's containerd.
docs/cluster.md ("Images") and docs/devdeps.md have the sizes and times.

For the node side:
- `archives()`: the built archives (never builds; InfraError naming `make images` when missing or stale);
- `load(archives, containerd_address)`: `ctr images import` each, skipped when containerd holds the same id;
- `load_into_local_node()`: what `make images` does last, when the local node's containerd runs;
- `PAUSE_IMAGE` (the kubelet's sandbox image), `COREDNS_IMAGE`, `product_image(target)`, `devdeps_image(name)`.
Set-up calls `ensure_images()`, which builds what changed.
"""

from eventpipeline.infra.images.archive import ImageArchive
from eventpipeline.infra.images.build import archives, ensure_images, up_to_date
from eventpipeline.infra.images.containerd import load, load_into_local_node, loaded_image_id, local_node_address
from eventpipeline.infra.images.refs import (
    COREDNS_IMAGE,
    DEVDEPS_IMAGES,
    PAUSE_IMAGE,
    PRODUCT_TARGETS,
    PYTHON_IMAGE,
    devdeps_image,
    product_image,
)

__all__ = [
    "COREDNS_IMAGE",
    "DEVDEPS_IMAGES",
    "PAUSE_IMAGE",
    "PRODUCT_TARGETS",
    "PYTHON_IMAGE",
    "ImageArchive",
    "archives",
    "devdeps_image",
    "ensure_images",
    "load",
    "load_into_local_node",
    "loaded_image_id",
    "local_node_address",
    "product_image",
    "up_to_date",
]

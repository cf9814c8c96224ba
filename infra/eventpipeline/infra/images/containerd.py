"""Loading the archives into a containerd, for its kubelet: `ctr images import`, skipped when already there.

The images go into the `k8s.io` namespace, where the CRI plugin (and so the kubelet) looks. An image counts as
loaded when containerd holds its reference with the same image id (the digest of its config, which a
docker-archive keeps as is), so loading twice imports nothing and a rebuilt image replaces the old one.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from eventpipeline.infra.cluster.node import containerd_answers, containerd_socket
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images.archive import ImageArchive
from eventpipeline.infra.images.build import archives, print_line

NAMESPACE: Final = "k8s.io"


def _ctr(address: Path | str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    cmd = ["ctr", "--address", str(address), "--namespace", NAMESPACE, *args]
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise InfraError("images", f"`ctr {' '.join(args[:2])}` at {address}: no answer in {timeout:.0f}s") from exc


def loaded_image_id(ref: str, address: Path | str) -> str | None:
    """The image id containerd holds under `ref` (`sha256:...` of the config), or None when it has no such image."""
    listing = _ctr(address, "images", "ls", f"name=={ref}")
    if listing.returncode != 0:
        raise InfraError("images", f"`ctr images ls` at {address} failed: {listing.stderr.strip()}")
    digests = [cols[2] for line in listing.stdout.splitlines()[1:] if (cols := line.split()) and cols[0] == ref]
    if not digests:
        return None
    content = _ctr(address, "content", "get", digests[0])
    if content.returncode != 0:
        raise InfraError("images", f"`ctr content get {digests[0]}` at {address} failed: {content.stderr.strip()}")
    config = json.loads(content.stdout).get("config") or {}
    digest = config.get("digest")
    return str(digest) if digest else None


def load(
    images: Sequence[ImageArchive],
    containerd_address: Path | str,
    *,
    say: Callable[[str], None] = print_line,
) -> list[ImageArchive]:
    """Import each archive whose image containerd does not already hold (same reference, same id); returns those
    it imported. Raises InfraError with ctr's message when an import fails."""
    imported = []
    for image in images:
        if loaded_image_id(image.ref, containerd_address) == image.image_id:
            say(f"images {image.name:<10} loaded  {image.ref} (already in containerd)")
            continue
        start = time.monotonic()
        proc = _ctr(containerd_address, "images", "import", str(image.path))
        if proc.returncode != 0:
            raise InfraError("images", f"`ctr images import {image.path}` failed: {proc.stderr.strip()}")
        found = loaded_image_id(image.ref, containerd_address)
        if found != image.image_id:
            raise InfraError("images", f"imported {image.path}, but containerd holds {image.ref} as {found}")
        imported.append(image)
        say(f"images {image.name:<10} loaded  {image.ref} in {time.monotonic() - start:.1f}s")
    return imported


def local_node_address() -> Path:
    """Where the local node's containerd listens (eventpipeline.infra.cluster.node owns the path)."""
    return containerd_socket()


def load_into_local_node(*, say: Callable[[str], None] = print_line) -> list[ImageArchive] | None:
    """The last step of `make images`: when the local node's containerd runs, load the current archives into it
    (idempotent). None when no node runs (the node loads them itself when it starts)."""
    address = local_node_address()
    if not containerd_answers(address):
        say(f"images no local node's containerd at {address}: nothing to load")
        return None
    return load(archives(), address, say=say)

"""docker-archive files (`docker save` format): what set-up writes per image and what containerd imports.

`manifest.json` names the image config (its file name is the config's sha256, which is the image id) and the
layer tars in order; nothing here needs a container engine.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class ImageArchive:
    """One built image as a file: `name` (`ingest`, `pause`, ...), the reference it is tagged with, the archive,
    and its image id (`sha256:<hex>` of the config, the id containerd and the kubelet report too)."""

    name: str
    ref: str
    path: Path
    image_id: str


@dataclass(frozen=True)
class Manifest:
    config: str
    repo_tags: tuple[str, ...]
    layers: tuple[str, ...]

    @property
    def image_id(self) -> str:
        return "sha256:" + self.config.removesuffix(".json").rsplit("/", 1)[-1]


@contextmanager
def opened(path: Path) -> Iterator[tarfile.TarFile]:
    with tarfile.open(path) as tar:
        yield tar


def _member_json(tar: tarfile.TarFile, name: str) -> Any:
    fh = tar.extractfile(name)
    if fh is None:
        raise ValueError(f"{name}: not a file in the archive")
    with fh:
        return json.load(fh)


def read_manifest(tar: tarfile.TarFile) -> Manifest:
    entries = _member_json(tar, "manifest.json")
    if len(entries) != 1:
        raise ValueError(f"manifest.json: expected one image, found {len(entries)}")
    entry = entries[0]
    return Manifest(entry["Config"], tuple(entry.get("RepoTags") or ()), tuple(entry["Layers"]))


def read_config(tar: tarfile.TarFile, manifest: Manifest) -> dict[str, Any]:
    """The image config (`config.User`, `config.Entrypoint`, `rootfs.diff_ids`, ...)."""
    config: dict[str, Any] = _member_json(tar, manifest.config)
    return config


def layers(tar: tarfile.TarFile, manifest: Manifest) -> Iterator[tarfile.TarFile]:
    """Each layer as an open tar, bottom first."""
    for name in manifest.layers:
        fh = tar.extractfile(name)
        if fh is None:
            raise ValueError(f"layer {name}: not a file in the archive")
        with fh, tarfile.open(fileobj=fh) as layer:
            yield layer

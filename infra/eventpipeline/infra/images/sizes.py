"""What each image weighs: the archive, its layers unpacked, and gzip-compressed (what a registry would store
and a node would download). Reading only; `python -m eventpipeline.infra.images sizes` prints them."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import IO

from eventpipeline.infra.images.archive import ImageArchive, layers, opened, read_manifest

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Weight:
    archive: int  # the docker-archive file (layers stored uncompressed)
    unpacked: int  # sum of the files' sizes over all layers
    compressed: int  # each layer gzipped at level 6, summed
    layers: int


def _gzip_size(fh: IO[bytes]) -> int:
    deflate = zlib.compressobj(6, zlib.DEFLATED, 31)
    size = 0
    while chunk := fh.read(_CHUNK):
        size += len(deflate.compress(chunk))
    return size + len(deflate.flush())


def weigh(image: ImageArchive) -> Weight:
    with opened(image.path) as tar:
        manifest = read_manifest(tar)
        unpacked = sum(member.size for layer in layers(tar, manifest) for member in layer if member.isreg())
        compressed = 0
        for name in manifest.layers:
            fh = tar.extractfile(name)
            if fh is not None:
                with fh:
                    compressed += _gzip_size(fh)
    return Weight(image.path.stat().st_size, unpacked, compressed, len(manifest.layers))

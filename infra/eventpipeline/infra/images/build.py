"""`ensure_images()` builds what changed; `archives()` finds what was built and never builds.

Set-up (`make setup`, `make images`) calls the first; the node, `up` and tests call the second. Each image is
rebuilt only when the digest of its inputs (specs.py says what counts) differs from its record; then it is
exported as a docker-archive into the cache and recorded. One progress line per image, with its time.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images.archive import ImageArchive
from eventpipeline.infra.images.specs import Image, all_images, current
from eventpipeline.infra.images.store import (
    Record,
    archive_path,
    buildah,
    images_dir,
    locked,
    log_path,
    prune_versions,
)


def print_line(line: str) -> None:
    print(line, flush=True)


def _mb(size: int) -> str:
    return f"{size / 1e6:.0f} MB" if size >= 1e6 else f"{size / 1e6:.1f} MB"


def _fresh(image: Image) -> Record | None:
    """`current`, and for the base (which lives only in buildah's storage) the image is still there."""
    record = current(image)
    if record is None or image.exported:
        return record
    return record if f"sha256:{buildah().image_id(image.ref)}" == record.image_id else None


def up_to_date() -> bool:
    """Every image current: what set-up's `done()` asks (cheap: digests of small inputs, no build)."""
    try:
        return all(_fresh(image) is not None for image in all_images())
    except InfraError:
        return False


def _build(image: Image) -> Record:
    work = images_dir() / "work" / image.name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    inputs = image.inputs()  # before the build: a file edited meanwhile makes the next run rebuild
    key = image.key(inputs)
    start = time.monotonic()
    try:
        built = image.build(work)
        if image.exported:
            buildah().export(image.ref, archive_path(image.name, key), log=log_path(image.name))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    record = Record(
        name=image.name,
        ref=image.ref,
        key=key,
        image_id="sha256:" + built.image_id,
        inputs=inputs,
        seconds=round(time.monotonic() - start, 1),
        steps=list(built.steps),
    )
    record.save()
    prune_versions(image.name)
    return record


def ensure_images(*, say: Callable[[str], None] = print_line) -> list[ImageArchive]:
    """Build every image whose inputs changed (cold: several minutes, see docs/cluster.md), then drop the images
    and layer cache that no current image uses. Returns the node's archives."""
    with locked(say):
        rebuilt = False
        for image in all_images():
            record = _fresh(image)
            if record is not None:
                say(f"images {image.name:<10} cached  {image.ref}")
                continue
            say(f"images {image.name:<10} build   {image.ref} ...")
            try:
                record = _build(image)
            except InfraError:
                say(f"images {image.name:<10} FAILED  (log: {log_path(image.name)})")
                raise
            rebuilt = True
            size = f", {_mb(archive_path(image.name, record.key).stat().st_size)} archive" if image.exported else ""
            say(f"images {image.name:<10} built   {image.ref} in {record.seconds:.1f}s ({record.image_id[:19]}{size})")
        if rebuilt:
            kept = [r for image in all_images() for r in Record.kept(image.name)]
            keep = [step for r in kept for step in r.steps] + [r.image_id.removeprefix("sha256:") for r in kept]
            buildah().prune(keep, log=log_path("prune"))
    return archives()


def archives() -> list[ImageArchive]:
    """The archives a node loads (pause, coredns, the four products, the development dependencies), as set-up
    built them. Never builds: raises InfraError naming `make images` when one is missing or older than its inputs."""
    found, stale = [], []
    for image in all_images():
        record = current(image)
        if record is None:
            stale.append(image.name)
        elif image.exported:
            found.append(ImageArchive(image.name, image.ref, archive_path(image.name, record.key), record.image_id))
    if stale:
        raise InfraError(
            "images",
            f"not built or older than their inputs: {', '.join(stale)} (run `make images`, or `make setup`)",
        )
    return found

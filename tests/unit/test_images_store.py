"""The image cache keeps a version per digest of inputs: two checkouts of different code on one machine each find
their own images (a build in one no longer makes the other's stale), and old versions are pruned."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pytest
from eventpipeline.infra.images.buildah import Built
from eventpipeline.infra.images.specs import Image, current
from eventpipeline.infra.images.store import KEPT_VERSIONS, Record, archive_path, images_dir, prune_versions

pytestmark = pytest.mark.unit


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTPIPELINE_CACHE", str(tmp_path))
    return tmp_path


def built(image: Image, *, at: int) -> Record:
    """What a build of today's inputs leaves: the archive and its record (mtime `at`, to order versions)."""
    key = image.key()
    archive = archive_path(image.name, key)
    archive.parent.mkdir(parents=True, exist_ok=True)
    archive.write_bytes(b"tar")
    record = Record(image.name, image.ref, key, f"sha256:{key}", image.inputs(), 1.0)
    record.save()
    for path in (archive, Record.path(image.name, key)):
        os.utime(path, ns=(at, at))
    return record


def never_built(work: Path) -> Built:
    raise AssertionError("no build here")


def image_of(source: Mapping[str, object]) -> Image:
    return Image("ingest", "ghcr.io/eventpipeline/ingest:0.1.0", lambda: dict(source), never_built)


def test_two_checkouts_of_different_code_each_find_their_own_image() -> None:
    mine, theirs = {"files": "a"}, {"files": "b"}
    built(image_of(mine), at=1)
    built(image_of(theirs), at=2)  # the other checkout built after mine
    found_mine, found_theirs = current(image_of(mine)), current(image_of(theirs))
    assert found_mine is not None
    assert found_theirs is not None
    assert found_mine.key != found_theirs.key
    assert current(image_of({"files": "c"})) is None  # code nobody built


def test_a_version_without_its_archive_is_not_current() -> None:
    image = image_of({"files": "a"})
    built(image, at=1)
    archive_path(image.name, image.key()).unlink()
    assert current(image) is None


def test_pruning_keeps_the_newest_versions_and_removes_the_old_layout() -> None:
    images = [image_of({"files": str(i)}) for i in range(KEPT_VERSIONS + 2)]
    for at, image in enumerate(images, start=1):
        built(image, at=at)
    legacy = images_dir() / "ingest.json"
    legacy.write_text("{}")
    prune_versions("ingest")
    assert [current(image) is not None for image in images] == [False, False] + [True] * KEPT_VERSIONS
    assert not archive_path("ingest", images[0].key()).exists()
    assert not legacy.exists()
    latest = Record.latest("ingest")
    assert latest is not None
    assert latest.key == images[-1].key()

"""Where images live on this machine: buildah's storage, the archives and their records, all in the cache.

`$EVENTPIPELINE_CACHE/images/`: `<name>/<key>.tar` (docker-archive) and `<name>/<key>.json` (its record) per image
and digest of its inputs, `buildah/` (the storage and layer cache of our builds), `rootfs/` (the Python base's packed
Debian tree). Outside the checkout, so a fresh clone on the same machine finds them; keyed by inputs, so checkouts
of different code on one machine (worktrees, a fresh clone beside a working copy) each find their own images instead
of taking turns rebuilding over one another's.
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Final

from eventpipeline.infra.images.buildah import Buildah
from eventpipeline.infra.paths import cache_dir

HOST_CA_BUNDLE: Final = Path("/etc/ssl/certs/ca-certificates.crt")


def images_dir() -> Path:
    return cache_dir() / "images"


# Versions kept per image: enough for a few checkouts of different code at once.
KEPT_VERSIONS: Final = 3


def archive_path(name: str, key: str) -> Path:
    return images_dir() / name / f"{key}.tar"


def log_path(name: str) -> Path:
    path = cache_dir() / "logs" / f"images-{name}.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def uv_binary() -> Path:
    """scripts/bootstrap.sh's uv, the version the Dockerfile pins (it may not exist yet)."""
    return cache_dir() / "tools" / "uv" / "bin" / "uv"


def host_ca_volumes() -> list[str]:
    """The host's CA bundle over the image's, read-only, for a build only (never committed): egress may pass a
    TLS-intercepting proxy whose CA a Debian image lacks."""
    return [f"{HOST_CA_BUNDLE}:{HOST_CA_BUNDLE}:ro"] if HOST_CA_BUNDLE.is_file() else []


def buildah() -> Buildah:
    return Buildah(root=images_dir() / "buildah" / "storage", runroot=images_dir() / "buildah" / "run")


@contextmanager
def locked(say: Callable[[str], None]) -> Iterator[None]:
    """One image build at a time per cache (several checkouts may run set-up at once)."""
    images_dir().mkdir(parents=True, exist_ok=True)
    with (images_dir() / "build.lock").open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say(f"images waiting for another image build to finish ({images_dir() / 'build.lock'})")
            fcntl.flock(fh, fcntl.LOCK_EX)
        yield


@dataclass(frozen=True)
class Record:
    """What set-up recorded about one built image: its reference and id, the digest of its inputs (`key`) and
    those inputs spelled out, how long the build took, and (layered builds) the layer cache it used."""

    name: str
    ref: str
    key: str
    image_id: str
    inputs: dict[str, object]
    seconds: float
    steps: list[str] = field(default_factory=list)

    @staticmethod
    def path(name: str, key: str) -> Path:
        return images_dir() / name / f"{key}.json"

    @classmethod
    def load(cls, name: str, key: str) -> Record | None:
        return cls._read(cls.path(name, key))

    @classmethod
    def latest(cls, name: str) -> Record | None:
        """The image's most recently built version (the base a build on this machine starts from)."""
        paths = sorted((images_dir() / name).glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
        return cls._read(paths[-1]) if paths else None

    @classmethod
    def kept(cls, name: str) -> list[Record]:
        return [r for p in (images_dir() / name).glob("*.json") if (r := cls._read(p)) is not None]

    @classmethod
    def _read(cls, path: Path) -> Record | None:
        try:
            return cls(**json.loads(path.read_text()))
        except (OSError, ValueError, TypeError):
            return None

    def save(self) -> None:
        target = self.path(self.name, self.key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=1, sort_keys=True) + "\n")
        tmp.rename(target)


def prune_versions(name: str, keep: int = KEPT_VERSIONS) -> None:
    """Drop all but the `keep` most recently built versions of an image (record and archive), and what the
    single-version layout (`<name>.json`, `<name>.tar`) left."""
    for legacy in (images_dir() / f"{name}.json", images_dir() / f"{name}.tar"):
        legacy.unlink(missing_ok=True)
    records = sorted((images_dir() / name).glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
    for old in records[: max(len(records) - keep, 0)]:
        archive_path(name, old.stem).unlink(missing_ok=True)
        old.unlink(missing_ok=True)

"""Each image: its reference, what it is built from (the inputs whose digest decides a rebuild), how to build it.

What counts, per image:
- python (the base, kept in buildah's storage only): the Debian suite, package and trim lists (rootfs.py) and its
  Containerfile.
- pause: the Kubernetes version its source comes from, the compiler flags, gcc's version, its Containerfile.
- coredns: the sha256 of the CoreDNS binary set-up built (tools.py), its Containerfile.
- kafka, postgres, s3, redis (the development dependencies): their build context, build arguments and the Python
  base's image id (devdeps.py).
- operator, ingest, consumer, analytics: the Dockerfile, every file its COPY instructions take after .dockerignore
  (pyproject.toml, uv.lock, README.md, infra/pyproject.toml, common/, operator/, workloads/), the target, the build
  arguments and the Python base's image id. Tests, docs, scripts and the dev infrastructure's code do not count.
Not counted: the host CA bundle and uv cache mounted during product builds (never part of an image), the mirror.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.gotools import download
from eventpipeline.infra.images import devdeps, refs, rootfs
from eventpipeline.infra.images.buildah import Built
from eventpipeline.infra.images.inputs import digest, dockerfile_inputs
from eventpipeline.infra.images.store import (
    Record,
    archive_path,
    buildah,
    host_ca_volumes,
    images_dir,
    log_path,
    uv_binary,
)
from eventpipeline.infra.paths import REPO_ROOT
from eventpipeline.infra.tools import KUBERNETES_VERSION, tools

# Bump when the way images are built changes while no input does.
RECIPE: Final = 1
# Upstream's flags (build/pause/Makefile), then stripped as upstream's release is.
PAUSE_CFLAGS: Final = ("-Os", "-Wall", "-Werror", "-static", f"-DVERSION={KUBERNETES_VERSION}")

PYTHON_CONTAINERFILE: Final = """\
FROM scratch
ADD rootfs.tar /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
CMD ["python3"]
"""
# As upstream's pause image: the static binary under nobody's uid, nothing else.
PAUSE_CONTAINERFILE: Final = """\
FROM scratch
COPY pause /pause
USER 65535:65535
ENTRYPOINT ["/pause"]
"""
# As upstream's CoreDNS image, minus its CA bundle (no plugin built here talks TLS beyond the API server, whose CA
# comes with the ServiceAccount): non-root, and the binary carries cap_net_bind_service (setcap; kept as a layer
# xattr) so it may bind port 53 where the pod's capabilities allow it.
COREDNS_CONTAINERFILE: Final = """\
FROM scratch
COPY coredns /coredns
USER 65532:65532
EXPOSE 53 53/udp
ENTRYPOINT ["/coredns"]
"""


@dataclass(frozen=True)
class Image:
    name: str
    ref: str
    inputs: Callable[[], dict[str, object]]
    build: Callable[[Path], Built]  # is given an empty work dir
    exported: bool = True  # written as an archive: what nodes load

    def key(self, inputs: dict[str, object] | None = None) -> str:
        """The digest of the inputs (today's unless given): equal to the record's when nothing changed."""
        return digest({"recipe": RECIPE, "ref": self.ref, **(self.inputs() if inputs is None else inputs)})


def _run_logged(cmd: list[str], log: Path) -> None:
    with log.open("ab") as out:
        if subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=False).returncode != 0:
            raise InfraError("images", f"`{' '.join(cmd[:2])} ...` failed", log)


def _build_in(work: Path, name: str, ref: str, containerfile: str) -> Built:
    """Build a Containerfile whose context is `work` (the files the build step put there)."""
    (work / "Containerfile").write_text(containerfile)
    return buildah().build(context=work, containerfile=work / "Containerfile", tag=ref, log=log_path(name))


def _python_inputs() -> dict[str, object]:
    return {"rootfs": rootfs.rootfs_key(), "containerfile": PYTHON_CONTAINERFILE}


def _build_python(work: Path) -> Built:
    tar = rootfs.ensure_rootfs(images_dir() / "rootfs", log=log_path("python"))
    os.link(tar, work / "rootfs.tar")
    return _build_in(work, "python", refs.PYTHON_IMAGE, PYTHON_CONTAINERFILE)


def _gcc_version() -> str:
    try:
        proc = subprocess.run(["gcc", "-dumpfullversion"], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return "absent"
    return proc.stdout.strip() if proc.returncode == 0 else "absent"


def _pause_inputs() -> dict[str, object]:
    return {
        "kubernetes": KUBERNETES_VERSION,
        "cflags": PAUSE_CFLAGS,
        "gcc": _gcc_version(),
        "containerfile": PAUSE_CONTAINERFILE,
    }


def _build_pause(work: Path) -> Built:
    source = Path(download("k8s.io/kubernetes", KUBERNETES_VERSION)["Dir"]) / "build/pause/linux/pause.c"
    _run_logged(["gcc", *PAUSE_CFLAGS, "-o", str(work / "pause"), str(source)], log_path("pause"))
    _run_logged(["strip", str(work / "pause")], log_path("pause"))
    return _build_in(work, "pause", refs.PAUSE_IMAGE, PAUSE_CONTAINERFILE)


def _coredns_binary() -> Path:
    binary = tools().coredns
    if not binary.exists():
        raise InfraError("images", f"CoreDNS is not built yet ({binary}): run `make setup`")
    return binary


def _coredns_inputs() -> dict[str, object]:
    with _coredns_binary().open("rb") as fh:
        binary = hashlib.file_digest(fh, "sha256").hexdigest()
    return {"binary": binary, "containerfile": COREDNS_CONTAINERFILE}


def _build_coredns(work: Path) -> Built:
    shutil.copyfile(_coredns_binary(), work / "coredns")
    (work / "coredns").chmod(0o755)
    _run_logged(["setcap", "cap_net_bind_service=+ep", str(work / "coredns")], log_path("coredns"))
    return _build_in(work, "coredns", refs.COREDNS_IMAGE, COREDNS_CONTAINERFILE)


def _build_args() -> dict[str, str]:
    return {"PYTHON_IMAGE": refs.PYTHON_IMAGE}


def _product_inputs(target: str) -> dict[str, object]:
    base = Record.latest("python")
    return {
        **dockerfile_inputs(REPO_ROOT, REPO_ROOT / "Dockerfile"),
        "target": target,
        "build_args": _build_args(),
        "base": base.image_id if base else None,
    }


def _build_volumes() -> list[str]:
    """Mounted for the build only, never committed: the host's CA bundle (egress may pass a TLS-intercepting
    proxy whose CA a Debian image lacks) and the host's uv cache (wheels the checkout's venv already fetched)."""
    volumes = host_ca_volumes()
    uv = uv_binary()
    if uv.exists():
        proc = subprocess.run([str(uv), "cache", "dir"], capture_output=True, text=True, check=False)
        if proc.returncode == 0 and proc.stdout.strip():
            uv_cache = Path(proc.stdout.strip())
            uv_cache.mkdir(parents=True, exist_ok=True)
            volumes.append(f"{uv_cache}:/root/.cache/uv")
    return volumes


def _product_build(target: str) -> Callable[[Path], Built]:
    def build(work: Path) -> Built:
        return buildah().build(
            context=REPO_ROOT,
            containerfile=REPO_ROOT / "Dockerfile",
            tag=refs.product_image(target),
            target=target,
            build_args=_build_args(),
            volumes=_build_volumes(),
            layers=True,  # the shared build stage is made once for the four targets and reused while deps stay
            log=log_path(target),
        )

    return build


def _product(target: str) -> Image:
    return Image(target, refs.product_image(target), lambda: _product_inputs(target), _product_build(target))


def _devdeps(name: str) -> Image:
    return Image(name, refs.devdeps_image(name), lambda: devdeps.inputs(name), lambda work: devdeps.build(name, work))


def all_images() -> list[Image]:
    """In build order: a product's inputs include the base's id."""
    return [
        Image("python", refs.PYTHON_IMAGE, _python_inputs, _build_python, exported=False),
        Image("pause", refs.PAUSE_IMAGE, _pause_inputs, _build_pause),
        Image("coredns", refs.COREDNS_IMAGE, _coredns_inputs, _build_coredns),
        *(_product(target) for target in refs.PRODUCT_TARGETS),
        *(_devdeps(name) for name in refs.DEVDEPS_IMAGES),
    ]


def current(image: Image) -> Record | None:
    """The record when the image is up to date (same inputs, archive present), else None."""
    key = image.key()
    record = Record.load(image.name, key)
    if record is None or record.key != key:
        return None
    if image.exported and not archive_path(image.name, key).exists():
        return None
    return record

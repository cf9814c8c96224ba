"""The development dependencies' images: Kafka, PostgreSQL and the S3 server of charts/eventpipeline-dev, and Redis
under the operator's default managed-Redis name. Built from Debian packages and from the jars and wheels the
project already pins for its host-run servers; nothing comes from an image registry.

Each has a Containerfile of its own (`containerfiles/<name>/`, next to the scripts it copies), built over the Python
base so that a node stores that base layer once for all our images. The build context is that directory plus what the
host-run servers use: the Kafka jars set-up fetched from Maven Central (`libs/`), and for the S3 server the versions
uv.lock pins (`requirements.txt`, `constraints.txt`). `write_context(name, dir)` makes the context: buildah builds
it here, `docker build` anywhere else (docs/devdeps.md).

Rebuilt when the digest of the context (every file's name, content and executable bit, the jars included), the
build arguments or the base's image id changes. Debian package versions are what the mirror serves at build time,
as for the base, and do not count.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path
from typing import Final

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images import refs
from eventpipeline.infra.images.buildah import Built
from eventpipeline.infra.images.inputs import placed_files_digest
from eventpipeline.infra.images.store import Record, buildah, host_ca_volumes, log_path, uv_binary
from eventpipeline.infra.kafka import Kafka
from eventpipeline.infra.paths import REPO_ROOT
from eventpipeline.infra.settings import InfraSettings

SOURCES: Final = Path(__file__).parent / "containerfiles"
# moto's server for S3 alone: its `server` extra brings every other AWS service's libraries too (cfn-lint, sympy,
# networkx, docker, ...: 290 MB of packages instead of 82 MB); the server itself needs flask and flask-cors.
S3_REQUIREMENTS: Final = ("moto[s3]", "flask", "flask-cors")


def _build_args() -> dict[str, str]:
    return {"BASE_IMAGE": refs.PYTHON_IMAGE}


def _kafka_jars() -> dict[str, Path]:
    kafka = Kafka(InfraSettings())
    if not kafka.fetched():
        raise InfraError("images", f"the Kafka jars are not in {kafka.jar_dir} (run `make setup`)")
    return {f"libs/{jar.name}": jar for jar in sorted(kafka.jar_dir.glob("*.jar"))}


def s3_constraints() -> str:
    """Every version uv.lock pins for the dev tools (`uv export`), requirement lines only: pip installs the S3
    server's packages at exactly the versions the host-run server has."""
    uv = uv_binary()
    if not uv.exists():
        raise InfraError("images", f"uv is not installed at {uv} (run `make bootstrap`)")
    cmd = [str(uv), "export", "--frozen", "--no-hashes", "--no-emit-workspace", "--no-dev", "--quiet"]
    proc = subprocess.run(
        [*cmd, "--package", "eventpipeline-infra"], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise InfraError("images", f"`uv export` failed: {proc.stderr.strip()}")
    lines = [line for line in proc.stdout.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return "".join(f"{line}\n" for line in lines)


def _generated(name: str) -> dict[str, str]:
    if name == "s3":
        return {"requirements.txt": "".join(f"{r}\n" for r in S3_REQUIREMENTS), "constraints.txt": s3_constraints()}
    return {}


def _copied(name: str) -> dict[str, Path]:
    """Context-relative name -> source file: the image's own directory, and for Kafka the jars."""
    source = SOURCES / name
    if not (source / "Containerfile").is_file():
        raise ValueError(f"unknown development image {name!r} (known: {', '.join(refs.DEVDEPS_IMAGES)})")
    files = {path.name: path for path in sorted(source.iterdir()) if path.is_file()}
    return {**files, **(_kafka_jars() if name == "kafka" else {})}


def write_context(name: str, target: Path) -> Path:
    """Write the build context of one image into `target` (created, must not exist or be empty)."""
    target.mkdir(parents=True, exist_ok=True)
    if any(target.iterdir()):
        raise InfraError("images", f"{target} is not empty: the build context goes into an empty directory")
    for rel, source in _copied(name).items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target / rel)  # the jars are 43 MB: no copy when on the same file system
        except OSError:
            shutil.copy2(source, target / rel)
    for rel, text in _generated(name).items():
        (target / rel).write_text(text)
    return target


def inputs(name: str) -> dict[str, object]:
    copied = _copied(name)
    base = Record.latest("python")
    return {
        "files": placed_files_digest(copied),
        "generated": {rel: hashlib.sha256(text.encode()).hexdigest() for rel, text in _generated(name).items()},
        "build_args": _build_args(),
        "base": base.image_id if base else None,
    }


def build(name: str, work: Path) -> Built:
    """Build one image from a fresh context in `work` (an empty directory)."""
    context = write_context(name, work / "context")
    return buildah().build(
        context=context,
        containerfile=context / "Containerfile",
        tag=refs.devdeps_image(name),
        build_args=_build_args(),
        volumes=host_ca_volumes(),
        log=log_path(name),
    )

"""buildah with storage of its own in the cache: builds Containerfiles without a daemon or Docker.

Rootful, overlay storage driver, chroot isolation (no nested namespaces needed). The storage sits in the cache
next to the archives, so its layer cache survives fresh clones, and nothing is shared with any other buildah or
podman on the machine.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventpipeline.infra.errors import InfraError

# `--> Using cache <id>` and `--> <short id>`: every image a layered build made or reused, one per instruction.
_STEP_IMAGE = re.compile(r"^--> (?:Using cache )?([0-9a-f]{11,64})\s*$", re.MULTILINE)
# The last thing `bud` prints: the full id of the image it committed.
_FINAL_ID = re.compile(r"^([0-9a-f]{64})\s*$", re.MULTILINE)


def step_images(build_output: str) -> list[str]:
    """The (possibly short) ids of the intermediate images a `bud --layers` printed: its layer cache."""
    return _STEP_IMAGE.findall(build_output)


@dataclass(frozen=True)
class Built:
    image_id: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class Buildah:
    root: Path
    runroot: Path

    def _cmd(self, *args: str) -> list[str]:
        return [
            "buildah",
            "--root",
            str(self.root),
            "--runroot",
            str(self.runroot),
            "--storage-driver",
            "overlay",
            *args,
        ]

    def _run(self, args: Sequence[str], *, log: Path, what: str) -> None:
        with log.open("ab") as out:
            out.write(f"$ {' '.join(self._cmd(*args))}\n".encode())
            out.flush()
            if subprocess.run(self._cmd(*args), stdout=out, stderr=subprocess.STDOUT, check=False).returncode != 0:
                raise InfraError("images", f"{what} failed", log)

    def build(
        self,
        *,
        context: Path,
        containerfile: Path,
        tag: str,
        log: Path,
        target: str | None = None,
        build_args: Mapping[str, str] | None = None,
        volumes: Sequence[str] = (),
        layers: bool = False,
    ) -> Built:
        """`buildah bud`: the new image's id and, with `layers`, the intermediate images it made or reused.

        The ids come from the build's output: with `--iidfile` buildah stops printing those of new steps.
        """
        log.parent.mkdir(parents=True, exist_ok=True)
        start = log.stat().st_size if log.exists() else 0
        args = ["bud", "--isolation", "chroot", "--force-rm", f"--layers={str(layers).lower()}"]
        args += ["-f", str(containerfile), "-t", tag]
        if target:
            args += ["--target", target]
        for name, value in (build_args or {}).items():
            args += ["--build-arg", f"{name}={value}"]
        for volume in volumes:
            args += ["-v", volume]
        self._run([*args, str(context)], log=log, what=f"building {tag}")
        with log.open("rb") as fh:
            fh.seek(start)
            output = fh.read().decode(errors="replace")
        final = _FINAL_ID.findall(output)
        if not final:
            raise InfraError("images", f"building {tag}: no image id in buildah's output", log)
        return Built(final[-1], tuple(step_images(output)))

    def image_id(self, ref: str) -> str | None:
        """The id of the image `ref` names in this storage, or None when there is none."""
        try:
            proc = subprocess.run(
                self._cmd("inspect", "--type", "image", "--format", "{{.FromImageID}}", ref),
                capture_output=True,
                text=True,
                check=False,
            )
        except FileNotFoundError:  # buildah not installed yet
            return None
        if proc.returncode != 0:
            return None
        return proc.stdout.strip() or None

    def export(self, ref: str, archive: Path, *, log: Path) -> None:
        """Write `ref` as a docker-archive (what `ctr images import` and `docker load` read), replacing atomically."""
        part = archive.with_suffix(".part")
        part.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        self._run(["push", "--quiet", ref, f"docker-archive:{part}:{ref}"], log=log, what=f"exporting {ref}")
        part.rename(archive)

    def prune(self, keep: Sequence[str], *, log: Path) -> int:
        """Remove untagged images except those whose id starts with one of `keep` (the current layer cache):
        superseded images and stale cache go, the cache of the latest build stays. Returns how many went."""
        proc = subprocess.run(
            self._cmd("images", "--all", "--json", "--no-trunc"), capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            raise InfraError("images", f"buildah images failed: {proc.stderr.strip()}")
        stale = [
            image["id"].removeprefix("sha256:")
            for image in json.loads(proc.stdout or "[]")
            if not image.get("names") and not any(image["id"].removeprefix("sha256:").startswith(k) for k in keep)
        ]
        if stale:
            self._run(["rmi", "--force", *stale], log=log, what="removing superseded images")
        return len(stale)

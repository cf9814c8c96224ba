"""The Python base image's root file system, from Debian packages (debootstrap), packed as one tar in the cache.

Made once per package list: the tar is named after a digest of the suite, the packages and the trim list, so a
new list makes a new tar and anything else reuses it (debootstrap takes about 3 minutes; docs/cluster.md). The
mirror is the one this machine's apt already uses, and it does not count: any mirror serves the same suite.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Final

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images.inputs import digest

SUITE: Final = "bookworm"
# Python 3.11 with its whole standard library (ssl for every TLS client), venv with its bundled pip and setuptools
# wheels (the Dockerfile's build stage makes venvs), CA certificates. `python3.11-distutils` is provided by
# python3-distutils, and debootstrap does not resolve Provides: name the real package. minbase adds what Debian
# marks required, passwd (groupadd, useradd: the Dockerfile's runtime stage) among it.
PACKAGES: Final = (
    "python3-minimal",
    "python3.11-minimal",
    "libpython3.11-stdlib",
    "python3.11-venv",
    "python3-distutils",
    "python3-pip-whl",
    "python3-setuptools-whl",
    "ca-certificates",
)
# What no container reads (docs, manuals, translations, apt's downloads and indexes, debootstrap's own notes):
# 275 MB -> 133 MB. dpkg's database stays, so the image still says which packages it holds.
TRIM: Final = (
    "usr/share/doc",
    "usr/share/man",
    "usr/share/info",
    "usr/share/locale",
    "var/cache/apt",
    "var/lib/apt/lists",
    "var/log",
    "debootstrap",
)
_DEFAULT_MIRROR: Final = "http://deb.debian.org/debian"


def rootfs_key() -> str:
    return digest({"suite": SUITE, "packages": sorted(PACKAGES), "trim": sorted(TRIM), "variant": "minbase"})


def mirror_from_sources(text: str, suite: str = SUITE) -> str | None:
    """The first URI that serves `suite` in an apt sources file: deb822 (`*.sources`) or one-line (`*.list`)."""
    for stanza in re.split(r"\n\s*\n", text):
        fields: dict[str, list[str]] = {}
        for line in stanza.splitlines():
            if ":" in line and not line.lstrip().startswith("#"):
                name, _, value = line.partition(":")
                fields[name.strip().lower()] = value.split()
        if "deb" in fields.get("types", []) and suite in fields.get("suites", []) and fields.get("uris"):
            return fields["uris"][0]
    for line in text.splitlines():
        words = re.sub(r"\[[^\]]*\]", " ", line.split("#", 1)[0]).split()  # drop `[arch=... signed-by=...]`
        if len(words) >= 3 and words[0] == "deb" and words[2] == suite:
            return words[1]
    return None


def host_mirror() -> str:
    """The Debian mirror this machine's apt uses for `SUITE` (a proxy or local mirror keeps working here)."""
    sources = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for path in sources:
        if path.suffix in (".sources", ".list") and path.is_file():
            found = mirror_from_sources(path.read_text())
            if found:
                return found
    return _DEFAULT_MIRROR


def _mounts_under(root: Path) -> list[Path]:
    """Mount points at or below `root`, deepest first (debootstrap mounts /proc and /sys into its target)."""
    prefix = str(root.resolve())
    found = []
    for line in Path("/proc/self/mounts").read_text().splitlines():
        point = line.split()[1].encode().decode("unicode_escape")
        if point == prefix or point.startswith(prefix + "/"):
            found.append(Path(point))
    return sorted(found, key=lambda p: len(p.parts), reverse=True)


def remove_tree(root: Path) -> None:
    """Delete a (half-made) root file system, unmounting what debootstrap left mounted in it first."""
    for point in _mounts_under(root):
        subprocess.run(["umount", "--lazy", str(point)], check=False, capture_output=True)
    if _mounts_under(root):
        raise InfraError("images", f"{root} still has mounts; refusing to delete it")
    shutil.rmtree(root, ignore_errors=True)


def ensure_rootfs(cache: Path, *, log: Path) -> Path:
    """The packed root file system for the current package list, made with debootstrap when missing."""
    tar = cache / f"python-rootfs-{rootfs_key()}.tar"
    if tar.exists():
        return tar
    if os.geteuid() != 0:
        raise InfraError("images", "debootstrap needs root")
    tree = cache / f"python-rootfs-{rootfs_key()}.tmp"
    remove_tree(tree)
    cache.mkdir(parents=True, exist_ok=True)
    mirror = host_mirror()
    cmd = [
        "debootstrap",
        "--variant=minbase",
        f"--include={','.join(PACKAGES)}",
        SUITE,
        str(tree),
        mirror,
    ]
    try:
        with log.open("ab") as out:
            if subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=False).returncode != 0:
                raise InfraError("images", f"debootstrap {SUITE} from {mirror} failed", log)
        for rel in TRIM:
            target = tree / rel
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
                target.mkdir()  # the directories themselves stay (apt and dpkg expect them)
        packed = tar.with_suffix(".part")
        pack = ["tar", "--numeric-owner", "--xattrs", "-C", str(tree), "-cf", str(packed), "."]
        with log.open("ab") as out:
            if subprocess.run(pack, stdout=out, stderr=subprocess.STDOUT, check=False).returncode != 0:
                raise InfraError("images", f"packing {tree} failed", log)
        packed.rename(tar)
    finally:
        remove_tree(tree)
    for old in cache.glob("python-rootfs-*.tar"):
        if old != tar:
            old.unlink()
    return tar

"""The Debian packages the local servers and image builds need, installed by set-up with one `apt-get install` of
what is missing."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.paths import cache_dir

PACKAGES = (
    # The servers.
    "postgresql-15",
    "redis-server",
    # Images without Docker (eventpipeline.infra.images): buildah builds, debootstrap makes the Python base from
    # Debian packages, gcc + libc6-dev compile the static pause binary, setcap marks CoreDNS's.
    "buildah",
    "debootstrap",
    "gcc",
    "libc6-dev",
    "libcap2-bin",
    # The real node: containerd (its `ctr` loads images) + runc, the CNI plugins, iptables/conntrack for
    # kube-proxy; iproute2 and util-linux's nsenter are on every Debian machine.
    "containerd",
    "runc",
    "containernetworking-plugins",
    "iptables",
    "conntrack",
)


def missing(packages: Sequence[str]) -> list[str]:
    """The packages dpkg does not list as installed."""
    absent = []
    for package in packages:
        proc = subprocess.run(
            ["dpkg-query", "-W", "-f=${db:Status-Status}", package], capture_output=True, text=True, check=False
        )
        if proc.stdout.strip() != "installed":
            absent.append(package)
    return absent


def install(packages: Sequence[str]) -> None:
    """`apt-get update` then `apt-get install -y` (no recommends, no service starts); errors name the log."""
    if not packages:
        return
    log = cache_dir() / "logs" / "apt.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        raise InfraError("apt", f"installing {' '.join(packages)} needs root (apt-get install)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    with log.open("ab") as out:
        subprocess.run(["apt-get", "update"], stdout=out, stderr=out, env=env, check=False)
        rc = subprocess.run(
            ["apt-get", "install", "-y", "--no-install-recommends", *packages],
            stdout=out,
            stderr=out,
            env=env,
            check=False,
        )
    if rc.returncode != 0:
        raise InfraError("apt", f"apt-get install {' '.join(packages)} failed", log)

"""Install missing server binaries from Debian packages (PostgreSQL 15, Redis), once per machine."""

from __future__ import annotations

import os
import subprocess

from eventpipeline.infra.service import Service

_updated = False


def ensure_package(service: Service, package: str) -> None:
    """`apt-get install -y package` (after one `apt-get update` per run); errors name the component's log."""
    global _updated  # noqa: PLW0603 - one index refresh per process is the point
    if os.geteuid() != 0:
        raise service.fail(f"{package} is missing and installing it needs root (apt-get install {package})")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    service.log.parent.mkdir(parents=True, exist_ok=True)
    with service.progress.step(service.name, f"apt-get install {package}"), service.log.open("ab") as out:
        if not _updated:
            subprocess.run(["apt-get", "update"], stdout=out, stderr=out, env=env, check=False)
            _updated = True
        rc = subprocess.run(
            ["apt-get", "install", "-y", "--no-install-recommends", package],
            stdout=out,
            stderr=out,
            env=env,
            check=False,
        )
    if rc.returncode != 0:
        raise service.fail(f"apt-get install {package} failed")

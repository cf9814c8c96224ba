"""Build Go programs from the Go module proxy into the cache, once per machine and version.

Each program is built from a small wrapper module that requires the pinned module version, so that
modules whose own go.mod has replace directives (which `go install` refuses) still build; the
caller may pass extra requires/replaces for those.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from eventpipeline.infra.paths import cache_dir


@dataclass(frozen=True)
class GoTool:
    """One binary: the module that holds it, the pinned version and the package path of its main."""

    name: str
    module: str
    version: str
    package: str
    ldflags: str = ""
    replaces: Mapping[str, str] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict)


def binary_path(tool: GoTool) -> Path:
    return cache_dir() / "bin" / f"{tool.name}-{tool.version}"


def ensure_go_binary(tool: GoTool, *, log: Path | None = None) -> Path:
    """Return the cached binary, building it first when missing. Raises RuntimeError naming the log."""
    out = binary_path(tool)
    if out.exists():
        return out
    if shutil.which("go") is None:
        raise RuntimeError(f"{tool.name}: the `go` toolchain is not on PATH")
    work = cache_dir() / "gobuild" / f"{tool.name}-{tool.version}"
    work.mkdir(parents=True, exist_ok=True)
    log = log or work / "build.log"
    env = {**os.environ, "CGO_ENABLED": "0", "GOFLAGS": "-mod=mod", **tool.env}
    gomod = (
        f"module eventpipeline.local/build/{tool.name}\n\ngo 1.25\n\nrequire {tool.module} {tool.version}\n"
    )
    for old, new in tool.replaces.items():
        gomod += f"replace {old} => {new}\n"
    (work / "go.mod").write_text(gomod)
    (work / "tools.go").write_text(f'//go:build tools\n\npackage tools\n\nimport _ "{tool.package}"\n')
    tmp = out.with_suffix(".tmp")
    tmp.parent.mkdir(parents=True, exist_ok=True)
    steps = [
        ["go", "mod", "tidy"],
        ["go", "build", "-trimpath", "-ldflags", tool.ldflags, "-o", str(tmp), tool.package],
    ]
    with log.open("ab") as fh:
        for cmd in steps:
            rc = subprocess.run(cmd, cwd=work, env=env, stdout=fh, stderr=subprocess.STDOUT, check=False)
            if rc.returncode != 0:
                raise RuntimeError(f"{tool.name}: `{' '.join(cmd[:2])}` failed; see {log}")
    tmp.rename(out)
    return out

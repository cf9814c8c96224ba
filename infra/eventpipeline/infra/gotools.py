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
    gomod = f"module eventpipeline.local/build/{tool.name}\n\ngo 1.25\n\nrequire {tool.module} {tool.version}\n"
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


@dataclass(frozen=True)
class GoModuleBuild:
    """Several binaries from one wrapper module, built by one `go build` so they share compilation.

    `binaries` maps each output name to its main package. `requires` adds `require` lines (for
    sibling modules a dependency's go.mod replaces locally); `replaces` maps a module path to
    `other/module vX.Y.Z` (or a local dir).
    """

    name: str
    module: str
    version: str
    binaries: Mapping[str, str]
    ldflags: str = ""
    requires: Mapping[str, str] = field(default_factory=dict)
    replaces: Mapping[str, str] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict)
    go_directive: str = "1.25"


def binaries_dir(build: GoModuleBuild) -> Path:
    return cache_dir() / "bin" / f"{build.name}-{build.version}"


def ensure_go_binaries(build: GoModuleBuild, *, log: Path | None = None) -> dict[str, Path]:
    """Return name -> path of the cached binaries, building them all first when any is missing.

    The binaries land in a temporary folder that is renamed into place only after every one of them
    built, so an interrupted build never leaves a half-filled folder that looks done.
    """
    out = binaries_dir(build)
    paths = {name: out / name for name in build.binaries}
    if all(p.exists() for p in paths.values()):
        return paths
    if shutil.which("go") is None:
        raise RuntimeError(f"{build.name}: the `go` toolchain is not on PATH")
    work = cache_dir() / "gobuild" / f"{build.name}-{build.version}"
    work.mkdir(parents=True, exist_ok=True)
    log = log or work / "build.log"
    env = {**os.environ, "CGO_ENABLED": "0", "GOFLAGS": "-mod=mod", **build.env}
    requires = {build.module: build.version, **build.requires}
    gomod = f"module eventpipeline.local/build/{build.name}\n\ngo {build.go_directive}\n\n"
    gomod += "".join(f"require {mod} {ver}\n" for mod, ver in requires.items())
    gomod += "".join(f"replace {old} => {new}\n" for old, new in build.replaces.items())
    (work / "go.mod").write_text(gomod)
    imports = "".join(f'\t_ "{pkg}"\n' for pkg in build.binaries.values())
    (work / "tools.go").write_text(f"//go:build tools\n\npackage tools\n\nimport (\n{imports})\n")
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    build_cmd = ["go", "build", "-trimpath", "-ldflags", build.ldflags]
    with log.open("ab") as fh:
        rc = subprocess.run(["go", "mod", "tidy"], cwd=work, env=env, stdout=fh, stderr=subprocess.STDOUT, check=False)
        if rc.returncode != 0:
            raise RuntimeError(f"{build.name}: `go mod tidy` failed; see {log}")
        if len(build.binaries) == 1:
            # `-o dir/` names a binary after its package path, which is "v3" for a /v3 module root.
            ((name, pkg),) = build.binaries.items()
            cmds = [[*build_cmd, "-o", str(tmp / name), pkg]]
        else:
            cmds = [[*build_cmd, "-o", f"{tmp}/", *build.binaries.values()]]
        for cmd in cmds:
            rc = subprocess.run(cmd, cwd=work, env=env, stdout=fh, stderr=subprocess.STDOUT, check=False)
            if rc.returncode != 0:
                raise RuntimeError(f"{build.name}: `go build` failed; see {log}")
    for name, pkg in build.binaries.items():
        built = tmp / pkg.rsplit("/", 1)[-1]
        if name != built.name and built.exists():
            built.rename(tmp / name)
        if not (tmp / name).exists():
            raise RuntimeError(f"{build.name}: `go build` produced no {name}; see {log}")
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return paths

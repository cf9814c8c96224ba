"""Build Go programs from the Go module proxy into the cache, once per machine and set of pins.

Programs are built from a generated wrapper module that requires the pinned modules, so that modules whose own
go.mod has replace directives (which `go install` refuses) still build; the caller passes the extra requires and
replaces those need. Several programs in one wrapper are built by one `go build`, so the packages they share
(client-go, grpc, protobuf, ...) compile once at one version.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from eventpipeline.infra.paths import cache_dir

# No symbol table and no DWARF: they are most of the link time and memory, and nobody debugs these binaries here.
STRIP_LDFLAGS = "-s -w"


@dataclass(frozen=True)
class GoModuleBuild:
    """Several binaries from one wrapper module, built by one `go build`.

    `requires` maps module -> version; `binaries` maps each output name to its main package; `replaces` maps a
    module path to `other/module vX.Y.Z` (or a local dir); `sources` are extra files of the wrapper module
    (path -> text), for a main package of our own (its import path is `<module>/<dir>`).
    """

    name: str
    requires: Mapping[str, str]
    binaries: Mapping[str, str]
    ldflags: str = ""
    replaces: Mapping[str, str] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict)
    go_directive: str = "1.26.0"

    @property
    def module(self) -> str:
        return f"eventpipeline.local/build/{self.name}"

    def key(self) -> str:
        """What the binaries depend on, short: a new pin or flag gives a new folder, so a stale build is never used.

        Replaces are left out: callers derive them from the pinned versions (and may only know them after a
        download), so the pins already decide them.
        """
        doc = json.dumps(
            [dict(self.requires), dict(self.binaries), self.ldflags, dict(self.sources), dict(self.env)],
            sort_keys=True,
        )
        return hashlib.sha256(doc.encode()).hexdigest()[:10]


def binaries_dir(build: GoModuleBuild) -> Path:
    return cache_dir() / "bin" / f"{build.name}-{build.key()}"


def built(build: GoModuleBuild) -> dict[str, Path] | None:
    """name -> path when every binary of the build is in the cache, else None (nothing is built here)."""
    out = binaries_dir(build)
    paths = {name: out / name for name in build.binaries}
    return paths if all(p.exists() for p in paths.values()) else None


def go_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, "CGO_ENABLED": "0", "GOFLAGS": "-mod=mod", **(extra or {})}


def download(module: str, version: str) -> dict[str, str]:
    """`go mod download -json` a module: its Dir and GoMod paths in the shared module cache."""
    if shutil.which("go") is None:
        raise RuntimeError(f"{module}: the `go` toolchain is not on PATH")
    scratch = cache_dir() / "gobuild"
    scratch.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        ["go", "mod", "download", "-json", f"{module}@{version}"],
        cwd=scratch,
        env=go_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    info: dict[str, str] = json.loads(proc.stdout) if proc.stdout.strip() else {}
    if proc.returncode != 0 or "Error" in info:
        detail = info.get("Error") or proc.stderr.strip().splitlines()[-1:]
        raise RuntimeError(f"{module}@{version}: download failed: {detail}")
    return info


def default_binary_name(package: str) -> str:
    """What `go build -o dir/` calls a main package's binary: its last path element, or the one before a major
    version suffix (`go.etcd.io/etcd/server/v3` -> `server`)."""
    parts = package.split("/")
    if len(parts) > 1 and re.fullmatch(r"v[2-9]|v[1-9][0-9]+", parts[-1]):
        return parts[-2]
    return parts[-1]


def wrapper_files(build: GoModuleBuild) -> dict[str, str]:
    """The wrapper module's go.mod, a tools.go that imports every main from a dependency, and `sources`."""
    gomod = f"module {build.module}\n\ngo {build.go_directive}\n\n"
    gomod += "".join(f"require {mod} {ver}\n" for mod, ver in build.requires.items())
    gomod += "".join(f"replace {old} => {new}\n" for old, new in build.replaces.items())
    external = [pkg for pkg in build.binaries.values() if not pkg.startswith(build.module + "/")]
    imports = "".join(f'\t_ "{pkg}"\n' for pkg in external)
    tools = f"//go:build tools\n\npackage tools\n\nimport (\n{imports})\n"
    return {"go.mod": gomod, "tools.go": tools, **build.sources}


def ensure_go_binaries(build: GoModuleBuild, *, log: Path | None = None) -> dict[str, Path]:
    """name -> path of the cached binaries, building them all first when any is missing.

    The binaries land in a temporary folder that is renamed into place only after every one of them built, so an
    interrupted build never leaves a half-filled folder that looks done. Raises RuntimeError naming the log.
    """
    done = built(build)
    if done is not None:
        return done
    if shutil.which("go") is None:
        raise RuntimeError(f"{build.name}: the `go` toolchain is not on PATH")
    out = binaries_dir(build)
    work = cache_dir() / "gobuild" / build.name
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    log = log or work / "build.log"
    for rel, text in wrapper_files(build).items():
        (work / rel).parent.mkdir(parents=True, exist_ok=True)
        (work / rel).write_text(text)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    env = go_env(build.env)
    ldflags = f"{STRIP_LDFLAGS} {build.ldflags}".strip()
    cmds = [
        ["go", "mod", "tidy"],
        ["go", "build", "-trimpath", "-ldflags", ldflags, "-o", f"{tmp}/", *build.binaries.values()],
    ]
    with log.open("ab") as fh:
        for cmd in cmds:
            rc = subprocess.run(cmd, cwd=work, env=env, stdout=fh, stderr=subprocess.STDOUT, check=False)
            if rc.returncode != 0:
                raise RuntimeError(f"{build.name}: `{' '.join(cmd[:2])}` failed; see {log}")
    for name, pkg in build.binaries.items():
        made = tmp / default_binary_name(pkg)
        if name != made.name and made.exists():
            made.rename(tmp / name)
        if not (tmp / name).exists():
            raise RuntimeError(f"{build.name}: `go build` produced no {name}; see {log}")
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return {name: out / name for name in build.binaries}

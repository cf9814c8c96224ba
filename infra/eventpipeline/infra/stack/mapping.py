"""How a pod template's world is translated to this machine: the image's program, in-cluster hosts, mount paths.

kwok runs no containers, so the runner starts the program a container would run as a local process. Three
translations make that possible, and nothing else is changed (docs/stack.md lists them):

1. **Program.** `python`/`python3` (or any path ending in `/python`) as the container's command becomes the venv's
   interpreter; a container without a command gets its image's entrypoint, `python -m eventpipeline.<tier>`, where
   `<tier>` is the image name's last path segment (`ghcr.io/eventpipeline/ingest:0.1.0` -> `ingest`), as the
   Dockerfile's targets declare.
2. **Hosts.** In-cluster Service names (`<svc>.<ns>.svc[.cluster.local][:port]`, `<svc>.<ns>:port`) that the
   runner knows a local stand-in for are rewritten in env values and args (the `HostMap`).
3. **Mount paths.** A volume is materialized into a per-process dir; every env value or arg that names a path
   under the container's `mountPath` is rewritten to the same path under that dir.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

TIERS: Final = ("ingest", "consumer", "analytics")
_PYTHONS: Final = {"python", "python3"}
_MODULE = re.compile(r"^eventpipeline\.(ingest|consumer|analytics)$")


class MappingError(ValueError):
    """The pod template asks for something the runner cannot reproduce locally; the message names the field."""


def image_tier(image: str) -> str | None:
    """`registry/org/ingest:tag` (or `@sha256:...`) -> `ingest` when the name is one of ours."""
    name = image.split("@", 1)[0].rsplit("/", 1)[-1].split(":", 1)[0]
    return name if name in TIERS else None


def local_argv(
    command: Sequence[str], args: Sequence[str], image: str, *, python: str = sys.executable
) -> tuple[list[str], str]:
    """The argv to run locally and the tier it runs; MappingError when it is not one of our workloads."""
    if command:
        argv = list(command) + list(args)
        program = argv[0]
        if program in _PYTHONS or program.endswith("/python") or program.endswith("/python3"):
            argv[0] = python
        else:
            raise MappingError(f"container.command: {program!r} is not a python interpreter the runner can map")
    else:
        tier = image_tier(image)
        if tier is None:
            raise MappingError(f"container.image: {image!r} is not an eventpipeline workload image")
        argv = [python, "-m", f"eventpipeline.{tier}", *args]
    for flag, module in itertools.pairwise(argv):
        if flag == "-m" and (match := _MODULE.match(module)):
            return argv, match.group(1)
    raise MappingError(f"container.command: {argv[1:]!r} does not run `-m eventpipeline.<tier>`")


@dataclass(frozen=True)
class Target:
    host: str
    port: int


@dataclass
class HostMap:
    """In-cluster `host[:port]` -> a local `host:port`. Keys are fully qualified Service names plus a port."""

    entries: dict[tuple[str, int], Target] = field(default_factory=dict)
    default_ports: dict[str, int] = field(default_factory=dict)

    def add_service(self, name: str, namespace: str, port: int, target: Target, *, default: bool = True) -> None:
        """Every spelling of `name.namespace` a pod could use (the bare name is too ambiguous to rewrite)."""
        for host in (f"{name}.{namespace}", f"{name}.{namespace}.svc", f"{name}.{namespace}.svc.cluster.local"):
            self.entries[(host, port)] = target
            if default:
                self.default_ports.setdefault(host, port)

    def add(self, host: str, port: int, target: Target) -> None:
        self.entries[(host, port)] = target

    def rows(self) -> list[tuple[str, str]]:
        """(`in-cluster`, `local`) for the runner's state file and docs."""
        return sorted((f"{h}:{p}", f"{t.host}:{t.port}") for (h, p), t in self.entries.items())

    def _pattern(self) -> re.Pattern[str] | None:
        hosts = sorted({h for h, _ in self.entries}, key=len, reverse=True)
        if not hosts:
            return None
        alternatives = "|".join(re.escape(h) for h in hosts)
        # A host ends where a hostname cannot continue; the port is optional (the Service's port is implied).
        return re.compile(rf"(?<![A-Za-z0-9.-])({alternatives})(?::([0-9]+))?(?![A-Za-z0-9.-])")

    def rewrite(self, value: str) -> str:
        pattern = self._pattern()
        if pattern is None:
            return value

        def swap(match: re.Match[str]) -> str:
            host, port = match.group(1), match.group(2)
            key = (host, int(port) if port else self.default_ports.get(host, -1))
            target = self.entries.get(key)
            if target is None:
                return match.group(0)
            return f"{target.host}:{target.port}"

        return pattern.sub(swap, value)


def parse_map_option(text: str) -> tuple[str, int, Target]:
    """`host:port=localhost:port` (the runner's `--map` option)."""
    try:
        left, right = text.split("=", 1)
        host, port = left.rsplit(":", 1)
        thost, tport = right.rsplit(":", 1)
        return host, int(port), Target(thost, int(tport))
    except ValueError:
        raise MappingError(f"--map {text!r}: expected host:port=host:port") from None


@dataclass(frozen=True)
class MountRewrite:
    """Container `mountPath` -> the local dir holding that volume."""

    pairs: tuple[tuple[str, Path], ...]

    @classmethod
    def of(cls, mounts: Mapping[str, Path]) -> MountRewrite:
        return cls(tuple(sorted(mounts.items(), key=lambda item: len(item[0]), reverse=True)))

    def rewrite(self, value: str) -> str:
        """One pass over all mount paths, longest first, so a rewritten path is never rewritten again."""
        if not self.pairs:
            return value
        locals_ = {mount.rstrip("/") or "/": str(local) for mount, local in self.pairs}
        alternatives = "|".join(re.escape(m) for m in sorted(locals_, key=len, reverse=True))
        # A path starts at the beginning or after a separator and ends at `/`, a separator or the end.
        pattern = re.compile(rf"(?<![^\s=:,;])({alternatives})(?=$|[/\s:,;])")
        return pattern.sub(lambda match: locals_[match.group(1)], value)


def rewrite_all(values: Iterable[str], *rewriters: HostMap | MountRewrite) -> list[str]:
    out = []
    for value in values:
        result = value
        for rewriter in rewriters:
            result = rewriter.rewrite(result)
        out.append(result)
    return out

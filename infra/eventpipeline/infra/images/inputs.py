"""What an image is built from, as one digest: a new digest means a rebuild, the same digest means none.

For a Dockerfile build that is the Dockerfile, every file of the build context its `COPY`/`ADD` instructions take
(after `.dockerignore`, as the builder sends them: content, and whether executable), and whatever the caller adds
(base image id, target, build arguments). Files outside those sources never count, so editing a test or a doc
rebuilds nothing. Pure functions over the file system: no builds, no subprocesses.
"""

from __future__ import annotations

import hashlib
import json
import re
import shlex
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_CONTINUATION = re.compile(r"\\\s*\n")
_COPY = re.compile(r"^\s*(COPY|ADD)\s+(.*)$", re.IGNORECASE)


def digest(parts: Mapping[str, object]) -> str:
    """One sha256 over named parts (order-independent), short enough to read in a log line."""
    doc = json.dumps(parts, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(doc.encode()).hexdigest()[:16]


def copy_sources(dockerfile_text: str) -> list[str]:
    """The context paths (or globs) that `COPY`/`ADD` read; copies from another stage (`--from`) read none."""
    sources: list[str] = []
    for line in _CONTINUATION.sub(" ", dockerfile_text).splitlines():
        match = _COPY.match(line)
        if match is None:
            continue
        rest = match.group(2).strip()
        args = json.loads(rest) if rest.startswith("[") else shlex.split(rest, comments=False)
        flags = [a for a in args if a.startswith("--")]
        if any(flag.startswith("--from") for flag in flags):
            continue
        paths = [a for a in args if not a.startswith("--")]
        sources += paths[:-1]  # the last one is the destination
    return sources


@dataclass(frozen=True)
class IgnorePattern:
    """One `.dockerignore` line: a pattern that excludes (or, with `!`, re-includes) a path and what is under it."""

    regex: re.Pattern[str]
    include: bool


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """Docker's rules: `**` any number of directories, `*` and `?` within one path element."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(pattern[i])
            i += 1
    return re.compile(out)


def parse_dockerignore(text: str) -> list[IgnorePattern]:
    patterns = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        include = line.startswith("!")
        cleaned = line.lstrip("!").strip().strip("/")
        cleaned = re.sub(r"/+", "/", cleaned).removeprefix("./")
        if cleaned:
            patterns.append(IgnorePattern(_pattern_regex(cleaned), include))
    return patterns


def ignored(rel: str, patterns: Sequence[IgnorePattern]) -> bool:
    """Whether the builder leaves `rel` out of the context: the last pattern that matches it or a parent decides."""
    parts = rel.split("/")
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for pattern in patterns:
        if any(pattern.regex.fullmatch(c) for c in candidates):
            excluded = not pattern.include
    return excluded


def _walk(path: Path) -> Iterator[Path]:
    if path.is_symlink() or path.is_file():
        yield path
    elif path.is_dir():
        for child in sorted(path.iterdir()):
            yield from _walk(child)


def context_files(context: Path, sources: Iterable[str], patterns: Sequence[IgnorePattern]) -> list[str]:
    """The context-relative files the sources select, as the builder would send them."""
    files: set[str] = set()
    for source in sources:
        rel = source.strip("/").removeprefix("./") or "."
        matches = sorted(context.glob(rel)) if any(ch in rel for ch in "*?[") else [context / rel]
        for match in matches:
            for path in _walk(match):
                name = path.relative_to(context).as_posix()
                if not ignored(name, patterns):
                    files.add(name)
    return sorted(files)


@cache
def _file_digest(path: Path, mtime_ns: int, size: int) -> str:
    """Content digest, cached per (path, mtime, size) within a process: the same check runs several times."""
    if path.is_symlink():
        return "link:" + str(path.readlink())
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_digest(root: Path, names: Iterable[str]) -> str:
    """One digest over each file's name, content and executable bit."""
    return placed_files_digest({name: root / name for name in names})


def placed_files_digest(files: Mapping[str, Path]) -> str:
    """`files_digest` for files gathered from several places: each counts under the name it gets in the context."""
    h = hashlib.sha256()
    for name in sorted(files):
        path = files[name]
        st = path.lstat()
        executable = bool(st.st_mode & 0o111) and not path.is_symlink()
        h.update(f"{name}\0{executable}\0{_file_digest(path, st.st_mtime_ns, st.st_size)}\n".encode())
    return h.hexdigest()


def dockerfile_inputs(context: Path, dockerfile: Path) -> dict[str, object]:
    """The parts of a Dockerfile build that come from the checkout: the Dockerfile and the files it copies."""
    text = dockerfile.read_text()
    ignore_file = context / ".dockerignore"
    patterns = parse_dockerignore(ignore_file.read_text()) if ignore_file.exists() else []
    names = context_files(context, copy_sources(text), patterns)
    return {
        "dockerfile": hashlib.sha256(text.encode()).hexdigest(),
        "files": files_digest(context, names),
        "file_count": len(names),
    }

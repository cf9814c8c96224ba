"""Where the project keeps downloads and builds (cache) and running servers' data (state).

The cache lives outside the checkout so that a fresh clone on the same machine (as CI makes) reuses it.
State also lives outside the checkout: PostgreSQL runs as the `postgres` user, which cannot enter a
checkout under a private home directory.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]


def cache_dir() -> Path:
    """Downloads and builds: `$EVENTPIPELINE_CACHE`, else `$XDG_CACHE_HOME/eventpipeline`."""
    env = os.environ.get("EVENTPIPELINE_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventpipeline"


def state_dir() -> Path:
    """Data dirs, logs, pid files: `$EVENTPIPELINE_STATE_DIR`, else one folder per checkout under /var/tmp."""
    env = os.environ.get("EVENTPIPELINE_STATE_DIR")
    if env:
        return Path(env).expanduser()
    digest = hashlib.sha1(str(REPO_ROOT).encode()).hexdigest()[:8]  # noqa: S324 - a folder name, not security
    return Path("/var/tmp/eventpipeline") / digest  # noqa: S108 - shared by design, see docstring

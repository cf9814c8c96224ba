#!/usr/bin/env bash
# Installs the Python toolchain (uv from PyPI, into the cache) and the locked virtualenv. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="${EVENTPIPELINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/eventpipeline}"
UV_VERSION="0.13.9"
UV="$CACHE/tools/uv/bin/uv"
if [ ! -x "$UV" ] || ! "$UV" --version 2>/dev/null | grep -q "$UV_VERSION"; then
  echo "bootstrap: installing uv $UV_VERSION into $CACHE/tools/uv"
  mkdir -p "$CACHE/tools"
  python3 -m venv "$CACHE/tools/uv"
  "$CACHE/tools/uv/bin/pip" install -q "uv==$UV_VERSION"
fi
"$UV" sync --frozen --quiet

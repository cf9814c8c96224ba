#!/usr/bin/env bash
# `make test`: set up whatever is missing (timed), lint, then every tier of tests against real servers.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
make --no-print-directory bootstrap
make --no-print-directory infra-up
setup=$(( $(date +%s) - start ))
echo "test: setup took ${setup}s"
make --no-print-directory lint
rc=0
.venv/bin/python -m pytest tests -q -p no:cacheprovider || rc=$?
if [ "$rc" -eq 5 ]; then echo "test: no tests ran"; rc=1; fi
echo "test: total $(( $(date +%s) - start ))s (setup ${setup}s)"
exit "$rc"

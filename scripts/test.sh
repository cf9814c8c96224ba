#!/usr/bin/env bash
# `make test`: set-up first (every install, download and build, each step timed), servers up, then lint and every
# tier of tests. Nothing is built once pytest starts.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
make --no-print-directory infra-up cluster-up  # both need `setup` (and `bootstrap`): make runs it once
setup=$(( $(date +%s) - start ))
echo "test: setup took ${setup}s"
make --no-print-directory lint
rc=0
.venv/bin/python -m pytest -q -p no:cacheprovider || rc=$?  # testpaths: tests/ and bench/ (its own tests)
if [ "$rc" -eq 5 ]; then echo "test: no tests ran"; rc=1; fi
echo "test: total $(( $(date +%s) - start ))s (setup ${setup}s)"
exit "$rc"

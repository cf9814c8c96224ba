"""`python -m eventpipeline.infra.devdeps files [--check]`.

files: (re)write the chart's generated server config (charts/eventpipeline-dev/files/) from
eventpipeline.infra.serverconf; --check only says which differ (exit 1).
"""

from __future__ import annotations

import argparse
import sys

from eventpipeline.infra.devdeps import chartfiles


def _files(check: bool) -> int:
    if check:
        drifted = chartfiles.drift()
        for rel in drifted:
            print(f"differs from eventpipeline.infra.serverconf: {chartfiles.CHART / rel}")
        return 1 if drifted else 0
    for rel in chartfiles.write():
        print(f"wrote {chartfiles.CHART / rel}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.infra.devdeps", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    files = sub.add_parser("files", help="write the chart's generated server config")
    files.add_argument("--check", action="store_true", help="only report files that differ (exit 1)")
    args = parser.parse_args(argv)
    return _files(args.check)


if __name__ == "__main__":
    sys.exit(main())

"""`python -m eventpipeline.infra.cluster up|down|status` (make cluster-up / cluster-down)."""

from __future__ import annotations

import argparse
import sys

from eventpipeline.infra.cluster.control_plane import ControlPlane
from eventpipeline.infra.errors import InfraError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.infra.cluster", description=__doc__)
    parser.add_argument("command", choices=["up", "down", "status"])
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    try:
        if args.command == "up":
            ControlPlane.prepare().up(quiet=args.quiet)
        elif args.command == "down":
            ControlPlane.existing().down(quiet=args.quiet)
        else:
            return 0 if ControlPlane.existing().status() else 1
    except InfraError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

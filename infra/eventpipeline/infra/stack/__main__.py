"""`python -m eventpipeline.infra.stack up|down|status` (make up / make down)."""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.stack.up import Stack


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.infra.stack", description=__doc__)
    parser.add_argument("command", choices=["up", "down", "status"])
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)
    stack = Stack()
    try:
        if args.command == "up":
            stack.up()
        elif args.command == "down":
            stack.down()
        else:
            return 0 if stack.status() else 3
    except InfraError as exc:
        print(f"stack error: {exc}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        print("stack: interrupted; what runs is left running (`make down` stops it)", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())

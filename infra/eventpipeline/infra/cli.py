"""`python -m eventpipeline.infra up | down [--wipe] | status`: the local Kafka, PostgreSQL, Redis and S3."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from types import FrameType

from eventpipeline.infra import control
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.service import Progress
from eventpipeline.infra.settings import InfraSettings
from pydantic import ValidationError


class _Terminated(Exception):
    pass


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.infra", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("up", help="start every server not yet running (idempotent)")
    down = sub.add_parser("down", help="stop what `up` started")
    down.add_argument("--wipe", action="store_true", help="also delete data dirs and logs (never the cache)")
    sub.add_parser("status", help="show each component up or down")
    args = parser.parse_args(argv)
    try:
        settings = InfraSettings()
    except ValidationError as exc:
        err = exc.errors()[0]
        print(f"infra: bad setting EP_INFRA_{str(err['loc'][0]).upper()}: {err['msg']}", file=sys.stderr)
        return 2
    # SIGTERM (a CI timeout, `kill`) takes the same path as Ctrl-C: stop what this run started, then exit.
    signal.signal(signal.SIGTERM, _interrupt)
    progress = Progress()
    start = time.monotonic()
    try:
        if args.command == "up":
            endpoints = control.up(settings, progress)
            print(f"infra up in {time.monotonic() - start:.1f}s (state {settings.state_dir}):")
            for name, value in vars(endpoints).items():
                print(f"  {name:<22} {value}")
        elif args.command == "down":
            control.down(settings, progress, wipe=args.wipe)
        else:
            rows = control.status(settings)
            for svc, pid, healthy in rows:
                state = "up" if healthy else ("starting" if pid else "down")
                print(f"{svc.name:<17} {state:<8} {f'pid {pid}' if pid else '':<10} {svc.endpoint}")
            return 0 if all(h for _, _, h in rows) else 3
    except InfraError as exc:
        print(f"infra error: {exc}", file=sys.stderr, flush=True)
        return 1
    except (KeyboardInterrupt, _Terminated):
        print("infra: interrupted; stopped what this run started", file=sys.stderr)
        return 130
    return 0

"""`python -m bench NAME [args]`: run one benchmark (a module `bench.NAME` with `main(argv) -> int`)."""

from __future__ import annotations

import importlib
import sys

NAMES = (
    "ingest",
    "asgi",
    "consumer",
    "analytics",
    "kafka",
    "autoscale",
    "lagprobe",
    "rotation",
    "reprocess",
    "loadtest",
)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help"}:
        print(f"usage: python -m bench {{{'|'.join((*NAMES, 'all'))}}} [args]")
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name == "all":
        codes: list[int] = [importlib.import_module(f"bench.{n}").main(rest) for n in NAMES if n != "loadtest"]
        return max(codes)
    if name not in NAMES:
        print(f"bench: unknown benchmark {name!r}; one of {', '.join(NAMES)}", file=sys.stderr)
        return 2
    rc: int = importlib.import_module(f"bench.{name}").main(rest)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

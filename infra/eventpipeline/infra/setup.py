"""`python -m eventpipeline.infra.setup` (`make setup`): every download and build this machine needs, once.

The one place where things are installed, fetched or compiled: Debian packages, the Kafka jars, the Go tools
(control plane, helm, vegeta, ...), the container images. Each step prints one line with its time, or `cached`.
Tests, fixtures and `up` never build: they find what set-up made, or fail saying `make setup`. Idempotent;
everything lands in the cache outside the checkout (`$EVENTPIPELINE_CACHE`), so a fresh clone on the same machine
finds it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from eventpipeline.infra import apt, images
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.kafka import Kafka
from eventpipeline.infra.settings import InfraSettings
from eventpipeline.infra.tools import ensure_tools, tools


@dataclass(frozen=True)
class Step:
    """One set-up step: `done()` is cheap and decides whether `run()` is needed."""

    name: str
    what: str
    done: Callable[[], bool]
    run: Callable[[], object]


def steps(settings: InfraSettings) -> list[Step]:
    kafka = Kafka(settings)
    return [
        Step(
            "debian",
            f"apt-get install {' '.join(apt.PACKAGES)}",
            lambda: not apt.missing(apt.PACKAGES),
            lambda: apt.install(apt.missing(apt.PACKAGES)),
        ),
        Step(
            "kafka",
            f"fetch kafka_2.13 {settings.kafka_version} + dependencies (Maven Central)",
            kafka.fetched,
            kafka.fetch,
        ),
        Step(
            "go-tools",
            "build etcd, kubernetes + kubelet + kube-proxy, helm, vegeta, coredns (one `go build`, docs/cluster.md)",
            lambda: all(p.exists() for p in vars(tools()).values()),
            ensure_tools,
        ),
        Step(
            "images",
            "build the Python base (debootstrap), pause, CoreDNS, the four product images and the development "
            "dependencies' (Kafka, PostgreSQL, S3, Redis) with buildah (cold: see docs/cluster.md)",
            images.up_to_date,
            images.ensure_images,
        ),
    ]


def run(selected: list[Step]) -> None:
    start = time.monotonic()
    for step in selected:
        if step.done():
            print(f"setup  {step.name:<10} cached", flush=True)
            continue
        begun = time.monotonic()
        print(f"setup  {step.name:<10} {step.what} ...", flush=True)
        try:
            step.run()
        except (InfraError, RuntimeError, OSError) as exc:
            print(f"setup  {step.name:<10} FAILED after {time.monotonic() - begun:.0f}s", flush=True)
            raise exc if isinstance(exc, InfraError) else InfraError(step.name, str(exc)) from exc
        print(f"setup  {step.name:<10} ok ({time.monotonic() - begun:.1f}s)", flush=True)
    print(f"setup  done in {time.monotonic() - start:.1f}s", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.infra.setup", description=__doc__)
    parser.add_argument("only", nargs="*", help="run only these steps (default: all)")
    args = parser.parse_args(argv)
    all_steps = steps(InfraSettings())
    unknown = set(args.only) - {s.name for s in all_steps}
    if unknown:
        parser.error(f"unknown steps: {', '.join(sorted(unknown))} (known: {', '.join(s.name for s in all_steps)})")
    try:
        run([s for s in all_steps if not args.only or s.name in args.only])
    except InfraError as exc:
        print(f"setup error: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

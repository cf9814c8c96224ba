"""`python -m eventpipeline.infra.images [build | load ADDRESS | archives | sizes | context NAME DIR]` (`make images`
runs `build`).

build: build what changed (one line per image, with its time), then load the images into the local node's containerd
when one runs. load: into the containerd at ADDRESS. archives: the docker-archive of each image a node loads, one
path per line (`kind load image-archive` takes them; scripts/kind-e2e.sh). sizes: what each built image weighs.
context: write the build context of a development image (kafka, postgres, s3, redis) into DIR and print its
reference, for `docker build --build-arg BASE_IMAGE=... -t REF DIR` where Docker builds (docs/devdeps.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.images.build import archives, ensure_images
from eventpipeline.infra.images.containerd import load, load_into_local_node
from eventpipeline.infra.images.devdeps import write_context
from eventpipeline.infra.images.refs import DEVDEPS_IMAGES, devdeps_image
from eventpipeline.infra.images.sizes import weigh


def _sizes() -> None:
    print(f"{'image':<10} {'reference':<42} {'layers':>6} {'archive':>9} {'unpacked':>9} {'gzip':>9}")
    for image in archives():
        w = weigh(image)
        mb = [f"{n / 1e6:.1f} MB" for n in (w.archive, w.unpacked, w.compressed)]
        print(f"{image.name:<10} {image.ref:<42} {w.layers:>6} {mb[0]:>9} {mb[1]:>9} {mb[2]:>9}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventpipeline.infra.images", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("build", help="build what changed, load into the local node when it runs (default)")
    loader = sub.add_parser("load", help="load the built images into a containerd")
    loader.add_argument("address", help="containerd's socket")
    sub.add_parser("archives", help="the built docker-archives a node loads, one path per line")
    sub.add_parser("sizes", help="what each built image weighs (archive, unpacked, gzip)")
    context = sub.add_parser("context", help="write a development image's build context, print its reference")
    context.add_argument("name", choices=DEVDEPS_IMAGES)
    context.add_argument("dir", type=Path, help="an empty or new directory")
    args = parser.parse_args(argv)
    start = time.monotonic()
    try:
        if args.command == "load":
            load(archives(), args.address)
        elif args.command == "archives":
            print("\n".join(str(image.path) for image in archives()))
        elif args.command == "sizes":
            _sizes()
        elif args.command == "context":
            write_context(args.name, args.dir)
            print(devdeps_image(args.name))
        else:
            ensure_images()
            load_into_local_node()
            print(f"images done in {time.monotonic() - start:.1f}s", flush=True)
    except InfraError as exc:
        print(f"images error: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

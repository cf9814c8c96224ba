"""`python -m eventpipeline.infra.devdeps files [--check] | install | uninstall | endpoints`.

files: (re)write the chart's generated server config (charts/eventpipeline-dev/files/) from
eventpipeline.infra.serverconf; --check only says which differ (exit 1). install: `helm upgrade --install --wait`
(--data-dir keeps the data on the node, --values adds a values file). endpoints: the addresses from the host and
from pods, as JSON. The cluster is $KUBECONFIG's, else the local control plane's.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml
from eventpipeline.infra.cluster import kubeconfig_path
from eventpipeline.infra.devdeps import chartfiles
from eventpipeline.infra.devdeps.addresses import cluster_addresses, endpoints
from eventpipeline.infra.devdeps.chartfiles import NAMESPACE
from eventpipeline.infra.devdeps.release import install, uninstall
from eventpipeline.infra.errors import InfraError


def _kubeconfig(given: Path | None) -> Path:
    if given is not None:
        return given
    env = os.environ.get("KUBECONFIG")
    return Path(env.split(os.pathsep)[0]) if env else kubeconfig_path()


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
    for name in ("install", "uninstall", "endpoints"):
        cmd = sub.add_parser(name)
        cmd.add_argument("--kubeconfig", type=Path, default=None)
        cmd.add_argument("--namespace", default=NAMESPACE)
        if name == "install":
            cmd.add_argument("--data-dir", type=Path, default=None, help="node directory for the data (hostPath)")
            cmd.add_argument("--values", type=Path, default=None, help="a values file merged over ours")
    args = parser.parse_args(argv)
    try:
        if args.command == "files":
            return _files(args.check)
        kubeconfig = _kubeconfig(args.kubeconfig)
        if args.command == "install":
            values: dict[str, Any] = yaml.safe_load(args.values.read_text()) if args.values else {}
            install(kubeconfig, namespace=args.namespace, data_dir=args.data_dir, values=values)
            print(f"eventpipeline-dev installed in namespace {args.namespace}; every pod Ready")
        elif args.command == "uninstall":
            uninstall(kubeconfig, namespace=args.namespace)
        else:
            found = {
                "host": dataclasses.asdict(endpoints(kubeconfig, namespace=args.namespace)),
                "cluster": dataclasses.asdict(cluster_addresses(kubeconfig, namespace=args.namespace)),
            }
            print(json.dumps(found, indent=2))
    except InfraError as exc:
        print(f"devdeps error: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

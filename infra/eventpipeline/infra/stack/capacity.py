"""The local node's CPU: how many of each Deployment's replicas fit, as the scheduler would decide.

On a cluster a Deployment scaled past what its nodes can hold gets Pending pods (`Insufficient cpu`) and the
replicas that run still have their CPUs. The runner puts every "pod" on this one host, so without this check a
scale-out adds processes that only share the same cores (measured: the load test's p99 spiked each time the
autoscaler added ingest processes on a 2-core box). Pure functions; the runner applies the result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_CPU = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(m?)$")


def cpu_millis(quantity: str | int | float | None) -> int:
    """`"250m"` -> 250, `"1"` / `1` -> 1000, `"0.5"` -> 500; None or unparsable -> 0 (no request)."""
    if quantity is None:
        return 0
    match = _CPU.match(str(quantity).strip())
    if match is None:
        return 0
    value = float(match.group(1))
    return round(value if match.group(2) else value * 1000)


def pod_cpu_request(deployment: Mapping[str, Any]) -> int:
    """The CPU the scheduler reserves for one pod: the sum of its containers' requests (a limit stands in for a
    missing request, as the API server defaults it)."""
    spec = ((deployment.get("spec") or {}).get("template") or {}).get("spec") or {}
    total = 0
    for container in spec.get("containers") or []:
        resources = container.get("resources") or {}
        request = (resources.get("requests") or {}).get("cpu")
        if request is None:
            request = (resources.get("limits") or {}).get("cpu")
        total += cpu_millis(request)
    return total


def admit(
    wanted: Mapping[str, int],
    running: Mapping[str, int],
    request: Mapping[str, int],
    allocatable: int | None,
) -> dict[str, int]:
    """How many replicas of each Deployment run on a node with `allocatable` millicores (None: no limit).

    Running replicas are never evicted to make room (a scheduler does not preempt equal-priority pods); the free
    room then goes one replica at a time, round robin over the Deployments in name order, so one tier scaling out
    cannot take all of it. A pod with no CPU request always fits.
    """
    if allocatable is None:
        return dict(wanted)
    granted = {name: min(wanted[name], running.get(name, 0)) for name in wanted}
    used = sum(granted[name] * request.get(name, 0) for name in wanted)
    growing = True
    while growing:
        growing = False
        for name in sorted(wanted):
            if granted[name] >= wanted[name]:
                continue
            cost = request.get(name, 0)
            if used + cost <= allocatable:
                granted[name] += 1
                used += cost
                growing = True
    return granted

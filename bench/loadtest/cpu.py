"""CPU per process group from /proc (the readers are eventpipeline.infra.procs): which of our processes uses the cores.

A group is a name and its root pids (an ingest replica, the Kafka JVM, the Postgres postmaster); every descendant
of a root counts for the group, so Postgres backends count for their server. Processes that exit between two
samples lose their last interval (their time is not in the parent's until it reaps them): a small undercount.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from eventpipeline.infra.procs import TICKS_PER_SECOND, ProcStat


def assign_groups(table: Mapping[int, ProcStat], roots: Mapping[str, Iterable[int]]) -> dict[int, str]:
    """pid -> group for each root and its descendants. A pid listed as a root of one group keeps that group even
    if it descends from another group's root (a vegeta started by us is not 'loadtest')."""
    owner: dict[int, str] = {}
    for group, pids in roots.items():
        for pid in pids:
            if pid in table:
                owner[pid] = group
    children: dict[int, list[int]] = {}
    for stat in table.values():
        children.setdefault(stat.ppid, []).append(stat.pid)
    stack = list(owner)
    while stack:
        parent = stack.pop()
        for child in children.get(parent, []):
            if child not in owner:
                owner[child] = owner[parent]
                stack.append(child)
    return owner


def group_ticks(table: Mapping[int, ProcStat], owner: Mapping[int, str]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for pid, group in owner.items():
        stat = table.get(pid)
        if stat is not None:
            totals[group] = totals.get(group, 0) + stat.cpu_ticks
    return totals


def cores_between(
    before: Mapping[int, ProcStat],
    after: Mapping[int, ProcStat],
    owner: Mapping[int, str],
    seconds: float,
) -> dict[str, float]:
    """Cores used per group between two tables: per pid present in both (a pid reused by a new process, seen as a
    smaller tick count, counts from zero)."""
    used: dict[str, float] = {}
    for pid, group in owner.items():
        end = after.get(pid)
        if end is None:
            continue
        start = before.get(pid)
        delta = end.cpu_ticks - (start.cpu_ticks if start is not None and start.cpu_ticks <= end.cpu_ticks else 0)
        used[group] = used.get(group, 0.0) + delta / TICKS_PER_SECOND / max(seconds, 1e-9)
    return {group: round(value, 3) for group, value in sorted(used.items())}


def machine_ticks(stat_text: str) -> tuple[int, int]:
    """(busy, total) jiffies from the first line of /proc/stat (idle + iowait are not busy)."""
    values = [int(x) for x in stat_text.splitlines()[0].split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)

"""The load generator in a cgroup of its own with a CPU quota, so it cannot starve the servers it measures, and what
it used: a run in which the generator spent its whole quota measured the generator, not the stack, and is invalid.

cgroup v1 (this machine's): the `cpu` controller holds the quota (cfs_quota_us over cfs_period_us), `cpuacct` the
usage; the generator's process joins both before it starts (a shell writes its own pid, then execs it).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

PERIOD_US: Final = 100_000
# Over this share of its periods throttled, or this share of the quota used, the generator was the limit.
SATURATED_THROTTLED: Final = 0.05
SATURATED_USAGE: Final = 0.9


def controller_dir(name: str) -> Path:
    """Where the cgroup v1 hierarchy holding controller `name` is mounted."""
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        before, _, after = line.partition(" - ")
        fields = after.split()
        if fields and fields[0] == "cgroup" and name in fields[-1].split(","):
            return Path(before.split()[4])
    raise RuntimeError(f"no cgroup v1 hierarchy with the {name} controller is mounted")


@dataclass(frozen=True)
class Usage:
    cpu_ns: int
    periods: int
    throttled: int


@dataclass(frozen=True)
class GeneratorVerdict:
    """What the generator used of its quota over one attack."""

    cap_cores: float
    used_cores: float
    throttled_share: float

    @property
    def saturated(self) -> bool:
        return self.throttled_share > SATURATED_THROTTLED or self.used_cores > SATURATED_USAGE * self.cap_cores

    def as_dict(self) -> dict[str, object]:
        return {
            "cap_cores": self.cap_cores,
            "used_cores": round(self.used_cores, 3),
            "throttled_share": round(self.throttled_share, 4),
            "saturated": self.saturated,
        }


class CpuCap:
    """`with CpuCap("eventpipeline-loadgen", 0.5) as cap: Popen(cap.argv(cmd))`; `cap.usage()` before and after."""

    def __init__(self, name: str, cores: float) -> None:
        self.cores = cores
        self.cpu = controller_dir("cpu") / name
        self.cpuacct = controller_dir("cpuacct") / name

    def __enter__(self) -> CpuCap:
        for group in {self.cpu, self.cpuacct}:
            group.mkdir(exist_ok=True)
        (self.cpu / "cpu.cfs_period_us").write_text(str(PERIOD_US))
        (self.cpu / "cpu.cfs_quota_us").write_text(str(int(self.cores * PERIOD_US)))
        return self

    def __exit__(self, *exc: object) -> None:
        for group in {self.cpu, self.cpuacct}:
            with contextlib.suppress(OSError):  # still in use: the next run reuses it
                group.rmdir()

    def argv(self, cmd: list[str]) -> list[str]:
        """`cmd` started inside the cgroup: the shell joins it, then becomes `cmd` (same pid)."""
        procs = " ".join(str(group / "cgroup.procs") for group in dict.fromkeys([self.cpu, self.cpuacct]))
        return ["sh", "-c", f'for f in {procs}; do echo $$ > "$f"; done; exec "$@"', "sh", *cmd]

    def usage(self) -> Usage:
        stat = dict(line.split() for line in (self.cpu / "cpu.stat").read_text().splitlines())
        cpu_ns = int((self.cpuacct / "cpuacct.usage").read_text())
        return Usage(cpu_ns=cpu_ns, periods=int(stat["nr_periods"]), throttled=int(stat["nr_throttled"]))

    def verdict(self, before: Usage, after: Usage, seconds: float) -> GeneratorVerdict:
        periods = max(1, after.periods - before.periods)
        return GeneratorVerdict(
            cap_cores=self.cores,
            used_cores=(after.cpu_ns - before.cpu_ns) / 1e9 / max(seconds, 1e-9),
            throttled_share=(after.throttled - before.throttled) / periods,
        )

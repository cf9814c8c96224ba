"""`python -m eventpipeline.infra` on a PRIVATE state dir and private ports (never the shared servers):
idempotent `up`, a `down` that leaves nothing behind, and one-line errors with nothing half-started."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from eventpipeline.infra.procs import free_ports, port_open

pytestmark = pytest.mark.integration

PORT_VARS = [
    "EP_INFRA_KAFKA_PORT",
    "EP_INFRA_KAFKA_CONTROLLER_PORT",
    "EP_INFRA_PG_PRIMARY_PORT",
    "EP_INFRA_PG_REPLICA_PORT",
    "EP_INFRA_REDIS_PORT",
    "EP_INFRA_S3_PORT",
]


@pytest.fixture
def private_env() -> Iterator[dict[str, str]]:
    """Env for a private instance: own state dir, free ports, small memory; stopped and removed after.

    The state dir is not under pytest's tmp_path: other pytest sessions on the machine prune
    old pytest-of-<user> dirs, which would pull the data dirs from under running servers.
    """
    state = Path(tempfile.mkdtemp(prefix="ep-infra-test-", dir="/var/tmp"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("EP_INFRA_")}
    env.update({var: str(port) for var, port in zip(PORT_VARS, free_ports(len(PORT_VARS)), strict=True)})
    env.update(
        {
            "EVENTPIPELINE_STATE_DIR": str(state / "state"),
            "EP_INFRA_KAFKA_HEAP": "512m",
            "EP_INFRA_PG_SHARED_BUFFERS": "128MB",
            "EP_INFRA_PG_MAX_CONNECTIONS": "50",
        }
    )
    yield env
    infra(env, "down")
    shutil.rmtree(state, ignore_errors=True)


def infra(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventpipeline.infra", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def pids(state: Path) -> dict[str, int]:
    return {p.parent.name: int(p.read_text()) for p in sorted(state.glob("*/pid"))}


def processes_under(state: Path) -> list[int]:
    """Every live process whose working dir is inside `state`: what a private instance would leave behind."""
    found = []
    root = str(state.resolve())
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cwd = os.readlink(proc / "cwd")
            status = (proc / "stat").read_text().rsplit(")", 1)[-1].split()[0]
        except OSError:
            continue
        if (cwd == root or cwd.startswith(root + "/")) and status != "Z":
            found.append(int(proc.name))
    return found


def assert_one_line_error(proc: subprocess.CompletedProcess[str], component: str, log: Path) -> None:
    logs = "".join(f"\n--- {f}:\n{f.read_text()[-3000:]}" for f in sorted(log.parent.glob("*.log")))
    assert proc.returncode == 1, proc.stdout + proc.stderr + logs
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr + logs
    assert lines[0].startswith(f"infra error: {component}: "), lines[0] + logs
    assert lines[0].endswith(f"see {log}"), lines[0]


def test_up_twice_is_a_no_op_and_down_leaves_nothing(private_env: dict[str, str]) -> None:
    state = Path(private_env["EVENTPIPELINE_STATE_DIR"])
    first = infra(private_env, "up")
    assert first.returncode == 0, first.stdout + first.stderr
    started = pids(state)
    assert set(started) == {"kafka", "postgres-primary", "postgres-replica", "redis", "s3"}
    endpoints = json.loads((state / "endpoints.json").read_text())
    assert endpoints["kafka_bootstrap"] == f"127.0.0.1:{private_env['EP_INFRA_KAFKA_PORT']}"

    second = infra(private_env, "up")
    assert second.returncode == 0, second.stdout + second.stderr
    assert pids(state) == started
    assert second.stdout.count("already running") == 5
    assert "start on" not in second.stdout

    assert infra(private_env, "status").returncode == 0
    assert set(processes_under(state)) >= set(started.values())

    down = infra(private_env, "down")
    assert down.returncode == 0, down.stdout + down.stderr
    assert processes_under(state) == []
    assert not any(port_open("127.0.0.1", int(private_env[var])) for var in PORT_VARS)
    assert infra(private_env, "status").returncode == 3
    assert (state / "postgres-primary" / "data" / "PG_VERSION").exists(), "down keeps data unless --wipe"


def test_stale_pid_file_is_not_trusted(private_env: dict[str, str]) -> None:
    """A pid file left by a killed session, naming some unrelated live process, is neither reused nor killed."""
    state = Path(private_env["EVENTPIPELINE_STATE_DIR"])
    (state / "redis").mkdir(parents=True)
    (state / "redis" / "pid").write_text(f"{os.getpid()}\n")  # this pytest process: alive, not a redis of ours
    down = infra(private_env, "down")
    assert down.returncode == 0, down.stderr
    assert not (state / "redis" / "pid").exists()


def test_port_taken_fails_in_one_line_and_starts_nothing(private_env: dict[str, str]) -> None:
    state = Path(private_env["EVENTPIPELINE_STATE_DIR"])
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        private_env["EP_INFRA_KAFKA_PORT"] = str(squatter.getsockname()[1])
        proc = infra(private_env, "up")
    assert_one_line_error(proc, "kafka", state / "logs" / "kafka.log")
    assert "already in use" in proc.stderr
    assert processes_under(state) == []


def test_server_failing_to_start_rolls_back_what_was_started(private_env: dict[str, str]) -> None:
    """Kafka starts first; the primary then fails on a bad setting: Kafka must be stopped again."""
    state = Path(private_env["EVENTPIPELINE_STATE_DIR"])
    private_env["EP_INFRA_PG_SHARED_BUFFERS"] = "not-a-size"
    proc = infra(private_env, "up")
    assert_one_line_error(proc, "postgres-primary", state / "logs" / "postgres-primary.log")
    assert "kafka" in proc.stdout  # it was started before the failure ...
    assert processes_under(state) == []  # ... and stopped again
    assert not port_open("127.0.0.1", int(private_env["EP_INFRA_KAFKA_PORT"]))


def test_missing_jdk(private_env: dict[str, str]) -> None:
    state = Path(private_env["EVENTPIPELINE_STATE_DIR"])
    private_env["EP_INFRA_JAVA"] = str(state / "no-jdk" / "java")
    proc = infra(private_env, "up")
    assert_one_line_error(proc, "kafka", state / "logs" / "kafka.log")
    assert "JDK" in proc.stderr
    assert processes_under(state) == []


def test_up_without_setup_says_to_run_it(private_env: dict[str, str]) -> None:
    """`up` never downloads: with no Kafka jars in the cache it stops at once and names `make setup`."""
    state = Path(private_env["EVENTPIPELINE_STATE_DIR"])
    private_env["EP_INFRA_CACHE_DIR"] = str(state.parent / "empty-cache")
    proc = infra(private_env, "up")
    assert_one_line_error(proc, "kafka", state / "logs" / "kafka.log")
    assert "run `make setup`" in proc.stderr
    assert processes_under(state) == []


def test_setup_with_an_unwritable_cache_names_it(private_env: dict[str, str]) -> None:
    """Root may write anywhere, so the cache path runs through a regular file instead of a read-only dir."""
    state = Path(private_env["EVENTPIPELINE_STATE_DIR"])
    blocker = state.parent / "a-file"
    blocker.write_text("")
    private_env["EP_INFRA_CACHE_DIR"] = str(blocker / "cache")
    proc = subprocess.run(
        [sys.executable, "-m", "eventpipeline.infra.setup", "kafka"],
        env=private_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("setup error: kafka: ")
    assert "not writable" in proc.stderr

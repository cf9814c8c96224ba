"""Pieces of eventpipeline.infra that need no server: settings, pid ownership, /proc readers, waiting, endpoints
file, configs."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from eventpipeline.infra import kubectl, procs
from eventpipeline.infra.endpoints import Endpoints, load, save
from eventpipeline.infra.errors import InfraError
from eventpipeline.infra.kafka import Kafka, new_cluster_id
from eventpipeline.infra.postgres import PostgresPrimary, PostgresReplica
from eventpipeline.infra.settings import InfraSettings
from pydantic import ValidationError

pytestmark = pytest.mark.unit


def test_settings_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EP_INFRA_KAFKA_PORT", "29092")
    monkeypatch.setenv("EVENTPIPELINE_STATE_DIR", str(tmp_path))
    settings = InfraSettings()
    assert settings.kafka_port == 29092
    assert settings.state_dir == tmp_path
    assert settings.pg_primary_port == 15432


def test_bad_port_names_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EP_INFRA_REDIS_PORT", "70000")
    with pytest.raises(ValidationError) as err:
        InfraSettings()
    assert err.value.errors()[0]["loc"] == ("redis_port",)


def test_cli_reports_a_bad_setting_in_one_line() -> None:
    env = {**os.environ, "EP_INFRA_S3_PORT": "not-a-port"}
    proc = subprocess.run(
        [sys.executable, "-m", "eventpipeline.infra", "status"], env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip()]
    assert "EP_INFRA_S3_PORT" in proc.stderr


def test_pid_is_ours_only_with_matching_cwd_and_cmdline(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], cwd=tmp_path)
    try:
        assert procs.is_ours(proc.pid, workdir=tmp_path, token="time.sleep")
        assert not procs.is_ours(proc.pid, workdir=tmp_path / "elsewhere", token="time.sleep")
        assert not procs.is_ours(proc.pid, workdir=tmp_path, token="kafka.Kafka")
        procs.terminate(proc.pid, timeout=10)
        assert not procs.alive(proc.pid)
        assert not procs.is_ours(proc.pid, workdir=tmp_path, token="time.sleep")
    finally:
        proc.kill()
        proc.wait()


def test_terminate_never_kills_a_newer_process_that_reuses_the_pid(monkeypatch: pytest.MonkeyPatch) -> None:
    """Our process ignores SIGTERM and is gone by the next look: another one has its pid (a new start time)."""
    ignores_sigterm = (
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print(flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", ignores_sigterm], stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        proc.stdout.readline()  # the handler is in place
        first = procs.started_at(proc.pid)
        assert first is not None
        # The first look (before the signal) sees our process; every later one sees a newer process on that pid.
        identities = iter([first])
        monkeypatch.setattr(procs, "started_at", lambda pid: next(identities, first + 1))
        procs.terminate(proc.pid, timeout=30)
        assert proc.poll() is None  # still running: the SIGKILL that a timeout would send never went out
    finally:
        proc.kill()
        proc.wait()


def test_stale_pid_file_is_not_ours(tmp_path: Path) -> None:
    settings = InfraSettings(state_dir=tmp_path)
    kafka = Kafka(settings)
    kafka.root.mkdir(parents=True)
    kafka.pidfile.write_text(f"{os.getpid()}\n")
    assert kafka.pid() is None
    assert kafka.stop() is False
    assert not kafka.pidfile.exists()
    assert procs.alive(os.getpid())


def test_endpoints_round_trip(tmp_path: Path) -> None:
    endpoints = Endpoints("k:1", "postgresql://a", "postgresql://b", "redis://c", "http://d")
    save(endpoints, tmp_path / "e.json")
    assert load(tmp_path / "e.json") == endpoints


def test_missing_endpoints_file_says_how_to_start(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make infra-up"):
        load(tmp_path / "nope.json")


def test_kafka_config_is_single_node(tmp_path: Path) -> None:
    settings = InfraSettings(state_dir=tmp_path, kafka_port=1111, kafka_controller_port=2222)
    props = dict(line.split("=", 1) for line in Kafka(settings).server_properties().splitlines())
    assert props["listeners"] == (
        "PLAINTEXT://127.0.0.1:1111,CONTROLLER://127.0.0.1:2222,SASL_PLAINTEXT://127.0.0.1:1113"  # SASL: port + 2
    )
    assert props["listener.security.protocol.map"].endswith(",SASL_PLAINTEXT:SASL_PLAINTEXT")
    assert props["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:2222"
    assert props["offsets.topic.replication.factor"] == "1"
    assert props["transaction.state.log.replication.factor"] == "1"
    assert props["num.partitions"] == "3"


def test_postgres_command_lines(tmp_path: Path) -> None:
    settings = InfraSettings(state_dir=tmp_path)
    primary = PostgresPrimary(settings).command()
    replica = PostgresReplica(settings).command()
    assert "shared_buffers=1GB" in primary
    assert "synchronous_commit=on" in primary
    assert "port=15433" in replica
    assert "hot_standby=on" in replica
    assert (
        PostgresPrimary(settings).endpoint == "postgresql://eventpipeline:eventpipeline@127.0.0.1:15432/eventpipeline"
    )


def test_infra_error_is_one_line_with_log(tmp_path: Path) -> None:
    err = InfraError("redis", "port 127.0.0.1:1 is already in use", tmp_path / "redis.log")
    assert str(err) == f"redis: port 127.0.0.1:1 is already in use; see {tmp_path / 'redis.log'}"


def test_kafka_cluster_ids_never_look_like_an_option() -> None:
    """The storage tool's parser took an id starting with '-' for an option: formatting failed once in 64 starts."""
    ids = [new_cluster_id() for _ in range(2000)]  # about 31 would start with '-' if drawn plainly
    assert not any(i.startswith("-") for i in ids)
    assert all(len(base64.urlsafe_b64decode(i + "==")) == 16 for i in ids)
    assert len(set(ids)) == len(ids)


def stat_line(pid: int, comm: str, ppid: int, utime: int, stime: int) -> str:
    # fields after comm: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    return f"{pid} ({comm}) S {ppid} 1 1 0 -1 4194560 100 0 0 0 {utime} {stime} 0 0 20 0 4 0 12345 0 0\n"


def test_parse_stat_takes_comm_with_spaces_and_parentheses() -> None:
    stat = procs.parse_stat(stat_line(42, "postgres: wal (writer) x", 7, 120, 30))
    assert stat == procs.ProcStat(
        pid=42, comm="postgres: wal (writer) x", ppid=7, cpu_ticks=150, state="S", start_ticks=12345
    )


def test_cpu_seconds_of_one_process_from_a_fake_proc(tmp_path: Path) -> None:
    (tmp_path / "42").mkdir()
    (tmp_path / "42" / "stat").write_text(
        stat_line(42, "java (kafka)", 1, 3 * procs.TICKS_PER_SECOND, procs.TICKS_PER_SECOND)
    )
    assert procs.cpu_seconds(42, tmp_path) == 4.0
    with pytest.raises(OSError):
        procs.cpu_seconds(43, tmp_path)  # gone: callers decide (the consumer bench skips exited backends)


def test_read_table_and_environ_from_a_fake_proc(tmp_path: Path) -> None:
    for pid, ppid in ((10, 1), (11, 10)):
        (tmp_path / str(pid)).mkdir()
        (tmp_path / str(pid) / "stat").write_text(stat_line(pid, "python", ppid, pid, 1))
    (tmp_path / "self").mkdir()
    (tmp_path / "12").mkdir()  # vanished while listed: no stat file
    (tmp_path / "10" / "environ").write_bytes(b"A=1\0EP_X=a=b\0")
    table = procs.read_table(tmp_path)
    assert sorted(table) == [10, 11]
    assert table[11].ppid == 10
    assert procs.environ(10, tmp_path) == {"A": "1", "EP_X": "a=b"}
    assert procs.environ(99, tmp_path) == {}


def test_rss_and_cmdline_from_a_fake_proc(tmp_path: Path) -> None:
    (tmp_path / "7").mkdir()
    (tmp_path / "7" / "status").write_text("Name:\tpython\nVmPeak:\t 900 kB\nVmRSS:\t  4242 kB\n")
    (tmp_path / "7" / "cmdline").write_bytes(b"python\0-m\0eventpipeline.ingest\0")
    assert procs.rss_kib(7, tmp_path) == 4242
    assert procs.cmdline(7, tmp_path) == ["python", "-m", "eventpipeline.ingest"]
    assert procs.cmdline(8, tmp_path) == []


def test_wait_until_returns_at_the_first_truthy_answer_and_stops_on_an_exception() -> None:
    answers = iter([0, None, "ready"])
    assert procs.wait_until(lambda: next(answers), timeout=10, interval=0)
    assert not procs.wait_until(lambda: False, timeout=0, interval=0)

    def exited() -> bool:
        raise RuntimeError("the server exited")

    with pytest.raises(RuntimeError, match="exited"):
        procs.wait_until(exited, timeout=60, interval=0)


def test_free_ports_are_distinct_free_and_below_the_ephemeral_range() -> None:
    low, _high = procs._ephemeral_range()
    ports = procs.free_ports(5)
    assert len(set(ports)) == 5
    assert all(20000 <= port < low for port in ports)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", ports[0]))  # nobody holds it


def test_kubectl_passes_the_kubeconfig_and_names_the_failed_command(tmp_path: Path) -> None:
    fake = tmp_path / "kubectl"
    fake.write_text('#!/bin/sh\necho "$@"\nif [ "$2" = get ]; then echo "not found" >&2; exit 1; fi\n')
    fake.chmod(0o755)
    config = tmp_path / "config"
    out = kubectl.run("apply", "-f", "-", kubeconfig=config, binary=fake, stdin="{}")
    assert out.stdout == f"--kubeconfig={config} apply -f -\n"
    assert kubectl.run("get", "x", kubeconfig=config, binary=fake, check=False).returncode == 1
    with pytest.raises(InfraError, match=r"`kubectl get x` exited 1: not found"):
        kubectl.run("get", "x", kubeconfig=config, binary=fake)

"""How the development Kafka and PostgreSQL are configured: the one definition, as pure functions.

Both the servers `make infra-up` runs on the host (eventpipeline.infra.kafka, eventpipeline.infra.postgres) and the
development chart's pods (charts/eventpipeline-dev, whose config files `python -m eventpipeline.infra.devdeps files`
writes from these functions; a unit test fails when they drift) take their settings from here. The callers pass
only what differs between the two: addresses, ports, directories and memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

# Broker logs go to stdout: the host-run launcher sends it to the component's log file, a pod to its log.
KAFKA_LOG4J2: Final = """\
status = warn
appender.out.type = Console
appender.out.name = out
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.out.ref = out
logger.request.name = kafka.request.logger
logger.request.level = warn
logger.statechange.name = state.change.logger
logger.statechange.level = warn
logger.clients.name = org.apache.kafka.clients
logger.clients.level = warn
"""


def kafka_properties(
    *,
    listen_host: str,
    port: int,
    controller_host: str,
    controller_port: int,
    data_dir: str,
    partitions: int,
    advertised_host: str | None = None,
    advertised_host_env: str | None = None,
    sasl_port: int | None = None,
) -> dict[str, str]:
    """server.properties of one combined KRaft node (broker and controller), PLAINTEXT, no replication; with
    `sasl_port`, a second client listener there, SASL_PLAINTEXT with SCRAM-SHA-512 (its users live in the cluster
    metadata: `eventpipeline.infra.kafka` creates the development user).

    Clients are told to come back to `advertised_host` (default: `listen_host`), or, with `advertised_host_env`, to
    the address in that environment variable when the broker starts (a pod's IP from the downward API), read by
    Kafka's own EnvVarConfigProvider.
    """
    if advertised_host is not None and advertised_host_env is not None:
        raise ValueError("give advertised_host or advertised_host_env, not both")
    providers: dict[str, str] = {}
    advertised = advertised_host or listen_host
    if advertised_host_env is not None:
        providers = {
            "config.providers": "env",
            "config.providers.env.class": "org.apache.kafka.common.config.provider.EnvVarConfigProvider",
        }
        advertised = f"${{env:{advertised_host_env}}}"
    listeners = [f"PLAINTEXT://{listen_host}:{port}", f"CONTROLLER://{controller_host}:{controller_port}"]
    advertised_listeners = [f"PLAINTEXT://{advertised}:{port}"]
    protocols = "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"
    sasl: dict[str, str] = {}
    if sasl_port is not None:
        listeners.append(f"SASL_PLAINTEXT://{listen_host}:{sasl_port}")
        advertised_listeners.append(f"SASL_PLAINTEXT://{advertised}:{sasl_port}")
        protocols += ",SASL_PLAINTEXT:SASL_PLAINTEXT"
        sasl = {
            "sasl.enabled.mechanisms": "SCRAM-SHA-512",
            # The broker's side of SCRAM needs the login module and nothing else: brokers talk PLAINTEXT to each
            # other, so no broker credentials go in here.
            "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config": (
                "org.apache.kafka.common.security.scram.ScramLoginModule required;"
            ),
        }
    return {
        **providers,
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@{controller_host}:{controller_port}",
        "listeners": ",".join(listeners),
        "advertised.listeners": ",".join(advertised_listeners),
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": protocols,
        **sasl,
        "log.dirs": data_dir,
        "num.partitions": str(partitions),
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "12",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
        "num.network.threads": "2",
        "num.io.threads": "4",
        "log.segment.bytes": str(256 * 1024 * 1024),
        "log.retention.hours": "24",
    }


def kafka_jvm_options(*, heap: str, classpath: str, log4j_config: str) -> list[str]:
    """The JVM's options for the broker and its storage tool: a bounded heap (the box is shared), G1 with short
    pauses, exit on OutOfMemoryError (a supervisor or the kubelet restarts it) and where jars and log settings are."""
    return [
        f"-Xmx{heap}",
        "-Xms128m",
        "-XX:+UseG1GC",
        "-XX:MaxGCPauseMillis=20",
        "-XX:+ExitOnOutOfMemoryError",
        "-Djava.awt.headless=true",
        f"-Dlog4j2.configurationFile={log4j_config}",
        "-cp",
        classpath,
    ]


def postgres_settings(
    *, listen: str, port: int, max_connections: int, shared_buffers: str, hba_file: str
) -> dict[str, str]:
    """Server settings of a primary or a streaming replica (the same for both: a replica made by pg_basebackup
    gets its own at every start). TCP only: no Unix socket, so no socket directory to own or to fit in a path."""
    return {
        "listen_addresses": listen,
        "port": str(port),
        "unix_socket_directories": "",
        "hba_file": hba_file,
        "max_connections": str(max_connections),
        "shared_buffers": shared_buffers,
        "password_encryption": "scram-sha-256",
        "wal_level": "replica",
        "max_wal_senders": "10",
        "wal_keep_size": "1GB",
        "hot_standby": "on",
        "synchronous_commit": "on",
        "fsync": "on",
        "max_wal_size": "4GB",
        "checkpoint_timeout": "15min",
        "log_min_messages": "warning",
    }


def postgres_hba(*, networks: Sequence[str]) -> str:
    """pg_hba.conf: password (scram-sha-256) over TCP from `networks`, for sessions and for replication; no
    trust anywhere and no local socket (the settings open none)."""
    lines = [
        f"host    {database:<12} all    {network:<18} scram-sha-256"
        for network in networks
        for database in ("all", "replication")
    ]
    return "".join(f"{line}\n" for line in lines)


def postgres_command_options(settings: Mapping[str, str]) -> list[str]:
    """The settings as `postgres -c key=value` arguments (what the host-run servers use)."""
    return [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]


def render_properties(properties: Mapping[str, str]) -> str:
    """A Java properties file. Nothing here needs escaping, and that is checked: a key holds no separator, blank,
    comment sign or backslash; a value no backslash or line break (`:` and `=` within a value are literal)."""
    for key, value in properties.items():
        if any(ch in key for ch in "=: \t\\#!") or any(ch in value for ch in "\\\n"):
            raise ValueError(f"property {key}={value!r} would need escaping")
    return "".join(f"{key}={value}\n" for key, value in properties.items())


def render_postgresql_conf(settings: Mapping[str, str]) -> str:
    """A postgresql.conf: every value quoted, single quotes doubled."""
    return "".join(f"{key} = '{value.replace(chr(39), chr(39) * 2)}'\n" for key, value in settings.items())


def render_argfile(arguments: Sequence[str]) -> str:
    """A `java @file` argument file, one argument per line (none may contain white space or a quote)."""
    for argument in arguments:
        if not argument or any(ch.isspace() or ch in "\"'#" for ch in argument):
            raise ValueError(f"JVM argument {argument!r} cannot go into an argument file unquoted")
    return "".join(f"{argument}\n" for argument in arguments)

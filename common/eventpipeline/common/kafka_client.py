"""How every Kafka client of ours connects (bootstrap, TLS, SASL), turned into librdkafka settings in one place.

The operator's admin client and lag reader, ingest's producer and the consumer's clients all start from
`KafkaConnection.config()`, so a TLS or SASL setting means the same thing in each. The operator fills one from the
pipeline's Secrets (the CA as PEM text); a workload from its settings (`KafkaClientSettings`, the CA as a file mounted
from the Secret).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["SCRAM-SHA-512", "SCRAM-SHA-256"]
ClientConfig = dict[str, str | int | float | bool]
"""librdkafka settings, as confluent-kafka types them."""
SASL_PROTOCOLS: frozenset[str] = frozenset({"SASL_PLAINTEXT", "SASL_SSL"})
TLS_PROTOCOLS: frozenset[str] = frozenset({"SSL", "SASL_SSL"})


def security_protocol(*, tls: bool, sasl: bool) -> SecurityProtocol:
    """The protocol Kafka calls a listener with this combination."""
    if sasl:
        return "SASL_SSL" if tls else "SASL_PLAINTEXT"
    return "SSL" if tls else "PLAINTEXT"


class KafkaConfigError(ValueError):
    """A combination librdkafka would only refuse later (or silently ignore), named at once."""


@dataclass(frozen=True)
class KafkaConnection:
    """Where the brokers are and how to authenticate to them. The password and the CA never show in a repr."""

    bootstrap: str
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism = "SCRAM-SHA-512"
    username: str = ""
    password: str = field(default="", repr=False)
    ca_file: str = ""
    ca_pem: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        sasl = self.security_protocol in SASL_PROTOCOLS
        if sasl and not (self.username and self.password):
            raise KafkaConfigError(f"security protocol {self.security_protocol} needs a SASL username and password")
        if not sasl and (self.username or self.password):
            raise KafkaConfigError(f"a SASL username or password needs a SASL_* protocol, not {self.security_protocol}")
        if (self.ca_file or self.ca_pem) and self.security_protocol not in TLS_PROTOCOLS:
            raise KafkaConfigError(f"a CA bundle needs TLS (SSL or SASL_SSL), not {self.security_protocol}")
        if self.ca_file and self.ca_pem:
            raise KafkaConfigError("give the CA as a file or as PEM text, not both")

    @property
    def sasl(self) -> bool:
        return self.security_protocol in SASL_PROTOCOLS

    def config(self) -> ClientConfig:
        """The librdkafka settings of this connection; callers add their own (group, acks, ...) beside them.

        Without a CA the system's trust store verifies the brokers; host names are always verified (librdkafka's
        default `ssl.endpoint.identification.algorithm=https`, never turned off here)."""
        out: ClientConfig = {"bootstrap.servers": self.bootstrap, "security.protocol": self.security_protocol}
        if self.sasl:
            out.update(
                {"sasl.mechanism": self.sasl_mechanism, "sasl.username": self.username, "sasl.password": self.password}
            )
        if self.ca_file:
            out["ssl.ca.location"] = self.ca_file
        elif self.ca_pem:
            out["ssl.ca.pem"] = self.ca_pem
        return out


class KafkaClientSettings(BaseSettings):
    """The Kafka connection fields of a workload's settings (each tier subclasses it with its own env prefix)."""

    kafka_bootstrap: str = Field(default="127.0.0.1:19092", description="Kafka bootstrap servers, comma-separated.")
    kafka_security_protocol: SecurityProtocol = Field(
        default="PLAINTEXT", description="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL."
    )
    kafka_sasl_mechanism: SaslMechanism = Field(default="SCRAM-SHA-512", description="SASL mechanism (SASL_*).")
    kafka_sasl_username: str = Field(default="", description="SASL username (SASL_*).")
    kafka_sasl_password: SecretStr = Field(default=SecretStr(""), description="SASL password (SASL_*; a Secret).")
    kafka_ca_file: Path | None = Field(
        default=None, description="PEM CA bundle verifying the brokers (SSL, SASL_SSL); default: the system's."
    )

    @model_validator(mode="after")
    def _consistent(self) -> KafkaClientSettings:
        self.kafka_connection()  # KafkaConfigError is a ValueError: the process refuses to start, naming it
        return self

    def kafka_connection(self) -> KafkaConnection:
        """The connection these settings describe; KafkaConfigError names an inconsistent combination."""
        return KafkaConnection(
            bootstrap=self.kafka_bootstrap,
            security_protocol=self.kafka_security_protocol,
            sasl_mechanism=self.kafka_sasl_mechanism,
            username=self.kafka_sasl_username,
            password=self.kafka_sasl_password.get_secret_value(),
            ca_file=str(self.kafka_ca_file) if self.kafka_ca_file is not None else "",
        )

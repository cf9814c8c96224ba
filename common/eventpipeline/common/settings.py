"""Helpers shared by every process's one typed settings object."""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from eventpipeline.common.logs import configure_logging
from eventpipeline.common.redact import mask_dsn
from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings

S = TypeVar("S", bound=BaseSettings)


def redacted(settings: BaseSettings) -> dict[str, Any]:
    """The settings as a dict fit for a log line: secrets masked, passwords in connection strings masked."""
    return {name: _masked(value) for name, value in settings}


def _masked(value: Any) -> Any:
    if isinstance(value, SecretStr):
        secret = value.get_secret_value()
        masked = mask_dsn(secret)
        # A connection string keeps its hosts (they help whoever reads the log); any other secret shows nothing.
        return masked if masked != secret else ("**********" if secret else "")
    if isinstance(value, str):
        return mask_dsn(value)
    if isinstance(value, (list, tuple)):
        return [_masked(v) for v in value]
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    return value


def log_settings(settings: BaseSettings, logger: logging.Logger) -> None:
    """Log the effective settings once at start, secrets redacted."""
    logger.info("settings", extra={"settings": redacted(settings)})


def settings_from_env(cls: type[S], service: str) -> S:
    """The process's settings from its environment, its logging configured and the settings logged. Invalid or
    missing settings (a keys file not configured) are logged field by field and the process exits with status 2."""
    configure_logging(service)
    logger = logging.getLogger(f"eventpipeline.{service}")
    try:
        settings = cls()
    except ValidationError as exc:
        # Without the input: a model-level rule's input is every setting, passwords included.
        logger.error("invalid settings", extra={"errors": exc.errors(include_url=False, include_input=False)})
        raise SystemExit(2) from None
    configure_logging(service, getattr(settings, "log_level", "INFO"))
    log_settings(settings, logger)
    return settings


def keepalive_seconds_field() -> Any:
    """The idle keep-alive time of the HTTP tiers (ingest, analytics): one definition for both."""
    return Field(
        default=75,
        ge=1,
        le=3600,
        description=(
            "Idle keep-alive connections stay open this long: longer than any load balancer's or client's idle timeout"
            " in front (60 s is common), so the server never closes a connection a client is just reusing (a reset)."
        ),
    )


# The read deadlines, header cap and overload shedding of the HTTP tiers (`httpguard`, `httpserver.Shedding`): one
# definition each, declared by each tier's settings; a tier picks its own body deadline.


def header_timeout_seconds_field() -> Any:
    return Field(
        default=10.0,
        gt=0,
        le=300,
        description=(
            "A request's line and headers must arrive within this of its first byte (a new connection's first request:"
            " of the connection), else 408 and the connection closed; a connection that sent nothing is just closed."
        ),
    )


def body_timeout_seconds_field(default: float) -> Any:
    return Field(
        default=default,
        gt=0,
        le=3600,
        description="A request's whole body must arrive within this of its headers, else 408 and the connection closed",
    )


def max_header_bytes_field() -> Any:
    return Field(
        default=16 * 1024,
        ge=1024,
        description="Largest request line plus headers; more is 431 and the connection closed.",
    )


def shed_queue_seconds_field() -> Any:
    return Field(
        default=0.025,
        ge=0,
        le=10,
        description=(
            "A request that waited longer than this in the process before its handler could start (the event loop is"
            " saturated) is answered 503 + Retry-After at once instead of queueing; 0 turns shedding off."
        ),
    )

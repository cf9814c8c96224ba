"""Helpers shared by every process's one typed settings object."""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from eventpipeline.common.logs import configure_logging
from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings

S = TypeVar("S", bound=BaseSettings)


def redacted(settings: BaseSettings) -> dict[str, Any]:
    """The settings as a dict fit for a log line: secrets and DSN passwords masked."""
    out: dict[str, Any] = {}
    for name, value in settings:
        if isinstance(value, SecretStr):
            out[name] = "**********" if value.get_secret_value() else ""
        elif isinstance(value, str) and "://" in value and "@" in value:
            scheme, rest = value.split("://", 1)
            creds, host = rest.rsplit("@", 1)
            user = creds.split(":", 1)[0]
            out[name] = f"{scheme}://{user}:***@{host}"
        else:
            out[name] = value
    return out


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
        logger.error("invalid settings", extra={"errors": exc.errors(include_url=False)})
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

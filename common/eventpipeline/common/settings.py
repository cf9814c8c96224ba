"""Helpers shared by every process's one typed settings object."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings


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

"""Settings of every process: shared definitions, the same answer to bad values, one naming of durations."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.common.settings import settings_from_env
from eventpipeline.consumer.settings import ConsumerSettings
from eventpipeline.ingest.settings import IngestSettings
from eventpipeline.operator.settings import OperatorSettings
from pydantic import ValidationError
from pydantic_settings import BaseSettings

pytestmark = pytest.mark.unit


def ingest() -> BaseSettings:
    return IngestSettings(write_keys_file=Path("/nonexistent"))  # type: ignore[call-arg]


def analytics() -> BaseSettings:
    return AnalyticsSettings(read_keys_file=Path("/nonexistent"))


@pytest.mark.parametrize(("prefix", "make"), [("EP_INGEST_", ingest), ("EP_ANALYTICS_", analytics)])
def test_keepalive_default_and_refusals(prefix: str, make: type[BaseSettings], monkeypatch: pytest.MonkeyPatch) -> None:
    assert make().keepalive_seconds == 75  # type: ignore[attr-defined]
    monkeypatch.setenv(prefix + "KEEPALIVE_SECONDS", "120")
    assert make().keepalive_seconds == 120  # type: ignore[attr-defined]
    for bad in ("0", "-5", "3601", "soon"):
        monkeypatch.setenv(prefix + "KEEPALIVE_SECONDS", bad)
        with pytest.raises(ValidationError, match="keepalive_seconds"):
            make()


@pytest.mark.parametrize("settings", [IngestSettings, AnalyticsSettings, ConsumerSettings, OperatorSettings])
def test_durations_are_named_in_seconds_or_milliseconds(settings: type[BaseSettings]) -> None:
    """One unit suffix per unit: `_seconds` (or `_ms`), never `_s`, so an env var name says what it takes."""
    assert [name for name in settings.model_fields if name.endswith("_s")] == []


def test_operator_intervals_are_read_from_their_seconds_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EP_OPERATOR_RETRY_DELAY_SECONDS", "3")
    monkeypatch.setenv("EP_OPERATOR_SCALING_INTERVAL_SECONDS", "3600")
    settings = OperatorSettings()
    assert (settings.retry_delay_seconds, settings.scaling_interval_seconds) == (3, 3600)


@pytest.mark.parametrize(
    ("settings", "field"), [(IngestSettings, "write_keys_file"), (AnalyticsSettings, "read_keys_file")]
)
def test_http_tiers_refuse_to_run_without_a_keys_file(settings: type[BaseSettings], field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        settings()


def test_settings_from_env_exits_2_naming_the_missing_keys_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("EP_ANALYTICS_READ_KEYS_FILE", raising=False)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level  # settings_from_env configures the process's logging
    try:
        with pytest.raises(SystemExit) as exited:
            settings_from_env(AnalyticsSettings, "analytics")
    finally:
        root.handlers[:], root.level = handlers, level
    assert exited.value.code == 2
    assert "read_keys_file" in capsys.readouterr().err


TOKEN = "tok-5f3c9a7e"  # a recognizable password: it must appear in no log line


@pytest.mark.parametrize(
    ("service", "settings", "env", "shown"),
    [
        ("analytics", AnalyticsSettings, {
            "EP_ANALYTICS_PRIMARY_DSN": f"host=db port=5432 user=ep password={TOKEN} dbname=ep",  # keyword form
            "EP_ANALYTICS_REPLICA_DSNS": (  # a list of URL DSNs, one with ?password=
                f"postgresql://ep:{TOKEN}@replica-a:5432/ep,postgresql://ep@replica-b:5432/ep?password={TOKEN}"
            ),
            "EP_ANALYTICS_REDIS_URL": f"redis://:{TOKEN}@cache:6379/0",
        }, "replica-b:5432"),
        ("consumer", ConsumerSettings, {
            "EP_CONSUMER_POSTGRES_DSN": f"postgresql://ep:{TOKEN}@db:5432/ep?sslmode=require"
        }, "db:5432"),
        ("ingest", IngestSettings, {
            "EP_INGEST_KAFKA_EXTRA": f'{{"sasl.mechanism": "SCRAM-SHA-512", "sasl.password": "{TOKEN}"}}'
        }, "sasl.password"),
    ],
)  # fmt: skip
def test_the_settings_line_at_start_carries_no_password(
    service: str,
    settings: type[BaseSettings],
    env: dict[str, str],
    shown: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    keys = tmp_path / "keys"
    keys.write_text("k\n")
    monkeypatch.setenv(f"EP_{service.upper()}_READ_KEYS_FILE", str(keys))
    monkeypatch.setenv(f"EP_{service.upper()}_WRITE_KEYS_FILE", str(keys))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level  # settings_from_env configures the process's logging
    try:
        loaded = settings_from_env(settings, service)
    finally:
        root.handlers[:], root.level = handlers, level
    logged = capsys.readouterr().err
    assert shown in logged  # the line was written, and says where (hosts, keys) without the password
    assert TOKEN not in logged
    assert TOKEN not in repr(loaded)  # nor in any accidental repr of the settings object

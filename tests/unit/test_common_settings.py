"""Settings of every process: shared definitions, the same answer to bad values, one naming of durations."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.consumer.settings import ConsumerSettings
from eventpipeline.ingest.settings import IngestSettings
from eventpipeline.operator.settings import OperatorSettings
from pydantic import ValidationError
from pydantic_settings import BaseSettings

pytestmark = pytest.mark.unit


def ingest() -> BaseSettings:
    return IngestSettings(write_keys_file=Path("/nonexistent"))  # type: ignore[call-arg]


@pytest.mark.parametrize(("prefix", "make"), [("EP_INGEST_", ingest), ("EP_ANALYTICS_", AnalyticsSettings)])
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

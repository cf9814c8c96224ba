"""Settings shared by the HTTP tiers: one definition, the same answer to bad values in both."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.ingest.settings import IngestSettings
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

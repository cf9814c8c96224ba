"""The one rule for a PostgreSQL CA: verify-full with that CA on every DSN a tier reads, whatever the DSN said."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventpipeline.analytics.settings import AnalyticsSettings
from eventpipeline.common.postgres_tls import verified_dsn
from eventpipeline.common.redact import mask_dsn
from eventpipeline.common.settings import redacted
from eventpipeline.consumer.settings import ConsumerSettings
from psycopg.conninfo import conninfo_to_dict
from pydantic import ValidationError

pytestmark = pytest.mark.unit

TOKEN = "tok-7d1e-not-a-real-password"


@pytest.mark.parametrize(
    "dsn",
    [
        f"postgresql://app:{TOKEN}@db.example:5432/app?sslmode=disable",
        f"host=db.example user=app password={TOKEN} dbname=app sslmode=prefer",
    ],
)
def test_a_ca_overrides_the_dsn_s_sslmode(dsn: str) -> None:
    params = conninfo_to_dict(verified_dsn(dsn, "/etc/ca/ca.crt"))
    assert (params["sslmode"], params["sslrootcert"]) == ("verify-full", "/etc/ca/ca.crt")
    assert (params["host"], params["password"]) == ("db.example", TOKEN)  # nothing else changed
    assert TOKEN not in mask_dsn(verified_dsn(dsn, "/etc/ca/ca.crt"))


def test_no_ca_leaves_the_dsn_alone() -> None:
    assert verified_dsn("postgresql://a@b/c?sslmode=require", None) == "postgresql://a@b/c?sslmode=require"


def test_the_consumer_verifies_with_its_ca(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EP_CONSUMER_POSTGRES_DSN", f"postgresql://app:{TOKEN}@db:5432/app")
    monkeypatch.setenv("EP_CONSUMER_POSTGRES_CA_FILE", "/etc/eventpipeline/postgres-ca/ca.crt")
    settings = ConsumerSettings()
    assert conninfo_to_dict(settings.postgres_dsn.get_secret_value())["sslmode"] == "verify-full"
    assert TOKEN not in str(redacted(settings))


def test_analytics_verifies_every_dsn_and_needs_rediss_for_a_redis_ca(tmp_path: Path) -> None:
    settings = AnalyticsSettings(
        read_keys_file=tmp_path / "keys",
        primary_dsn=f"postgresql://app:{TOKEN}@db:5432/app",  # type: ignore[arg-type]
        replica_dsns=["postgresql://app@replica:5432/app"],  # type: ignore[list-item]
        postgres_ca_file=tmp_path / "ca.crt",
    )
    dsns = [settings.primary_dsn, *settings.replica_dsns]
    assert [conninfo_to_dict(d.get_secret_value())["sslrootcert"] for d in dsns] == [str(tmp_path / "ca.crt")] * 2
    with pytest.raises(ValidationError, match="rediss://"):
        AnalyticsSettings(
            read_keys_file=tmp_path / "keys",
            redis_url="redis://cache:6379/0",  # type: ignore[arg-type]
            redis_ca_file=tmp_path / "ca.crt",
        )

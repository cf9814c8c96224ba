"""Where a password sits in a connection string, and what of a Secret's value is never shown."""

from __future__ import annotations

import pytest
from eventpipeline.common.redact import mask_dsn, secret_parts
from eventpipeline.operator.redaction import REDACTED, Redactor

pytestmark = pytest.mark.unit

PW = "tok-77aa1e"


@pytest.mark.parametrize(
    ("dsn", "masked"),
    [
        (f"postgresql://ep:{PW}@db:5432/ep", "postgresql://ep:***@db:5432/ep"),
        (f"redis://:{PW}@cache:6379/0", "redis://:***@cache:6379/0"),
        (f"postgresql://ep@db/ep?sslmode=require&password={PW}", "postgresql://ep@db/ep?sslmode=require&password=***"),
        (f"host=db user=ep password={PW} dbname=ep", "host=db user=ep password=*** dbname=ep"),
        (f"host=db password = '{PW} x' dbname=ep", "host=db password = *** dbname=ep"),
        (
            f"postgresql://ep:{PW}@a/ep,postgresql://ep:{PW}@b/ep",
            "postgresql://ep:***@a/ep,postgresql://ep:***@b/ep",
        ),
        ("postgresql://ep@db:5432/ep", "postgresql://ep@db:5432/ep"),  # nothing to hide: unchanged
    ],
)
def test_mask_dsn_hides_every_password_form(dsn: str, masked: str) -> None:
    assert mask_dsn(dsn) == masked


def test_secret_parts_include_the_passwords_inside_a_value() -> None:
    parts = secret_parts(f"postgresql://ep:{PW}%21@db/ep\nsecond-line")
    assert {f"{PW}%21", f"{PW}!", "second-line"} <= parts
    assert all(len(p) >= 4 for p in secret_parts("a,bb,ccc,dddd"))


def test_the_redactor_removes_a_password_quoted_alone() -> None:
    redact = Redactor()
    redact.remember(f"postgresql://ep:{PW}@db/ep")
    status = {"postgres": {"rotationError": f"auth failed with password {PW}", "replicas": [f"x{PW}y", 3, None]}}
    assert redact(status) == {
        "postgres": {"rotationError": f"auth failed with password {REDACTED}", "replicas": [f"x{REDACTED}y", 3, None]}
    }

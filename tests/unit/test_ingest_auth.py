"""The write key a request presents: the accepted header forms, nothing for anything else."""

from __future__ import annotations

import base64

import pytest
from eventpipeline.ingest.auth import credential

pytestmark = pytest.mark.unit


def basic(user: str, password: str = "") -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize(
    ("authorization", "write_key", "expected"),
    [
        ("Bearer k1", None, b"k1"),
        ("bearer   k1 ", None, b"k1"),
        (None, "k1", b"k1"),
        (basic("k1"), None, b"k1"),
        (basic("k1", "ignored"), None, b"k1"),
        (basic(""), None, None),
        ("Basic !!!notbase64", None, None),
        ("Token k1", None, None),
        ("Bearer", None, None),
        (None, None, None),
    ],
)
def test_credential_forms(authorization: str | None, write_key: str | None, expected: bytes | None) -> None:
    assert credential(authorization, write_key) == expected

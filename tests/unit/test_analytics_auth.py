"""The read key a request presents: Bearer or X-Read-Key, Authorization first, nothing for anything else."""

from __future__ import annotations

import pytest
from eventpipeline.analytics.auth import presented_key
from starlette.datastructures import Headers

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"authorization": "Bearer k1"}, b"k1"),
        ({"authorization": "bearer k2"}, b"k2"),
        ({"authorization": "Bearer   k2  "}, b"k2"),
        ({"x-read-key": "k2"}, b"k2"),
        ({"authorization": "Basic k1"}, None),
        ({"authorization": "Bearer "}, None),
        ({}, None),
    ],
)
def test_presented_key_forms(headers: dict[str, str], expected: bytes | None) -> None:
    assert presented_key(Headers(headers).raw) == expected


def test_raw_headers_authorization_wins_over_read_key_in_any_order() -> None:
    assert presented_key([(b"x-read-key", b"nope"), (b"authorization", b"Bearer k1")]) == b"k1"
    assert presented_key([(b"x-read-key", b"k1"), (b"authorization", b"Bearer nope")]) == b"nope"
    assert presented_key([(b"host", b"x"), (b"x-read-key", b"k1")]) == b"k1"
    assert presented_key([(b"host", b"x")]) is None

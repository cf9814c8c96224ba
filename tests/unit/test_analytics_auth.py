"""Read keys: file parsing, Bearer and X-Read-Key headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventpipeline.analytics.auth import KeyChecker, load_keys
from starlette.datastructures import Headers

pytestmark = pytest.mark.unit


def test_keys_file(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("# readers\nk1\n\n  k2  \n")
    checker = KeyChecker(load_keys(path))
    assert checker.allows(Headers({"authorization": "Bearer k1"}).raw)
    assert checker.allows(Headers({"authorization": "bearer k2"}).raw)
    assert checker.allows(Headers({"x-read-key": "k2"}).raw)
    assert not checker.allows(Headers({"authorization": "Bearer k3"}).raw)
    assert not checker.allows(Headers({"authorization": "Basic k1"}).raw)
    assert not checker.allows(Headers({"authorization": "Bearer "}).raw)
    assert not checker.allows(Headers({"x-read-key": "# readers"}).raw)
    assert not checker.allows(Headers({}).raw)


def test_empty_keys_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("# nobody\n\n")
    with pytest.raises(ValueError, match="holds no keys"):
        load_keys(path)


def test_no_keys_file_disables_auth() -> None:
    assert KeyChecker(None).allows(Headers({}).raw)


def test_raw_headers_authorization_wins_over_read_key_in_any_order(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("k1\n")
    checker = KeyChecker(load_keys(path))
    assert checker.allows([(b"x-read-key", b"nope"), (b"authorization", b"Bearer k1")])
    assert not checker.allows([(b"x-read-key", b"k1"), (b"authorization", b"Bearer nope")])
    assert checker.allows([(b"host", b"x"), (b"x-read-key", b"k1")])
    assert not checker.allows([(b"host", b"x")])

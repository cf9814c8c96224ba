"""Write keys: the accepted header forms, reload on change, no match for anything else."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from eventpipeline.ingest.auth import WriteKeys, credential, read_keys

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


def test_read_keys_skips_blanks_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("# comment\n\n  k1  \nk2\n")
    assert read_keys(path) == [b"k1", b"k2"]


def test_match_and_reload(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("k1\nk2\n")
    keys = WriteKeys(path)
    assert keys.match(b"k1") is not None
    assert keys.match(b"k2") is not None
    assert keys.match(b"k1") != keys.match(b"k2")
    assert keys.match(b"k3") is None
    assert keys.match(b"k") is None
    assert keys.match(None) is None
    path.write_text("k3\n")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert keys.reload_if_changed() is True
    assert keys.match(b"k1") is None
    assert keys.match(b"k3") is not None
    assert keys.reload_if_changed() is False


def test_unreadable_file_keeps_previous_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys"
    path.write_text("k1\n")
    keys = WriteKeys(path)
    path.unlink()
    assert keys.reload_if_changed() is False
    assert keys.match(b"k1") is not None

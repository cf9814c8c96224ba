"""Read-key auth: `Authorization: Bearer <key>` or `X-Read-Key: <key>`, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path


def load_keys(path: Path) -> list[bytes]:
    """One key per line; blank lines and `#` comments ignored. An empty file is an error, not open access."""
    keys = [line.strip() for line in path.read_text().splitlines()]
    keys = [k for k in keys if k and not k.startswith("#")]
    if not keys:
        raise ValueError(f"read_keys_file: {path} holds no keys")
    return [_digest(k) for k in keys]


def _digest(key: str) -> bytes:
    # comparing fixed-length digests keeps the comparison time independent of the key's length
    return hashlib.sha256(key.encode()).digest()


def presented_key(headers: list[tuple[bytes, bytes]]) -> str | None:
    """The key from the ASGI scope's raw (lower-cased) headers; `Authorization` wins over `X-Read-Key`.

    Raw headers, not a `Headers` object: this runs on every cached answer (docs/benchmarks.md)."""
    auth = read_key = None
    for name, value in headers:
        if name == b"authorization":
            auth = value
            break
        if name == b"x-read-key" and read_key is None:
            read_key = value
    if auth is not None:
        scheme, _, key = auth.decode("latin-1").partition(" ")
        return key.strip() if scheme.lower() == "bearer" and key.strip() else None
    return read_key.decode("latin-1") if read_key else None


class KeyChecker:
    def __init__(self, keys: list[bytes] | None) -> None:
        self._keys = keys  # None: auth disabled (no keys file configured)

    @property
    def enabled(self) -> bool:
        return self._keys is not None

    def allows(self, headers: list[tuple[bytes, bytes]]) -> bool:
        """`headers`: the ASGI scope's raw header list (`request.scope["headers"]`, or `Headers(...).raw`)."""
        if self._keys is None:
            return True
        key = presented_key(headers)
        if key is None:
            return False
        digest = _digest(key)
        ok = False
        for known in self._keys:  # check every key: no early exit that would leak which one matched
            ok |= hmac.compare_digest(digest, known)
        return ok

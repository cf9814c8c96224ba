"""Read-key auth: `Authorization: Bearer <key>` or `X-Read-Key: <key>`, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from starlette.datastructures import Headers


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


def presented_key(headers: Headers) -> str | None:
    auth = headers.get("authorization")
    if auth is not None:
        scheme, _, value = auth.partition(" ")
        return value.strip() if scheme.lower() == "bearer" and value.strip() else None
    return headers.get("x-read-key") or None


class KeyChecker:
    def __init__(self, keys: list[bytes] | None) -> None:
        self._keys = keys  # None: auth disabled (no keys file configured)

    @property
    def enabled(self) -> bool:
        return self._keys is not None

    def allows(self, headers: Headers) -> bool:
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

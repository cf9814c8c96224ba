"""Write keys: read from a mounted Secret file, re-read when it changes, compared in constant time.

The candidate and every key are hashed (SHA-256) first, so the comparison also hides the keys' lengths,
and all keys are compared on every request (no early exit) so timing does not tell which one matched.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
from pathlib import Path

log = logging.getLogger("eventpipeline.ingest.auth")


def read_keys(path: Path) -> list[bytes]:
    """One key per line; blank lines and `#` comments are skipped; surrounding whitespace is ignored."""
    keys = []
    for line in path.read_text(encoding="utf-8").splitlines():
        key = line.strip()
        if key and not key.startswith("#"):
            keys.append(key.encode())
    return keys


def credential(authorization: str | None, write_key: str | None) -> bytes | None:
    """The presented key: `X-Write-Key`, `Authorization: Bearer <key>`, or Basic auth with the key as username."""
    if write_key:
        return write_key.strip().encode()
    if not authorization:
        return None
    scheme, _, rest = authorization.strip().partition(" ")
    scheme = scheme.lower()
    rest = rest.strip()
    if scheme == "bearer" and rest:
        return rest.encode()
    if scheme == "basic" and rest:
        try:
            decoded = base64.b64decode(rest, validate=True)
        except (binascii.Error, ValueError):
            return None
        username = decoded.split(b":", 1)[0]
        return username or None
    return None


class WriteKeys:
    """The current set of keys (as SHA-256 digests); `reload_if_changed` is called from a periodic task."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._digests: list[bytes] = []
        self._stamp: tuple[int, int, int] | None = None
        self.reload_if_changed()

    def __len__(self) -> int:
        return len(self._digests)

    def reload_if_changed(self) -> bool:
        """Re-read the file when its inode, size or mtime changed (a Secret update swaps a symlink)."""
        try:
            st = self._path.stat()
        except OSError as exc:
            log.error("write keys file unreadable; keeping the previous keys", extra={"error": str(exc)})
            return False
        stamp = (st.st_ino, st.st_size, st.st_mtime_ns)
        if stamp == self._stamp:
            return False
        try:
            keys = read_keys(self._path)
        except (OSError, UnicodeDecodeError) as exc:
            log.error("write keys file unreadable; keeping the previous keys", extra={"error": str(exc)})
            return False
        self._digests = [hashlib.sha256(k).digest() for k in keys]
        self._stamp = stamp
        log.info("write keys loaded", extra={"keys": len(keys), "path": str(self._path)})
        if not keys:
            log.warning("no write keys: every event request will get 401")
        return True

    def match(self, candidate: bytes | None) -> bytes | None:
        """The matching key's digest (an identity for rate limiting), or None; compares against every key."""
        if candidate is None:
            return None
        digest = hashlib.sha256(candidate).digest()
        found: bytes | None = None
        for known in self._digests:
            if hmac.compare_digest(digest, known):
                found = known
        return found

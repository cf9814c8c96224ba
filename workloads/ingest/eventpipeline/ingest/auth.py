"""The write key a request presents; the keys themselves are `eventpipeline.common.httpserver.ApiKeys`."""

from __future__ import annotations

import base64
import binascii


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

"""The read key a request presents: `Authorization: Bearer <key>` or `X-Read-Key: <key>`; the keys themselves are
`eventpipeline.common.httpserver.ApiKeys`."""

from __future__ import annotations


def presented_key(headers: list[tuple[bytes, bytes]]) -> bytes | None:
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
        scheme, _, key = auth.partition(b" ")
        key = key.strip()
        return key if scheme.lower() == b"bearer" and key else None
    return read_key or None

"""Reading a request body with hard caps: the bytes on the wire, and the bytes a gzip body inflates to.

A body is refused as soon as the stream passes the cap (by `Content-Length` up front), and a gzip body is inflated
at most one byte past the cap, so a small compressed bomb costs no more memory than a plain body at the limit.
"""

from __future__ import annotations

import zlib
from typing import Final

from eventpipeline.ingest.validation import RequestError
from starlette.types import Receive

ENCODINGS: Final = frozenset({"", "identity", "gzip", "x-gzip"})


class Disconnected(Exception):
    """The client went away before sending its whole body: nothing to answer."""


def _too_large(limit: int, what: str = "body") -> RequestError:
    return RequestError(413, "too_large", [f"{what}: more than {limit} bytes; the limit is {limit}"])


async def read_body(receive: Receive, declared: str | None, limit: int) -> bytes:
    """Read at most `limit` bytes: refuse on Content-Length up front, or as soon as the stream passes the cap."""
    if declared is not None:
        if not declared.isdigit():
            raise RequestError(400, "invalid", ["Content-Length: not a number"])
        if int(declared) > limit:
            raise RequestError(413, "too_large", [f"body: {declared} bytes; the limit is {limit}"])
    message = await receive()
    if message["type"] == "http.disconnect":
        raise Disconnected
    body: bytes = message.get("body", b"")
    if not message.get("more_body", False):  # the common case: one message, no copy
        if len(body) > limit:
            raise _too_large(limit)
        return body
    buffer = bytearray(body)
    while True:
        if len(buffer) > limit:
            raise _too_large(limit)
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Disconnected
        buffer += message.get("body", b"")
        if not message.get("more_body", False):
            break
    if len(buffer) > limit:
        raise _too_large(limit)
    return bytes(buffer)


def decode_content(body: bytes, encoding: str, limit: int) -> bytes:
    """The body as sent before `Content-Encoding` (gzip or identity), at most `limit` bytes once inflated."""
    if encoding in {"", "identity"}:
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip header and trailer
    try:
        out = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise RequestError(400, "invalid", [f"body: not valid gzip: {exc}"]) from None
    if len(out) > limit:
        raise _too_large(limit, "body (inflated)")
    if not inflater.eof:
        raise RequestError(400, "invalid", ["body: truncated gzip stream"])
    return out

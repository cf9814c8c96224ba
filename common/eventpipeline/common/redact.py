"""Passwords out of text: the one place that knows where a password sits in a connection string.

PostgreSQL and Redis take URLs (`postgresql://user:PASSWORD@host/db`, `?password=PASSWORD`) and PostgreSQL also
keyword strings (`host=h password=PASSWORD`), alone or in comma-separated lists (replica DSNs). `mask_dsn` hides
each password and keeps the rest (hosts help whoever reads a log); `secret_parts` lists what must never be shown of
a Secret's value, for redacting error texts that may quote it (the operator's status and Events).
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import unquote

MASK: Final = "***"
# user:PASSWORD@ in a URL's authority (the user part may be empty: `redis://:PASSWORD@host`).
_URL_PASSWORD: Final = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s,]*:)(?P<pw>[^@\s,]*)(?=@)")
# password=PASSWORD as a keyword or a URL query parameter; quoted keyword values may hold spaces.
_KEYWORD_PASSWORD: Final = re.compile(
    r"(?P<head>\b(?:password|pass|passwd|sslpassword)\s*=\s*)(?P<pw>'(?:[^'\\]|\\.)*'|[^\s&,;]*)", re.IGNORECASE
)
# Shorter values are not redacted inside other text: masking every "ab" would garble whole messages.
MIN_REDACTED_LENGTH: Final = 4


def mask_dsn(text: str) -> str:
    """`text` with every password in a URL or keyword connection string (or a list of them) replaced by ***."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + MASK, text)
    return _KEYWORD_PASSWORD.sub(lambda m: m["head"] + MASK, text)


def secret_parts(value: str) -> set[str]:
    """What of a Secret's value must not appear in any message: the value, each line and list item of it, and each
    password inside it (as written and percent-decoded)."""
    parts = {value, value.strip()}
    for line in value.splitlines():
        parts.add(line.strip())
        parts.update(item.strip() for item in line.split(","))
    for match in (*_URL_PASSWORD.finditer(value), *_KEYWORD_PASSWORD.finditer(value)):
        password = match["pw"].strip("'")
        parts.update({password, unquote(password)})
    return {part for part in parts if len(part) >= MIN_REDACTED_LENGTH}

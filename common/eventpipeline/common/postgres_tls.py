"""PostgreSQL's server verified against a given CA: one rule for the operator, the consumer and analytics.

With a CA bundle (`spec.postgres.caSecret`), every connection uses `sslmode=verify-full` (TLS, the certificate signed
by that CA, the host name matching it) whatever the DSN in the user's Secret says: a DSN with `sslmode=disable` or
`prefer` must not quietly undo the verification the spec asked for.
"""

from __future__ import annotations

from pathlib import Path

from psycopg.conninfo import make_conninfo


def verified_dsn(dsn: str, ca_file: Path | str | None) -> str:
    """`dsn` with sslmode=verify-full and sslrootcert=`ca_file`; `dsn` unchanged without a CA file. A URL comes
    back in keyword form (libpq reads both)."""
    if not ca_file or not dsn:
        return dsn
    return make_conninfo(dsn, sslmode="verify-full", sslrootcert=str(ca_file))

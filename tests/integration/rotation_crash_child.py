"""Run one rotation and kill this process (os._exit, no cleanup) at a named checkpoint: a crash mid-rotation."""

from __future__ import annotations

import os
import sys
from datetime import datetime

import psycopg
from eventpipeline.operator.rotation import FixedClock, RotationTarget, rotate
from eventpipeline.operator.rotation.run import ArchiveTarget

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from tests.support.s3 import s3_client


def main() -> None:
    dsn, schema, bucket, endpoint, crash_step, now = sys.argv[1:7]

    def checkpoint(step: str, table: str) -> None:
        if step == crash_step:
            os._exit(137)

    with psycopg.connect(dsn, autocommit=True) as conn:
        rotate(
            conn,
            RotationTarget(
                "ns1", "pipe1", schema, premake=1, retention_months=2, archive=ArchiveTarget(bucket, "arch")
            ),
            clock=FixedClock(datetime.fromisoformat(now)),
            s3=s3_client(endpoint),
            checkpoint=checkpoint,
        )
    sys.exit(3)  # the crash step was never reached


if __name__ == "__main__":
    main()

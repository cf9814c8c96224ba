"""Monthly partition rotation: partitions made ahead, old ones archived to S3, detached and dropped.

`rotate(...)` is the whole routine (idempotent, advisory-locked, resumable after a crash at any step);
`plan_rotation(...)` is its pure decision. See docs/partitioning.md.
"""

from eventpipeline.operator.rotation.clock import Clock, FixedClock, SystemClock
from eventpipeline.operator.rotation.plan import Month, RotationPlan, plan_rotation
from eventpipeline.operator.rotation.run import RotationReport, RotationTarget, rotate

__all__ = [
    "Clock",
    "FixedClock",
    "Month",
    "RotationPlan",
    "RotationReport",
    "RotationTarget",
    "SystemClock",
    "plan_rotation",
    "rotate",
]

"""What a pass reports: the problems it found, the changes it made, and the Kubernetes Events those become.

Defined here, below every step that produces them, so the status computation, the reconcile, the scaler, the cleanup
and the rotation pass share one vocabulary without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Problem:
    """Something the operator refuses or cannot do; `reason` is a CamelCase condition reason."""

    reason: str
    message: str


@dataclass(frozen=True)
class Change:
    """One change made to the world; each becomes a Normal Event on the EventPipeline."""

    reason: str
    message: str


@dataclass(frozen=True)
class KubeEvent:
    """A Kubernetes Event to post on the EventPipeline object."""

    type: Literal["Normal", "Warning"]
    reason: str
    message: str

"""The one error the infrastructure commands raise: it names the component and the log to read."""

from __future__ import annotations

from pathlib import Path


class InfraError(RuntimeError):
    """A component failed; `str()` is the one-line message the CLI prints."""

    def __init__(self, component: str, message: str, log: Path | None = None) -> None:
        self.component = component
        self.log = log
        text = f"{component}: {message}"
        if log is not None:
            text += f"; see {log}"
        super().__init__(text)

"""helm, pinned and built with the other Go tools by set-up (`eventpipeline.infra.tools`): no release downloads
reach these machines."""

from __future__ import annotations

from pathlib import Path

from eventpipeline.infra.tools import installed


def helm_path() -> Path:
    """The helm binary set-up built; raises InfraError (run `make setup`) when it is missing."""
    return installed().helm

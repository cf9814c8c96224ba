"""What decides an image rebuild: the Dockerfile, the files its COPY instructions take (after .dockerignore), and
nothing else of the checkout. Pure functions over a temporary build context."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from eventpipeline.infra.images import inputs
from eventpipeline.infra.paths import REPO_ROOT

pytestmark = pytest.mark.unit

DOCKERFILE = """\
ARG BASE=python:3.11
FROM ${BASE} AS build
COPY pyproject.toml uv.lock \\
     README.md ./
COPY --chown=0:0 src/ src/
ADD ["data/one.txt", "/data/"]
RUN make
FROM ${BASE}
COPY --from=build /venv /app/.venv
"""

IGNORE = """\
# comments and blank lines do not count

**/__pycache__
**/*.pyc
src/private
"""


def make_context(root: Path) -> Path:
    files = {
        "Dockerfile": DOCKERFILE,
        ".dockerignore": IGNORE,
        "pyproject.toml": "[project]\nname = 'x'\n",
        "uv.lock": "lock\n",
        "README.md": "readme\n",
        "src/pkg/__init__.py": "",
        "src/pkg/mod.py": "VALUE = 1\n",
        "src/private/secret.py": "S = 1\n",
        "data/one.txt": "one\n",
        "data/two.txt": "two\n",
        "tests/test_x.py": "def test(): pass\n",
        "docs/index.md": "docs\n",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def key(root: Path) -> str:
    return inputs.digest(inputs.dockerfile_inputs(root, root / "Dockerfile"))


def test_copy_sources_follow_continuations_flags_and_json_form_and_skip_other_stages() -> None:
    assert inputs.copy_sources(DOCKERFILE) == ["pyproject.toml", "uv.lock", "README.md", "src/", "data/one.txt"]


def test_dockerignore_patterns_match_like_docker() -> None:
    patterns = inputs.parse_dockerignore(IGNORE + "*.log\n!keep.log\n")
    assert inputs.ignored("src/pkg/__pycache__/mod.cpython-311.pyc", patterns)
    assert inputs.ignored("__pycache__/x", patterns)  # `**/` matches no directory too
    assert inputs.ignored("src/pkg/mod.pyc", patterns)
    assert inputs.ignored("src/private/secret.py", patterns)  # a matched directory takes what is under it
    assert inputs.ignored("debug.log", patterns)
    assert not inputs.ignored("keep.log", patterns)  # the last matching pattern decides
    assert not inputs.ignored("logs/debug.log", patterns)  # `*` stays within one path element
    assert not inputs.ignored("src/pkg/mod.py", patterns)
    assert not inputs.ignored("src/privateer.py", patterns)


def test_the_copied_files_are_those_the_builder_would_send(tmp_path: Path) -> None:
    root = make_context(tmp_path)
    (root / "src/pkg/__pycache__").mkdir()
    (root / "src/pkg/__pycache__/mod.cpython-311.pyc").write_bytes(b"\0")
    patterns = inputs.parse_dockerignore(IGNORE)
    assert inputs.context_files(root, inputs.copy_sources(DOCKERFILE), patterns) == [
        "README.md",
        "data/one.txt",
        "pyproject.toml",
        "src/pkg/__init__.py",
        "src/pkg/mod.py",
        "uv.lock",
    ]


def test_changing_a_copied_file_changes_the_key(tmp_path: Path) -> None:
    root = make_context(tmp_path)
    before = key(root)
    (root / "src/pkg/mod.py").write_text("VALUE = 2\n")
    assert key(root) != before


@pytest.mark.parametrize(
    "change",
    [
        "new file in a copied dir",
        "lock",
        "dockerfile",
        "executable bit",
        "dockerignore lets a file in",
    ],
)
def test_each_input_counts(tmp_path: Path, change: str) -> None:
    root = make_context(tmp_path)
    before = key(root)
    if change == "new file in a copied dir":
        (root / "src/pkg/new.py").write_text("")
    elif change == "lock":
        (root / "uv.lock").write_text("lock 2\n")
    elif change == "dockerfile":
        (root / "Dockerfile").write_text(DOCKERFILE + "ENV X=1\n")
    elif change == "executable bit":
        os.chmod(root / "src/pkg/mod.py", 0o755)
    else:
        (root / ".dockerignore").write_text(IGNORE.replace("src/private\n", ""))
    assert key(root) != before


@pytest.mark.parametrize(
    "rel",
    ["tests/test_x.py", "docs/index.md", "data/two.txt", "src/private/secret.py", "src/pkg/__pycache__/m.pyc"],
)
def test_a_file_the_build_does_not_take_changes_nothing(tmp_path: Path, rel: str) -> None:
    root = make_context(tmp_path)
    before = key(root)
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text("changed\n")
    assert key(root) == before


def test_the_product_images_take_the_product_and_never_the_dev_infrastructure() -> None:
    text = (REPO_ROOT / "Dockerfile").read_text()
    patterns = inputs.parse_dockerignore((REPO_ROOT / ".dockerignore").read_text())
    files = inputs.context_files(REPO_ROOT, inputs.copy_sources(text), patterns)
    assert "infra/pyproject.toml" in files  # uv reads the workspace's member list, nothing else of infra
    assert not [f for f in files if f.startswith("infra/") and f != "infra/pyproject.toml"]
    assert not [f for f in files if f.startswith(("tests/", "docs/", "bench/", "scripts/")) or "__pycache__" in f]
    for tier in ("common", "operator", "ingest", "consumer", "analytics"):
        assert any(f.endswith(f"eventpipeline/{tier}/__init__.py") for f in files), tier
    assert {"uv.lock", "pyproject.toml", "README.md"} <= set(files)

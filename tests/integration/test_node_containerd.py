"""The node's containerd counts as serving only when it answers: a host that restarted leaves the socket file of
the containerd that died with it, and the next `cluster up` must wait for the new one, not trust the file."""

from __future__ import annotations

import socket
import tempfile
from pathlib import Path

from eventpipeline.infra.cluster.node import containerd_answers
from eventpipeline.infra.images.rootfs import remove_tree

from tests.integration.containerd_support import private_containerd


def test_a_socket_file_left_by_a_dead_containerd_does_not_answer() -> None:
    root = Path(tempfile.mkdtemp(prefix="ep-stale-", dir="/var/tmp"))
    try:
        stale = root / "containerd.sock"
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(stale))
        listener.close()  # the file stays, as after a crash: connections are refused
        assert stale.is_socket()
        assert not containerd_answers(stale)
        assert not containerd_answers(root / "missing.sock")
    finally:
        remove_tree(root)


def test_a_running_containerd_answers() -> None:
    with private_containerd() as address:
        assert containerd_answers(address)

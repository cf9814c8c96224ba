"""The node's network: a network namespace of its own, joined to the host by one veth pair, nothing else.

containerd (and so every pod's network namespace and the CNI bridge), kubelet and kube-proxy run inside the node's
namespace, so the pod and Service ranges, the bridge and every iptables rule kube-proxy and kubelet write exist only
there; deleting the namespace takes all of it away. The host gets two routes into the node (pods, Services) via the
veth and nothing else: no route or NAT leads anywhere but loopback, the node and its pods.

    host netns                         node netns "ep-node"
    ep-node-h 10.243.0.1/30  <-veth->  eth0 10.243.0.2/30 (node IP: kubelet, kube-proxy, NodePorts)
    10.244.0.0/16, 10.96.0.0/16             ep-cni0 10.244.0.1/24 (CNI bridge) -- pods 10.244.0.x
      via 10.243.0.2
The API server listens on the host side, 10.243.0.1, so pods reach it through the `kubernetes` Service.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from eventpipeline.infra.errors import InfraError

NODE_NAME = "ep-node"
NETNS = "ep-node"
NETNS_PATH = Path("/run/netns") / NETNS
HOST_IF = "ep-node-h"
NODE_IF = "eth0"
HOST_IP = "10.243.0.1"
NODE_IP = "10.243.0.2"
LINK_PREFIX = 30
LINK_CIDR = f"10.243.0.0/{LINK_PREFIX}"
POD_CIDR = "10.244.0.0/16"
NODE_POD_SUBNET = "10.244.0.0/24"
POD_GATEWAY = "10.244.0.1"
BRIDGE = "ep-cni0"
SERVICE_CIDR = "10.96.0.0/16"
API_SERVICE_IP = "10.96.0.1"
DNS_SERVICE_IP = "10.96.0.10"
CLUSTER_DOMAIN = "cluster.local"


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(["ip", *args], capture_output=True, text=True, check=False)
    if check and proc.returncode != 0:
        raise InfraError("node-network", f"`ip {' '.join(args)}` failed: {proc.stderr.strip()}")
    return proc


def in_node(argv: list[str]) -> list[str]:
    """argv run inside the node's network namespace only (same mounts, same everything else), so that the
    volumes kubelet mounts are the ones containerd and runc see."""
    return ["nsenter", f"--net={NETNS_PATH}", "--", *argv]


def exists() -> bool:
    return NETNS_PATH.exists() and _ip("link", "show", HOST_IF, check=False).returncode == 0


def up() -> None:
    """Create the namespace, the veth pair, the addresses and the host's two routes; idempotent."""
    if not NETNS_PATH.exists():
        _ip("netns", "add", NETNS)
    if _ip("link", "show", HOST_IF, check=False).returncode != 0:
        _ip("link", "add", HOST_IF, "type", "veth", "peer", "name", NODE_IF, "netns", NETNS)
    _ip("addr", "replace", f"{HOST_IP}/{LINK_PREFIX}", "dev", HOST_IF)
    _ip("link", "set", HOST_IF, "up")
    _ip("-n", NETNS, "addr", "replace", f"{NODE_IP}/{LINK_PREFIX}", "dev", NODE_IF)
    _ip("-n", NETNS, "link", "set", NODE_IF, "up")
    _ip("-n", NETNS, "link", "set", "lo", "up")
    for cidr in (POD_CIDR, SERVICE_CIDR):
        _ip("route", "replace", cidr, "via", NODE_IP, "dev", HOST_IF)
    # Inside the node: forward between the veth and the bridge (this namespace's own switch, not the host's).
    _sysctl("net.ipv4.ip_forward", "1")


def _sysctl(key: str, value: str) -> None:
    # net.* sysctls belong to the network namespace of the writer: nsenter is enough, no mount namespace needed.
    proc = subprocess.run(in_node(["sysctl", "-qw", f"{key}={value}"]), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise InfraError("node-network", f"sysctl {key}={value} in {NETNS} failed: {proc.stderr.strip()}")


def down() -> None:
    """Delete the namespace: its veth end (and so the host's), routes, bridge and iptables rules go with it."""
    if NETNS_PATH.exists():
        _ip("netns", "delete", NETNS)
    if _ip("link", "show", HOST_IF, check=False).returncode == 0:
        _ip("link", "delete", HOST_IF)

"""The real node: containerd (CRI, runc, CNI), kubelet and kube-proxy, each started inside the node's network
namespace (`network.in_node`), with its configuration written next to its data under the state dir.

What this machine needs, each found by trying (docs/cluster.md): the host has cgroup v1 (`failCgroupV1: false`,
cgroupfs driver); its capability bounding set lacks CAP_SYS_RESOURCE, so a negative oom_score_adj is refused and
runc fails every sandbox unless containerd restricts it (`restrict_oom_score_adj`); nothing can be pulled (no
registry), so the sandbox image and every image a pod names are imported into containerd beforehand and image GC is
off. Pods' network namespaces live under containerd's state dir, so cleanup finds them all in one place.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Final

from eventpipeline.infra.cluster import network as net
from eventpipeline.infra.cluster.certs import Pki
from eventpipeline.infra.cluster.components import Component, cluster_dir, get, kubeconfig_file
from eventpipeline.infra.tools import Tools

NODE_NAME = net.NODE_NAME
KUBELET_PORT = 10250
KUBELET_HEALTHZ_PORT = 10248
PROXY_HEALTHZ_PORT = 10256
CGROUP_ROOT = "/eventpipeline"  # every pod's cgroups live below this, in every controller
CNI_BIN_DIR = Path("/usr/lib/cni")  # Debian's containernetworking-plugins
RUNC = "/usr/sbin/runc"
CONTAINERD = "/usr/bin/containerd"


def node_dir() -> Path:
    return cluster_dir() / "node"


def containerd_socket() -> Path:
    return node_dir() / "containerd" / "containerd.sock"


def cni_conf_dir() -> Path:
    return node_dir() / "cni" / "net.d"


def cni_config() -> dict[str, object]:
    """bridge + host-local (+ portmap, loopback by the runtime): pods get the node's subnet and routes to the
    Service range and the host link, and no default route: nothing outside the machine is reachable."""
    return {
        "cniVersion": "1.0.0",
        "name": "eventpipeline",
        "plugins": [
            {
                "type": "bridge",
                "bridge": net.BRIDGE,
                "isGateway": True,
                "ipMasq": False,
                "hairpinMode": True,  # a pod reaching its own Service lands back on itself
                "ipam": {
                    "type": "host-local",
                    "ranges": [[{"subnet": net.NODE_POD_SUBNET, "gateway": net.POD_GATEWAY}]],
                    "routes": [
                        {"dst": net.SERVICE_CIDR, "gw": net.POD_GATEWAY},
                        {"dst": net.LINK_CIDR, "gw": net.POD_GATEWAY},
                    ],
                    "dataDir": str(node_dir() / "cni" / "ipam"),
                },
            },
            {"type": "portmap", "capabilities": {"portMappings": True}},
        ],
    }


# Plugins that look for things this node never has (an /opt install dir, btrfs, zfs, devmapper, aufs).
_UNUSED_PLUGINS = (
    "io.containerd.internal.v1.opt",
    "io.containerd.snapshotter.v1.btrfs",
    "io.containerd.snapshotter.v1.zfs",
    "io.containerd.snapshotter.v1.devmapper",
    "io.containerd.snapshotter.v1.aufs",
)


def containerd_config(sandbox_image: str) -> str:
    root = node_dir() / "containerd"
    return f"""version = 2
root = "{root / "root"}"
state = "{root / "state"}"
disabled_plugins = [{", ".join(f'"{p}"' for p in _UNUSED_PLUGINS)}]

[grpc]
  address = "{containerd_socket()}"

[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "{sandbox_image}"
  restrict_oom_score_adj = true
  netns_mounts_under_state_dir = true
  stream_server_address = "127.0.0.1"
  enable_selinux = false
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        BinaryName = "{RUNC}"
        SystemdCgroup = false
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "{CNI_BIN_DIR}"
    conf_dir = "{cni_conf_dir()}"
"""


def kubelet_config(pki: Pki) -> dict[str, object]:
    return {
        "apiVersion": "kubelet.config.k8s.io/v1beta1",
        "kind": "KubeletConfiguration",
        "failCgroupV1": False,
        "cgroupDriver": "cgroupfs",
        "cgroupRoot": CGROUP_ROOT,
        "containerRuntimeEndpoint": f"unix://{containerd_socket()}",
        "address": net.NODE_IP,
        "port": KUBELET_PORT,
        "readOnlyPort": 0,
        "healthzBindAddress": net.NODE_IP,
        "healthzPort": KUBELET_HEALTHZ_PORT,
        "tlsCertFile": str(pki.client_cert("kubelet-serving")),
        "tlsPrivateKeyFile": str(pki.client_key("kubelet-serving")),
        "authentication": {
            "anonymous": {"enabled": False},
            "webhook": {"enabled": True},
            "x509": {"clientCAFile": str(pki.ca_cert)},
        },
        "authorization": {"mode": "Webhook"},
        "clusterDomain": net.CLUSTER_DOMAIN,
        "clusterDNS": [net.DNS_SERVICE_IP],
        "resolvConf": str(node_dir() / "resolv.conf"),
        "failSwapOn": False,
        "rotateCertificates": False,
        "serializeImagePulls": False,
        # Images cannot be pulled again here: never garbage-collect them, never evict for a full disk.
        "imageGCHighThresholdPercent": 100,
        "imageGCLowThresholdPercent": 99,
        "evictionHard": {
            "memory.available": "100Mi",
            "nodefs.available": "1%",
            "imagefs.available": "1%",
            "nodefs.inodesFree": "1%",
        },
        "enforceNodeAllocatable": ["pods"],
        "maxPods": 110,
        "shutdownGracePeriod": "0s",
    }


def kube_proxy_config() -> dict[str, object]:
    return {
        "apiVersion": "kubeproxy.config.k8s.io/v1alpha1",
        "kind": "KubeProxyConfiguration",
        "mode": "iptables",
        "clientConnection": {"kubeconfig": str(kubeconfig_file("kube-proxy"))},
        "hostnameOverride": NODE_NAME,
        "bindAddress": net.NODE_IP,
        "healthzBindAddress": f"{net.NODE_IP}:{PROXY_HEALTHZ_PORT}",
        "metricsBindAddress": "127.0.0.1:10249",
        "clusterCIDR": net.POD_CIDR,
        "nodePortAddresses": [f"{net.NODE_IP}/32"],
        # Conntrack table sizes and timeouts are host-wide settings: leave them to the host.
        "conntrack": {"maxPerCore": 0, "min": 0, "tcpEstablishedTimeout": "0s", "tcpCloseWaitTimeout": "0s"},
    }


# The node component that reads each config file at start (the CNI config is read per pod, by containerd's CRI).
CONFIG_OF: Final = {"containerd": "containerd.toml", "kubelet": "kubelet.json", "kube-proxy": "kube-proxy.json"}


def write_configs(pki: Pki, sandbox_image: str) -> set[str]:
    """Every node config file, written when its content differs (atomically); returns the names of those written.

    Unchanged files are left alone: kube-proxy exits when its config file changes under it ("content of the proxy
    server's configuration file was updated"), so rewriting it on every `up` stopped a running kube-proxy, and with
    it every Service."""
    for directory in (node_dir(), cni_conf_dir(), node_dir() / "containerd", node_dir() / "kubelet"):
        directory.mkdir(parents=True, exist_ok=True)
    files = {
        node_dir() / "containerd.toml": containerd_config(sandbox_image),
        cni_conf_dir() / "10-eventpipeline.conflist": json.dumps(cni_config(), indent=2),
        node_dir() / "kubelet.json": json.dumps(kubelet_config(pki), indent=2),
        node_dir() / "kube-proxy.json": json.dumps(kube_proxy_config(), indent=2),
        # Pods with dnsPolicy Default get this: no upstream resolver, since nothing outside the machine is reachable.
        node_dir() / "resolv.conf": f"search {net.CLUSTER_DOMAIN}\noptions ndots:1\n",
    }
    written = set()
    for path, text in files.items():
        if path.exists() and path.read_text() == text:
            continue
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text)
        os.replace(tmp, path)
        written.add(path.name)
    return written


def _healthz(url: str) -> bool:
    return get(url)[0] == 200


def containerd_answers(address: Path | str) -> bool:
    """A containerd serves its API at `address`. The socket file alone says nothing: one whose containerd died
    with the host stays behind and refuses connections until the next containerd replaces it."""
    if not Path(address).is_socket():
        return False
    try:
        cmd = ["ctr", "--address", str(address), "version"]
        proc = subprocess.run(cmd, capture_output=True, timeout=10, check=False)
    except subprocess.TimeoutExpired:
        return False
    return proc.returncode == 0


def containerd(bins: Tools) -> Component:
    return Component(
        name="containerd",
        argv=net.in_node([CONTAINERD, f"--config={node_dir() / 'containerd.toml'}", "--log-level=warn"]),
        ports=(),
        healthy=lambda: containerd_answers(containerd_socket()),
        start_timeout=60,
        token=CONTAINERD,
    )


def kubelet(bins: Tools) -> Component:
    return Component(
        name="kubelet",
        argv=net.in_node(
            [
                str(bins.kubelet),
                f"--config={node_dir() / 'kubelet.json'}",
                f"--kubeconfig={kubeconfig_file('node')}",
                f"--root-dir={node_dir() / 'kubelet'}",
                f"--hostname-override={NODE_NAME}",
                f"--node-ip={net.NODE_IP}",
                "--v=1",
            ]
        ),
        ports=((net.NODE_IP, KUBELET_PORT), (net.NODE_IP, KUBELET_HEALTHZ_PORT)),
        healthy=lambda: _healthz(f"http://{net.NODE_IP}:{KUBELET_HEALTHZ_PORT}/healthz"),
        start_timeout=120,
        token=str(bins.kubelet),
    )


def kube_proxy(bins: Tools) -> Component:
    return Component(
        name="kube-proxy",
        argv=net.in_node([str(bins.kube_proxy), f"--config={node_dir() / 'kube-proxy.json'}", "--v=1"]),
        ports=((net.NODE_IP, PROXY_HEALTHZ_PORT),),
        healthy=lambda: _healthz(f"http://{net.NODE_IP}:{PROXY_HEALTHZ_PORT}/healthz"),
        start_timeout=60,
        token=str(bins.kube_proxy),
    )

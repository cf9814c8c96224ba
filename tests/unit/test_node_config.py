"""The real node's configuration, as written for containerd, CNI, kubelet and kube-proxy: the settings this
machine needs (cgroup v1, no CAP_SYS_RESOURCE, no registry) and a network that leads nowhere outside."""

from __future__ import annotations

import ipaddress
import tomllib
from pathlib import Path

import pytest
from eventpipeline.infra.cluster import network as net
from eventpipeline.infra.cluster import node
from eventpipeline.infra.cluster.certs import Pki

pytestmark = pytest.mark.unit


@pytest.fixture(autouse=True)
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTPIPELINE_STATE_DIR", str(tmp_path))
    return tmp_path


def test_containerd_runs_cri_with_runc_cgroupfs_and_restricted_oom_scores(state: Path) -> None:
    config = tomllib.loads(node.containerd_config("localhost/pause:x"))
    cri = config["plugins"]["io.containerd.grpc.v1.cri"]
    assert cri["restrict_oom_score_adj"] is True  # else runc cannot start any sandbox here
    assert cri["sandbox_image"] == "localhost/pause:x"
    assert cri["netns_mounts_under_state_dir"] is True
    runc = cri["containerd"]["runtimes"]["runc"]
    assert runc["options"] == {"BinaryName": node.RUNC, "SystemdCgroup": False}
    assert cri["cni"]["conf_dir"] == str(node.cni_conf_dir())
    for key in ("root", "state"):
        assert Path(config[key]).is_relative_to(state)
    assert Path(config["grpc"]["address"]).is_relative_to(state)


def test_pods_get_the_node_subnet_and_routes_only_inside_the_machine() -> None:
    bridge = node.cni_config()["plugins"][0]  # type: ignore[index]
    assert bridge["type"] == "bridge"
    assert bridge["ipMasq"] is False
    assert bridge["hairpinMode"] is True
    routes = [ipaddress.IPv4Network(r["dst"]) for r in bridge["ipam"]["routes"]]
    assert ipaddress.IPv4Network("0.0.0.0/0") not in routes  # no default route: nothing outside is reachable
    assert all(r.subnet_of(ipaddress.IPv4Network("10.0.0.0/8")) for r in routes)
    assert ipaddress.IPv4Network(net.NODE_POD_SUBNET).subnet_of(ipaddress.IPv4Network(net.POD_CIDR))


def test_kubelet_config_fits_a_cgroup_v1_host_without_a_registry(state: Path) -> None:
    config = node.kubelet_config(Pki(state / "pki"))
    assert config["failCgroupV1"] is False
    assert config["cgroupDriver"] == "cgroupfs"
    assert config["cgroupRoot"] == node.CGROUP_ROOT
    assert config["imageGCHighThresholdPercent"] == 100  # imported images cannot be pulled back
    assert config["clusterDNS"] == [net.DNS_SERVICE_IP]
    assert config["readOnlyPort"] == 0
    assert config["authentication"]["anonymous"] == {"enabled": False}  # type: ignore[index]
    assert config["authorization"] == {"mode": "Webhook"}
    assert config["address"] == net.NODE_IP


def test_kube_proxy_leaves_host_wide_conntrack_settings_alone() -> None:
    config = node.kube_proxy_config()
    assert config["mode"] == "iptables"
    assert config["conntrack"] == {
        "maxPerCore": 0,
        "min": 0,
        "tcpEstablishedTimeout": "0s",
        "tcpCloseWaitTimeout": "0s",
    }
    assert config["nodePortAddresses"] == [f"{net.NODE_IP}/32"]
    assert config["clusterCIDR"] == net.POD_CIDR


def test_node_processes_join_only_the_node_network_namespace() -> None:
    argv = net.in_node(["/bin/true"])
    assert argv == ["nsenter", f"--net={net.NETNS_PATH}", "--", "/bin/true"]  # no --mount: mounts stay shared


def test_configs_are_written_only_when_their_content_changes(state: Path) -> None:
    """A running kube-proxy exits when its config file changes under it: an unchanged file is never rewritten."""
    pki = Pki(state / "pki")
    assert node.write_configs(pki, "localhost/pause:x") >= set(node.CONFIG_OF.values())
    proxy = node.node_dir() / "kube-proxy.json"
    first = proxy.stat()
    assert node.write_configs(pki, "localhost/pause:x") == set()
    assert (proxy.stat().st_ino, proxy.stat().st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    assert node.write_configs(pki, "localhost/pause:y") == {"containerd.toml"}
    assert 'sandbox_image = "localhost/pause:y"' in (node.node_dir() / "containerd.toml").read_text()

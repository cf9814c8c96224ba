"""The control-plane processes: how each is started and how we know it is up.

Flags follow controller-runtime's envtest (a real API server backed by a real etcd), plus what envtest leaves out
so that Deployments come alive on a real node: ServiceAccount admission, Node and RBAC authorization with
NodeRestriction, a controller-manager, a scheduler, and the API server's client identity towards kubelets (logs,
exec, port-forward).
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventpipeline.infra.cluster import network as net
from eventpipeline.infra.cluster.certs import Pki
from eventpipeline.infra.paths import state_dir
from eventpipeline.infra.tools import Tools

HOST = "127.0.0.1"
ETCD_PORT = 12379
ETCD_PEER_PORT = 12380
APISERVER_PORT = 16443
CONTROLLER_MANAGER_PORT = 16444
SCHEDULER_PORT = 16445
# The API server listens on the host end of the node's veth: the host and (through the `kubernetes` Service) pods
# reach it at the same address.
API_URL = f"https://{net.HOST_IP}:{APISERVER_PORT}"


def cluster_dir() -> Path:
    return state_dir() / "cluster"


def kubeconfig_file(user: str) -> Path:
    return cluster_dir() / f"{user}.kubeconfig"


@dataclass(frozen=True)
class Component:
    """One process: its argv, the ports it binds, and a probe that says it serves."""

    name: str
    argv: list[str]
    ports: tuple[tuple[str, int], ...]
    healthy: Callable[[], bool]
    start_timeout: float
    token: str = ""

    @property
    def workdir(self) -> Path:
        return cluster_dir() / self.name

    @property
    def log(self) -> Path:
        return cluster_dir() / "logs" / f"{self.name}.log"

    @property
    def pidfile(self) -> Path:
        return self.workdir / "pid"

    @property
    def program(self) -> str:
        """What the process's command line must contain to count as ours: the binary path."""
        return self.token or self.argv[0]


def get(url: str, context: ssl.SSLContext | None = None) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=2, context=context) as resp:  # noqa: S310 - fixed loopback URLs
            return resp.status, resp.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except (OSError, ValueError):
        return 0, ""


def admin_ssl_context(pki: Pki) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(pki.ca_cert))
    ctx.load_cert_chain(str(pki.client_cert("admin")), str(pki.client_key("admin")))
    return ctx


def _insecure() -> ssl.SSLContext:
    """The controller-manager and scheduler serve /healthz on self-signed certs: reachability is the check."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def etcd(bins: Tools) -> Component:
    data = cluster_dir() / "etcd" / "data"

    def healthy() -> bool:
        status, body = get(f"http://{HOST}:{ETCD_PORT}/health")
        try:
            return status == 200 and json.loads(body).get("health") == "true"
        except ValueError:
            return False

    peer = f"http://{HOST}:{ETCD_PEER_PORT}"
    client = f"http://{HOST}:{ETCD_PORT}"
    return Component(
        name="etcd",
        argv=[
            str(bins.etcd),
            "--name=eventpipeline",
            f"--data-dir={data}",
            f"--listen-client-urls={client}",
            f"--advertise-client-urls={client}",
            f"--listen-peer-urls={peer}",
            f"--initial-advertise-peer-urls={peer}",
            f"--initial-cluster=eventpipeline={peer}",
            "--log-level=warn",
            "--unsafe-no-fsync",  # test data: fsync on every write only slows a shared 2-core box
            "--quota-backend-bytes=2147483648",
        ],
        ports=((HOST, ETCD_PORT), (HOST, ETCD_PEER_PORT)),
        healthy=healthy,
        start_timeout=60,
    )


def apiserver(bins: Tools, pki: Pki) -> Component:
    def healthy() -> bool:
        return pki.ca_cert.exists() and get(f"{API_URL}/readyz", admin_ssl_context(pki))[0] == 200

    return Component(
        name="kube-apiserver",
        argv=[
            str(bins.kube_apiserver),
            f"--etcd-servers=http://{HOST}:{ETCD_PORT}",
            f"--cert-dir={cluster_dir() / 'kube-apiserver' / 'certs'}",
            f"--tls-cert-file={pki.serving_cert}",
            f"--tls-private-key-file={pki.serving_key}",
            f"--client-ca-file={pki.ca_cert}",
            f"--bind-address={net.HOST_IP}",
            f"--advertise-address={net.HOST_IP}",
            f"--secure-port={APISERVER_PORT}",
            f"--service-cluster-ip-range={net.SERVICE_CIDR}",
            "--authorization-mode=Node,RBAC",
            "--enable-admission-plugins=NodeRestriction,ServiceAccount",  # ServiceAccount is default; named anyway
            f"--kubelet-client-certificate={pki.client_cert('apiserver-kubelet-client')}",
            f"--kubelet-client-key={pki.client_key('apiserver-kubelet-client')}",
            f"--kubelet-certificate-authority={pki.ca_cert}",
            "--kubelet-preferred-address-types=InternalIP",
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
            f"--service-account-key-file={pki.sa_pub}",
            f"--service-account-signing-key-file={pki.sa_key}",
            "--allow-privileged=true",
            "--profiling=false",
            "--v=1",
        ],
        ports=((net.HOST_IP, APISERVER_PORT),),
        healthy=healthy,
        start_timeout=180,
    )


def controller_manager(bins: Tools, pki: Pki) -> Component:
    def healthy() -> bool:
        return get(f"https://{HOST}:{CONTROLLER_MANAGER_PORT}/healthz", _insecure())[0] == 200

    kubeconfig = kubeconfig_file("controller-manager")
    return Component(
        name="kube-controller-manager",
        argv=[
            str(bins.kube_controller_manager),
            f"--kubeconfig={kubeconfig}",
            f"--authentication-kubeconfig={kubeconfig}",
            f"--authorization-kubeconfig={kubeconfig}",
            f"--bind-address={HOST}",
            f"--secure-port={CONTROLLER_MANAGER_PORT}",
            f"--cert-dir={cluster_dir() / 'kube-controller-manager' / 'certs'}",
            "--controllers=*",
            "--leader-elect=false",
            "--use-service-account-credentials=true",
            f"--service-account-private-key-file={pki.sa_key}",
            f"--root-ca-file={pki.ca_cert}",
            f"--cluster-signing-cert-file={pki.ca_cert}",
            f"--cluster-signing-key-file={pki.ca_key}",
            f"--service-cluster-ip-range={net.SERVICE_CIDR}",
            "--v=1",
        ],
        ports=((HOST, CONTROLLER_MANAGER_PORT),),
        healthy=healthy,
        start_timeout=90,
    )


def scheduler(bins: Tools) -> Component:
    def healthy() -> bool:
        return get(f"https://{HOST}:{SCHEDULER_PORT}/healthz", _insecure())[0] == 200

    kubeconfig = kubeconfig_file("scheduler")
    return Component(
        name="kube-scheduler",
        argv=[
            str(bins.kube_scheduler),
            f"--kubeconfig={kubeconfig}",
            f"--authentication-kubeconfig={kubeconfig}",
            f"--authorization-kubeconfig={kubeconfig}",
            f"--bind-address={HOST}",
            f"--secure-port={SCHEDULER_PORT}",
            f"--cert-dir={cluster_dir() / 'kube-scheduler' / 'certs'}",
            "--leader-elect=false",
            "--v=1",
        ],
        ports=((HOST, SCHEDULER_PORT),),
        healthy=healthy,
        start_timeout=90,
    )

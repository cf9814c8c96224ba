"""Locally generated PKI for the local cluster: one CA, serving certs (API server, kubelet), client certs, SA keys.

Generated once into the state dir and reused, so kubeconfigs handed out earlier stay valid across restarts (a new
`PKI_VERSION` regenerates all of it). Nothing here is a secret worth protecting: it guards a cluster that only this
machine can reach.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from eventpipeline.infra.cluster import network as net

VALIDITY = dt.timedelta(days=3650)
PKI_VERSION = "2"  # 2: the node's identities and the API server on the node link
_PRIVATE = serialization.PrivateFormat.PKCS8
_PEM = serialization.Encoding.PEM


@dataclass(frozen=True)
class Pki:
    """Paths of every PEM file the components read."""

    dir: Path

    @property
    def ca_cert(self) -> Path:
        return self.dir / "ca.crt"

    @property
    def ca_key(self) -> Path:
        return self.dir / "ca.key"

    @property
    def serving_cert(self) -> Path:
        return self.dir / "apiserver.crt"

    @property
    def serving_key(self) -> Path:
        return self.dir / "apiserver.key"

    @property
    def sa_key(self) -> Path:
        return self.dir / "sa.key"

    @property
    def sa_pub(self) -> Path:
        return self.dir / "sa.pub"

    @property
    def version_file(self) -> Path:
        return self.dir / "version"

    def client_cert(self, name: str) -> Path:
        return self.dir / f"{name}.crt"

    def client_key(self, name: str) -> Path:
        return self.dir / f"{name}.key"


def _name(cn: str, org: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(attrs)


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> None:
    path.write_bytes(key.private_bytes(_PEM, _PRIVATE, serialization.NoEncryption()))
    path.chmod(0o600)


def _builder(subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + VALIDITY)
    )


def _leaf(
    ca_key: ec.EllipticCurvePrivateKey,
    ca_cert: x509.Certificate,
    *,
    cert_path: Path,
    key_path: Path,
    subject: x509.Name,
    usage: x509.ObjectIdentifier,
    sans: list[x509.GeneralName] | None = None,
) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (
        _builder(subject, ca_cert.subject, key.public_key())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_encipherment=False,
                content_commitment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    cert = builder.sign(ca_key, hashes.SHA256())
    _write_key(key_path, key)
    cert_path.write_bytes(cert.public_bytes(_PEM))


# Client identities: file stem -> (CN, O). Admin is in system:masters; the components use their
# built-in RBAC identities so the cluster's RBAC is exercised as upstream runs it.
CLIENTS: dict[str, tuple[str, str | None]] = {
    "admin": ("eventpipeline-admin", "system:masters"),
    "controller-manager": ("system:kube-controller-manager", None),
    "scheduler": ("system:kube-scheduler", None),
    # The kubelet as the Node authorizer and NodeRestriction expect it, kube-proxy's built-in RBAC identity, and
    # the API server's identity towards kubelets (logs, exec, port-forward).
    "node": (f"system:node:{net.NODE_NAME}", "system:nodes"),
    "kube-proxy": ("system:kube-proxy", None),
    "apiserver-kubelet-client": ("kube-apiserver-kubelet-client", "system:masters"),
}


def ensure_pki(directory: Path) -> Pki:
    """Create the CA and every cert/key once; later calls reuse them."""
    pki = Pki(directory)
    current = pki.version_file.read_text().strip() if pki.version_file.exists() else ""
    if current == PKI_VERSION and pki.sa_pub.exists() and all(pki.client_cert(n).exists() for n in CLIENTS):
        return pki
    directory.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("eventpipeline-local-ca")
    ca_cert = (
        _builder(ca_name, ca_name, ca_key.public_key())
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_encipherment=False,
                content_commitment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    _write_key(pki.ca_key, ca_key)
    pki.ca_cert.write_bytes(ca_cert.public_bytes(_PEM))
    sans: list[x509.GeneralName] = [
        x509.DNSName("localhost"),
        x509.DNSName("kubernetes"),
        x509.DNSName("kubernetes.default"),
        x509.DNSName("kubernetes.default.svc"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.IPAddress(ipaddress.ip_address(net.HOST_IP)),
        x509.IPAddress(ipaddress.ip_address(net.API_SERVICE_IP)),
    ]
    _leaf(
        ca_key,
        ca_cert,
        cert_path=pki.serving_cert,
        key_path=pki.serving_key,
        subject=_name("kube-apiserver"),
        usage=ExtendedKeyUsageOID.SERVER_AUTH,
        sans=sans,
    )
    for stem, (cn, org) in CLIENTS.items():
        _leaf(
            ca_key,
            ca_cert,
            cert_path=pki.client_cert(stem),
            key_path=pki.client_key(stem),
            subject=_name(cn, org),
            usage=ExtendedKeyUsageOID.CLIENT_AUTH,
        )
    _leaf(
        ca_key,
        ca_cert,
        cert_path=pki.client_cert("kubelet-serving"),
        key_path=pki.client_key("kubelet-serving"),
        subject=_name(f"system:node:{net.NODE_NAME}", "system:nodes"),
        usage=ExtendedKeyUsageOID.SERVER_AUTH,
        sans=[x509.DNSName(net.NODE_NAME), x509.IPAddress(ipaddress.ip_address(net.NODE_IP))],
    )
    sa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    _write_key(pki.sa_key, sa_key)
    pki.sa_pub.write_bytes(
        sa_key.public_key().public_bytes(_PEM, serialization.PublicFormat.SubjectPublicKeyInfo),
    )
    pki.version_file.write_text(PKI_VERSION + "\n")
    return pki


def kubeconfig_text(pki: Pki, *, server: str, user: str, cluster: str = "eventpipeline-local") -> str:
    """A kubeconfig that points at files (not embedded data), so it stays readable and small."""
    return (
        "apiVersion: v1\nkind: Config\n"
        f"clusters:\n- name: {cluster}\n  cluster:\n    server: {server}\n"
        f"    certificate-authority: {pki.ca_cert}\n"
        f"users:\n- name: {user}\n  user:\n"
        f"    client-certificate: {pki.client_cert(user)}\n    client-key: {pki.client_key(user)}\n"
        f"contexts:\n- name: {cluster}\n  context:\n    cluster: {cluster}\n    user: {user}\n"
        f"current-context: {cluster}\n"
    )

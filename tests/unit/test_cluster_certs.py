"""The local PKI: a CA that signs a loopback serving cert and client certs with the intended identities."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from eventpipeline.infra.cluster.certs import ensure_pki, kubeconfig_text

pytestmark = pytest.mark.unit


def _cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def test_serving_cert_is_signed_by_the_ca_for_loopback(tmp_path: Path) -> None:
    pki = ensure_pki(tmp_path)
    ca, serving = _cert(pki.ca_cert), _cert(pki.serving_cert)
    serving.verify_directly_issued_by(ca)
    sans = serving.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert ipaddress.ip_address("127.0.0.1") in sans.get_values_for_type(x509.IPAddress)
    assert "localhost" in sans.get_values_for_type(x509.DNSName)
    eku = serving.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.SERVER_AUTH in eku


def test_admin_client_is_in_system_masters(tmp_path: Path) -> None:
    pki = ensure_pki(tmp_path)
    admin = _cert(pki.client_cert("admin"))
    admin.verify_directly_issued_by(_cert(pki.ca_cert))
    orgs = [a.value for a in admin.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)]
    assert orgs == ["system:masters"]
    assert (pki.client_key("admin").stat().st_mode & 0o077) == 0


def test_pki_is_created_once_and_reused(tmp_path: Path) -> None:
    first = ensure_pki(tmp_path).ca_cert.read_bytes()
    assert ensure_pki(tmp_path).ca_cert.read_bytes() == first


def test_kubeconfig_points_at_the_files(tmp_path: Path) -> None:
    pki = ensure_pki(tmp_path)
    text = kubeconfig_text(pki, server="https://127.0.0.1:16443", user="admin")
    assert f"certificate-authority: {pki.ca_cert}" in text
    assert f"client-key: {pki.client_key('admin')}" in text
    assert "current-context: eventpipeline-local" in text

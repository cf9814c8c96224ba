"""The development chart's inputs: its generated config is the shared definition's, its images are the ones
set-up builds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from eventpipeline.infra import serverconf
from eventpipeline.infra.devdeps import CHART, chartfiles
from eventpipeline.infra.images import devdeps_image

pytestmark = pytest.mark.unit


def test_the_committed_config_is_what_serverconf_generates() -> None:
    assert chartfiles.drift() == [], "run `python -m eventpipeline.infra.devdeps files` and commit the result"


def test_drift_is_found_and_write_mends_it(tmp_path: Path) -> None:
    assert sorted(chartfiles.drift(tmp_path)) == sorted(chartfiles.generated_files())  # nothing there yet
    assert sorted(chartfiles.write(tmp_path)) == sorted(chartfiles.generated_files())
    target = tmp_path / "files/kafka/server.properties"
    target.write_text(target.read_text().replace("num.partitions=3", "num.partitions=4"))
    assert chartfiles.drift(tmp_path) == ["files/kafka/server.properties"]
    assert chartfiles.write(tmp_path) == ["files/kafka/server.properties"]
    assert chartfiles.drift(tmp_path) == []


def test_pods_advertise_their_ip_and_accept_passwords_from_anywhere() -> None:
    files = chartfiles.generated_files()
    props = dict(
        line.split("=", 1) for line in files["files/kafka/server.properties"].splitlines() if not line.startswith("#")
    )
    assert props["advertised.listeners"] == "PLAINTEXT://${env:POD_IP}:9092,SASL_PLAINTEXT://${env:POD_IP}:9094"
    assert props["listeners"] == ("PLAINTEXT://0.0.0.0:9092,CONTROLLER://127.0.0.1:9093,SASL_PLAINTEXT://0.0.0.0:9094")
    assert "hba_file = '/etc/postgresql/pg_hba.conf'" in files["files/postgres/postgresql.conf"]
    assert files["files/postgres/pg_hba.conf"].endswith(serverconf.postgres_hba(networks=["0.0.0.0/0", "::/0"]))
    assert "trust" not in files["files/postgres/pg_hba.conf"]


def test_the_chart_names_the_images_set_up_builds() -> None:
    values = yaml.safe_load((CHART / "values.yaml").read_text())
    for name in ("kafka", "postgres", "s3"):
        image = values[name]["image"]
        assert f"{image['repository']}:{image['tag']}" == devdeps_image(name), name
        assert image["pullPolicy"] == "IfNotPresent"  # nothing is pulled: the node holds them

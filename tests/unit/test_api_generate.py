"""The committed CRDs and docs/api.md are what the models generate, and the CRD schema is structural."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import celpy
import eventpipeline.common.api as api
import kubernetes_validate
import pytest
import yaml
from eventpipeline.common.api import GROUP, KIND, PLURAL, VERSION, cel_rules_of
from eventpipeline.common.api import base as api_base
from eventpipeline.common.api.crd import eventpipeline_crd, kopf_peering_crds, reprocess_crd
from eventpipeline.common.api.generate import main, outputs, stale

from tests.unit.api_admission import crd_schema

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
K8S_VERSION = "1.31"


def test_committed_files_match_the_models() -> None:
    assert stale(ROOT) == [], "generated files drifted from the models: run `make crds`"


def test_check_mode_fails_on_drift_and_write_mode_fixes_it(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "common").mkdir()
    assert main(["--check", "--root", str(tmp_path)]) == 1
    assert main(["--root", str(tmp_path)]) == 0
    assert main(["--check", "--root", str(tmp_path)]) == 0
    doc = tmp_path / "docs" / "api.md"
    doc.write_text(doc.read_text() + "hand edit\n")
    assert main(["--check", "--root", str(tmp_path)]) == 1


def test_chart_carries_the_same_crd() -> None:
    files = outputs(ROOT)
    crd_name = f"{PLURAL}.{GROUP}.yaml"
    assert files[ROOT / "crds" / crd_name] == files[ROOT / "charts" / "eventpipeline-operator" / "crds" / crd_name]


def test_crd_identity() -> None:
    crd = yaml.safe_load((ROOT / "crds" / f"{PLURAL}.{GROUP}.yaml").read_text())
    spec = crd["spec"]
    assert crd["metadata"]["name"] == f"{PLURAL}.{GROUP}"
    assert (spec["group"], spec["scope"], spec["names"]["kind"], spec["names"]["plural"]) == (
        GROUP,
        "Namespaced",
        KIND,
        PLURAL,
    )
    assert spec["names"]["shortNames"] == ["evp"]
    (version,) = spec["versions"]
    assert version["name"] == VERSION
    assert version["subresources"] == {"status": {}}
    columns = [c["name"] for c in version["additionalPrinterColumns"]]
    assert columns == ["Ready", "Ingest", "Consumer", "Analytics", "Lag", "Freshness", "Age"]


@pytest.mark.parametrize(
    "crd", [eventpipeline_crd(), reprocess_crd(), *kopf_peering_crds()], ids=lambda c: c["metadata"]["name"]
)
def test_crds_are_valid_kubernetes_objects(crd: dict[str, Any]) -> None:
    kubernetes_validate.validate(crd, K8S_VERSION, strict=True)


def _structural_problems(node: dict[str, Any], path: str) -> list[str]:
    """The rules of https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/
    #specifying-a-structural-schema that our generator could break."""
    problems = []
    for key in ("$ref", "anyOf", "oneOf", "allOf", "not", "title", "const", "$defs", "examples", "discriminator"):
        if key in node:
            problems.append(f"{path}: has {key}")
    free = node.get("x-kubernetes-preserve-unknown-fields") or node.get("x-kubernetes-int-or-string")
    if "type" not in node and not free:
        problems.append(f"{path}: no type")
    if "properties" in node and "additionalProperties" in node:
        problems.append(f"{path}: properties and additionalProperties together")
    bare_object = "properties" not in node and "additionalProperties" not in node and not free
    if node.get("type") == "object" and bare_object and path != ".metadata":  # the API server types metadata itself
        problems.append(f"{path}: object with neither properties, additionalProperties nor preserve-unknown-fields")
    if node.get("type") == "array" and "items" not in node:
        problems.append(f"{path}: array without items")
    if "default" in node and node["default"] is None:
        problems.append(f"{path}: null default")
    for name, sub in node.get("properties", {}).items():
        problems += _structural_problems(sub, f"{path}.{name}")
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            problems += _structural_problems(node[key], f"{path}.{key}")
    return problems


@pytest.mark.parametrize("crd", [eventpipeline_crd(), reprocess_crd()], ids=lambda c: c["metadata"]["name"])
def test_schema_is_structural(crd: dict[str, Any]) -> None:
    assert _structural_problems(crd_schema(crd), "") == []


def test_structural_check_catches_problems() -> None:
    bad = {"type": "object", "properties": {"a": {"anyOf": [{"type": "string"}]}, "b": {"type": "object"}}}
    assert len(_structural_problems(bad, "")) == 3


def test_defaults_satisfy_the_schema_they_sit_in() -> None:
    """The API server refuses a CRD whose defaults do not validate; check every default with the models' types."""
    schema = crd_schema(eventpipeline_crd())
    seen = 0

    def walk(node: dict[str, Any]) -> None:
        nonlocal seen
        if "default" in node:
            seen += 1
            kind = node["type"]
            expected = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool}[kind]
            assert isinstance(node["default"], expected), node
        for sub in node.get("properties", {}).values():
            walk(sub)
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                walk(node[key])

    walk(schema)
    assert seen > 20


def test_cel_rules_compile() -> None:
    env = celpy.Environment()
    rules = _all_rules(crd_schema(eventpipeline_crd()))
    assert len(rules) >= 8
    for rule in [*rules, *_all_rules(crd_schema(reprocess_crd()))]:
        env.compile(rule["rule"])


def test_every_model_validator_declares_its_cel_twin() -> None:
    """A cross-field check only in pydantic would let the API server store objects the operator rejects."""
    models = [m for m in vars(api).values() if isinstance(m, type) and issubclass(m, api_base.ApiModel)]
    for model in models:
        validators = [v for v in model.__pydantic_decorators__.model_validators.values() if v.info.mode == "after"]
        assert len(cel_rules_of(model)) == len(validators), f"{model.__name__}: a model validator lacks @cel_rule"


def _all_rules(node: dict[str, Any]) -> list[dict[str, str]]:
    out = list(node.get("x-kubernetes-validations", []))
    for sub in node.get("properties", {}).values():
        out += _all_rules(sub)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            out += _all_rules(node[key])
    return out


def test_no_category_is_a_name_a_kind_answers_to() -> None:
    """kubectl expands a category before it matches a name: `kubectl get eventpipeline NAME` failed with "you must
    specify only one resource" while a category was called `eventpipeline`."""
    docs = [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "crds").glob("*.yaml"))]
    names = {n for d in docs for k in ("plural", "singular") for n in [d["spec"]["names"][k]]}
    names |= {n for d in docs for n in d["spec"]["names"].get("shortNames", [])}
    categories = {c for d in docs for c in d["spec"]["names"].get("categories", [])}
    assert len(docs) >= 2
    assert categories
    assert categories & names == set()

"""A Deployment's pod template -> the exact local process a kubelet would have started: argv, env, files.

Pure (no I/O): Secrets and ConfigMaps come in as dicts, files go out as a path -> bytes map. Kubernetes'
semantics are followed where they matter for our pods: `envFrom` first (later sources win), then `env` in order
(overriding `envFrom`), `$(VAR)` expanded against the variables defined before it (`$$` escapes, unknown names
stay literal), a missing non-optional Secret/ConfigMap (or key) stops the start like CreateContainerConfigError.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from eventpipeline.infra.stack.mapping import HostMap, MappingError, MountRewrite, local_argv, rewrite_all

Lookup = Callable[[str], Mapping[str, str] | None]
_ENV_NAME: Final = re.compile(r"^[-._a-zA-Z][-._a-zA-Z0-9]*$")
_REF: Final = re.compile(r"\$\$|\$\(([-._a-zA-Z][-._a-zA-Z0-9]*)\)")


class RenderError(ValueError):
    """The template cannot be run as is; the message names the field (and the missing object)."""


@dataclass(frozen=True)
class Pod:
    """The identity a kubelet would give the process (for `fieldRef`)."""

    name: str
    namespace: str
    uid: str
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ProcessSpec:
    argv: list[str]
    env: dict[str, str]
    tier: str
    files: dict[Path, bytes]
    dirs: list[Path]
    readiness_path: str | None
    grace_seconds: float


def template_hash(deployment: Mapping[str, Any]) -> str:
    """Like the pod-template-hash label: a template change rolls the processes."""
    template = (deployment.get("spec") or {}).get("template") or {}
    return hashlib.sha256(json.dumps(template, sort_keys=True).encode()).hexdigest()[:10]


def expand(value: str, defined: Mapping[str, str]) -> str:
    def swap(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1)
        return defined.get(name, match.group(0))

    return _REF.sub(swap, value)


def _key_ref(kind: str, ref: Mapping[str, Any], lookup: Lookup, where: str) -> str | None:
    name, key, optional = ref.get("name", ""), ref.get("key", ""), bool(ref.get("optional"))
    data = lookup(name)
    if data is None or key not in data:
        if optional:
            return None
        missing = f"{kind} {name!r}" if data is None else f"key {key!r} of {kind} {name!r}"
        raise RenderError(f"{where}: {missing} not found")
    return data[key]


def _field_ref(path: str, pod: Pod, where: str) -> str:
    match = re.fullmatch(r"metadata\.(labels|annotations)\['([^']+)'\]", path)
    if match:
        source = pod.labels if match.group(1) == "labels" else pod.annotations
        return source.get(match.group(2), "")
    simple = {
        "metadata.name": pod.name,
        "metadata.namespace": pod.namespace,
        "metadata.uid": pod.uid,
        "spec.nodeName": "localhost",
        "spec.serviceAccountName": "default",
        "status.podIP": "127.0.0.1",
        "status.hostIP": "127.0.0.1",
    }
    if path not in simple:
        raise RenderError(f"{where}.valueFrom.fieldRef.fieldPath: {path!r} is not supported by the local runner")
    return simple[path]


def resolve_env(container: Mapping[str, Any], pod: Pod, secrets: Lookup, configmaps: Lookup) -> dict[str, str]:
    env: dict[str, str] = {}
    for index, source in enumerate(container.get("envFrom") or []):
        where = f"envFrom[{index}]"
        prefix = source.get("prefix") or ""
        if "configMapRef" in source:
            kind, ref, lookup = "ConfigMap", source["configMapRef"], configmaps
        elif "secretRef" in source:
            kind, ref, lookup = "Secret", source["secretRef"], secrets
        else:
            raise RenderError(f"{where}: neither configMapRef nor secretRef")
        data = lookup(ref.get("name", ""))
        if data is None:
            if ref.get("optional"):
                continue
            raise RenderError(f"{where}: {kind} {ref.get('name')!r} not found")
        for key, value in data.items():
            if _ENV_NAME.match(prefix + key):  # the kubelet skips invalid names too
                env[prefix + key] = value
    for index, entry in enumerate(container.get("env") or []):
        where = f"env[{index}] ({entry.get('name')})"
        name = entry["name"]
        source = entry.get("valueFrom")
        if source is None:
            env[name] = expand(str(entry.get("value") or ""), env)
            continue
        found: str | None
        if "secretKeyRef" in source:
            found = _key_ref("Secret", source["secretKeyRef"], secrets, where)
        elif "configMapKeyRef" in source:
            found = _key_ref("ConfigMap", source["configMapKeyRef"], configmaps, where)
        elif "fieldRef" in source:
            found = _field_ref(source["fieldRef"].get("fieldPath", ""), pod, where)
        else:
            raise RenderError(f"{where}.valueFrom: only secretKeyRef, configMapKeyRef and fieldRef are supported")
        if found is not None:
            env[name] = found
    return env


def _key_files(
    items: list[Mapping[str, Any]] | None, data: Mapping[str, str], where: str, optional: bool
) -> dict[str, bytes]:
    if not items:
        return {key: value.encode() for key, value in data.items()}
    out = {}
    for item in items:
        if item["key"] not in data:
            if optional:
                continue
            raise RenderError(f"{where}.items: key {item['key']!r} not found")
        out[item.get("path") or item["key"]] = data[item["key"]].encode()
    return out


def volume_files(volume: Mapping[str, Any], secrets: Lookup, configmaps: Lookup, where: str) -> dict[str, bytes] | None:
    """Files (relative path -> bytes) of a Secret/ConfigMap volume; None for an empty dir (emptyDir and others)."""
    for kind, key, name_field, lookup in (
        ("Secret", "secret", "secretName", secrets),
        ("ConfigMap", "configMap", "name", configmaps),
    ):
        if key in volume:
            ref = volume[key]
            data = lookup(ref.get(name_field, ""))
            optional = bool(ref.get("optional"))
            if data is None:
                if optional:
                    return {}
                raise RenderError(f"{where}.{key}: {kind} {ref.get(name_field)!r} not found")
            return _key_files(ref.get("items"), data, f"{where}.{key}", optional)
    return None


def _readiness_path(container: Mapping[str, Any]) -> str | None:
    probe = container.get("readinessProbe") or {}
    get = probe.get("httpGet") or {}
    return str(get["path"]) if "path" in get else None


def render(
    deployment: Mapping[str, Any],
    *,
    pod: Pod,
    workdir: Path,
    port: int,
    secrets: Lookup,
    configmaps: Lookup,
    hosts: HostMap,
    python: str = sys.executable,
) -> ProcessSpec:
    """The process for one replica of `deployment`, with its volumes under `workdir/volumes/<name>`."""
    spec = ((deployment.get("spec") or {}).get("template") or {}).get("spec") or {}
    containers = spec.get("containers") or []
    if len(containers) != 1:
        raise RenderError(
            f"spec.template.spec.containers: the runner runs exactly one container, got {len(containers)}"
        )
    container = containers[0]
    try:
        argv, tier = local_argv(
            container.get("command") or [], container.get("args") or [], container.get("image", ""), python=python
        )
    except MappingError as exc:
        raise RenderError(str(exc)) from None
    env = resolve_env(container, pod, secrets, configmaps)
    # Kubernetes expands $(VAR) in command and args against the container's env as well.
    argv = [argv[0], *(expand(a, env) for a in argv[1:])]

    volumes = {v["name"]: v for v in spec.get("volumes") or []}
    files: dict[Path, bytes] = {}
    dirs: list[Path] = []
    mounts: dict[str, Path] = {}
    for index, mount in enumerate(container.get("volumeMounts") or []):
        where = f"volumeMounts[{index}] ({mount.get('name')})"
        volume = volumes.get(mount["name"])
        if volume is None:
            raise RenderError(f"{where}: no volume of that name in spec.template.spec.volumes")
        local = workdir / "volumes" / mount["name"]
        contents = volume_files(volume, secrets, configmaps, f"volumes[{mount['name']}]")
        sub = mount.get("subPath")
        dirs.append(local)
        if contents is not None:
            files.update({local / rel: data for rel, data in contents.items()})
        mounts[mount["mountPath"]] = local / sub if sub else local

    rewriter = MountRewrite.of(mounts)
    names = list(env)
    env = dict(zip(names, rewrite_all(env.values(), rewriter, hosts), strict=True))
    argv = [argv[0], *rewrite_all(argv[1:], rewriter, hosts)]
    env[f"EP_{tier.upper()}_PORT"] = str(port)
    env.setdefault("HOSTNAME", pod.name)
    tmp = mounts.get("/tmp")  # noqa: S108 - the container's emptyDir at /tmp, if it has one
    if tmp is not None:
        env.setdefault("TMPDIR", str(tmp))
    grace = float(spec.get("terminationGracePeriodSeconds", 30))
    return ProcessSpec(argv, env, tier, files, dirs, _readiness_path(container), grace)

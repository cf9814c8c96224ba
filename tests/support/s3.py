"""The S3 server as tests read it: a client with the development server's credentials, and the rotation's archives
(each manifest checked against its object)."""

from __future__ import annotations

import gzip
import hashlib
import json
from typing import Any

import boto3

# The development S3 server (moto) takes any credentials; these are also what pipelines' archive Secrets hold.
ACCESS_KEY = SECRET_KEY = "test"


def s3_client(endpoint: str) -> Any:
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        region_name="us-east-1",
    )


def archived(s3: Any, bucket: str) -> dict[str, dict[str, Any]]:
    """Every manifest in the bucket by table name, checked against its object (sha256, gzip CSV row count)."""
    out: dict[str, dict[str, Any]] = {}
    resp = s3.list_objects_v2(Bucket=bucket)
    for obj in resp.get("Contents", []):
        key = obj["Key"]
        if not key.endswith(".manifest.json"):
            continue
        manifest = json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
        body = s3.get_object(Bucket=bucket, Key=manifest["object"])["Body"].read()
        manifest["_sha256_ok"] = hashlib.sha256(body).hexdigest() == manifest["sha256"]
        lines = gzip.decompress(body).decode().splitlines()
        manifest["_csv_rows"] = len(lines) - 1  # header
        manifest["_key"] = key
        assert manifest["table"] not in out, f"two archives of {manifest['table']}"
        out[manifest["table"]] = manifest
    return out

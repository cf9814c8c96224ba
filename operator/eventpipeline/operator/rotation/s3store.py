"""Upload an exported partition and its manifest to S3, verified; read a manifest back.

Integrity: every PUT carries Content-MD5, so S3 refuses a corrupted body, and after the upload a HEAD must show
the expected size and ETag (the MD5 for a single PUT, the MD5 of the part MD5s for multipart). The manifest is
written last: its presence means the archive is complete.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

PART_SIZE = 64 * 1024 * 1024
SINGLE_PUT_LIMIT = 512 * 1024 * 1024


class ArchiveVerificationError(RuntimeError):
    """The stored object is not what was exported."""


@dataclass(frozen=True)
class ArchiveLocation:
    bucket: str
    data_key: str
    manifest_key: str

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.data_key}"


def archive_location(
    *, bucket: str, prefix: str, namespace: str, pipeline: str, label: str, table: str, table_oid: int
) -> ArchiveLocation:
    """`<prefix>/<namespace>/<pipeline>/<yyyy-mm>/<table>-<oid>.csv.gz`: the oid tells a re-created partition apart."""
    parts = [p for p in (prefix.strip("/"), namespace, pipeline, label) if p]
    base = "/".join(parts) + f"/{table}-{table_oid}"
    return ArchiveLocation(bucket=bucket, data_key=f"{base}.csv.gz", manifest_key=f"{base}.manifest.json")


def _b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode()


def _put_single(s3: S3Client, bucket: str, key: str, path: Path, md5_hex: str) -> str:
    with path.open("rb") as fh:
        s3.put_object(Bucket=bucket, Key=key, Body=fh, ContentMD5=_b64(bytes.fromhex(md5_hex)))
    return md5_hex


def _put_multipart(s3: S3Client, bucket: str, key: str, path: Path) -> str:
    upload = s3.create_multipart_upload(Bucket=bucket, Key=key)
    upload_id = upload["UploadId"]
    digests: list[bytes] = []
    parts: list[dict[str, Any]] = []
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(PART_SIZE):
                digest = hashlib.md5(chunk).digest()  # noqa: S324 - S3 integrity
                number = len(digests) + 1
                resp = s3.upload_part(
                    Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=chunk, ContentMD5=_b64(digest)
                )
                digests.append(digest)
                parts.append({"ETag": resp["ETag"], "PartNumber": number})
        s3.complete_multipart_upload(
            Bucket=bucket,
            Key=key,
            UploadId=upload_id,
            MultipartUpload={"Parts": parts},  # type: ignore[typeddict-item]
        )
    except Exception:
        s3.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)
        raise
    return hashlib.md5(b"".join(digests)).hexdigest() + f"-{len(digests)}"  # noqa: S324


def upload_verified(s3: S3Client, bucket: str, key: str, path: Path, *, size: int, md5_hex: str) -> str:
    """Upload `path` and check the stored size and ETag; return the ETag."""
    if size <= SINGLE_PUT_LIMIT:
        etag = _put_single(s3, bucket, key, path, md5_hex)
    else:
        etag = _put_multipart(s3, bucket, key, path)
    verify_object(s3, bucket, key, size=size, etag=etag)
    return etag


def verify_object(s3: S3Client, bucket: str, key: str, *, size: int, etag: str) -> None:
    head = s3.head_object(Bucket=bucket, Key=key)
    got_size, got_etag = int(head["ContentLength"]), str(head["ETag"]).strip('"')
    if got_size != size or got_etag != etag:
        raise ArchiveVerificationError(
            f"s3://{bucket}/{key}: stored size/etag {got_size}/{got_etag}, expected {size}/{etag}"
        )


def put_manifest(s3: S3Client, bucket: str, key: str, manifest: dict[str, Any]) -> None:
    body = json.dumps(manifest, indent=2, sort_keys=True).encode()
    s3.put_object(
        Bucket=bucket,
        Key=key,
        Body=body,
        ContentType="application/json",
        ContentMD5=_b64(hashlib.md5(body).digest()),  # noqa: S324
    )


def get_manifest(s3: S3Client, bucket: str, key: str) -> dict[str, Any] | None:
    """The manifest, or None when it does not exist (archive not complete)."""
    try:
        resp = s3.get_object(Bucket=bucket, Key=key)
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in {"NoSuchKey", "404"}:
            return None
        raise
    data: dict[str, Any] = json.loads(resp["Body"].read())
    return data

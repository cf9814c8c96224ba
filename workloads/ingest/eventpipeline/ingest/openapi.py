"""Ingest's OpenAPI document, generated from the field declarations the checks use (`fields.py`), the accepted
content types (`validation.py`) and this process's limits, so a changed bound shows in the document of the process
that enforces it. What JSON Schema cannot say (the stored time window, NUL characters, the body's byte size, a
messageId twice in a batch) is said in the descriptions and refused with a 400 or 413 naming the field."""

from __future__ import annotations

from typing import Any, Final

from eventpipeline.common.events import CALL_TYPES
from eventpipeline.common.httpopenapi import document, response
from eventpipeline.ingest.fields import IDENTITY, REQUIRED, fields_of
from eventpipeline.ingest.settings import IngestSettings
from eventpipeline.ingest.validation import BATCH_FIELDS, JSON_TYPES, NDJSON_TYPES

SECURITY: Final[list[dict[str, list[str]]]] = [{"basic": []}, {"bearer": []}, {"writeKey": []}]
_STORED: Final = (
    "A timestamp must lie, after the clock-skew correction, within the stored window (at most `max_event_age_days`"
    " old, `max_future_seconds` ahead); no string or key may hold U+0000; every stored record is at most"
    " `max_event_bytes`. Unknown fields are accepted and not stored."
)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def message_schema(call: str, *, typed: bool) -> dict[str, Any]:
    """One call's message. `typed`: in a batch, where `type` names the call; on a call's own route it may be left
    out (or null), and if given must be that call."""
    properties = {f.name: {**f.schema(), "description": f.description} for f in fields_of(call)}
    properties["type"] = {"const": call} if typed else {"enum": [call, None]}
    required = [*(["type"] if typed else []), *REQUIRED.get(call, ())]
    identified = [{"required": [name], "properties": {name: {"type": "string", "minLength": 1}}} for name in IDENTITY]
    return {
        "type": "object",
        "description": f"A {call} call.",
        "properties": properties,
        "required": required,
        "anyOf": identified,
    }


def _schemas(settings: IngestSettings) -> dict[str, Any]:
    calls = sorted(CALL_TYPES)
    schemas: dict[str, Any] = {f"{call.title()}Message": message_schema(call, typed=False) for call in calls}
    schemas |= {f"{call.title()}BatchMessage": message_schema(call, typed=True) for call in calls}
    schemas["Messages"] = {
        "type": "array",
        "minItems": 1,
        "maxItems": settings.max_batch_events,
        "items": {"oneOf": [_ref(f"{call.title()}BatchMessage") for call in calls]},
    }
    batch_fields = {f.name: f.schema() for f in fields_of("track") if f.name in BATCH_FIELDS}
    schemas["Batch"] = {
        "type": "object",
        "properties": {
            **batch_fields,
            "batch": _ref("Messages"),
            "metadata": {"description": "Accepted, not stored."},
        },
        "required": ["batch"],
        "additionalProperties": False,
    }
    schemas["Accepted"] = {
        "type": "object",
        "properties": {
            "success": {"const": True},
            "accepted": {"type": "integer", "minimum": 1},
            "messageIds": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["success", "accepted", "messageIds"],
    }
    schemas["Error"] = {
        "type": "object",
        "properties": {
            "success": {"const": False},
            "code": {"type": "string"},
            "message": {"type": "string"},
            "errors": {"type": "array", "items": {"type": "string"}},
            "reason": {"type": "string"},
            "retry": {"type": "boolean"},
        },
        "required": ["success", "code", "message", "errors"],
    }
    return schemas


def _responses(call: str | None) -> dict[str, Any]:
    error = _ref("Error")
    accepted = response("Kafka acknowledged every message of the request.", _ref("Accepted"))
    if call is not None:
        # What a client does after a lost answer: send the same message again, with the messageId it got back.
        resend = {"operationId": call, "requestBody": {"messageId": "$response.body#/messageIds/0"}}
        accepted["links"] = {"resend": {**resend, "description": "Retrying with the same messageId is safe."}}
    return {
        "200": accepted,
        "400": response("Invalid JSON, gzip or shape; an invalid or unstorable field (named).", error),
        "401": response("Write key missing or unknown.", error),
        "413": response("Body, batch or a stored record over its limit; the connection is closed.", error),
        "415": response("Content-Type or Content-Encoding not supported.", error),
        "429": response("The write key's rate limit.", error, retry_after=True),
        "503": response(
            "Nothing promised: Kafka unreachable or slow, or the process overloaded; retry with the same messageIds.",
            error,
            retry_after=True,
        ),
    }


def _operation(call: str | None, settings: IngestSettings) -> dict[str, Any]:
    if call is None:
        content = {kind: {"schema": _ref("Batch")} for kind in sorted(JSON_TYPES)}
        # NDJSON: one message a line (a first line holding only batch fields is the batch's header)
        content |= {kind: {"schema": _ref("Messages")} for kind in sorted(NDJSON_TYPES)}
        summary, limit = "Many messages, all or nothing.", settings.max_batch_bytes
    else:
        content = {kind: {"schema": _ref(f"{call.title()}Message")} for kind in sorted(JSON_TYPES)}
        summary, limit = f"One {call} call.", settings.max_event_bytes
    return {
        "post": {
            "operationId": call or "batch",
            "summary": summary,
            "description": f"{_STORED} The body is at most {limit} bytes (after inflating gzip).",
            "security": SECURITY,
            "requestBody": {"required": True, "content": content},
            "responses": _responses(call),
        }
    }


def openapi_document(settings: IngestSettings) -> dict[str, Any]:
    paths = {f"/v1/{call}": _operation(call, settings) for call in sorted(CALL_TYPES)}
    paths["/v1/batch"] = _operation(None, settings)
    return document(
        title="EventPipeline ingest (Segment HTTP Tracking API)",
        description=(
            "A 200 means Kafka acknowledged every message of the request; anything else promises nothing, and retrying"
            " with the same messageIds is always safe (docs/ingest.md). `/v1/import` is `/v1/batch` by another name."
        ),
        paths=paths,
        schemas=_schemas(settings),
        security_schemes={
            "basic": {"type": "http", "scheme": "basic", "description": "The write key as the user name, no password."},
            "bearer": {"type": "http", "scheme": "bearer", "description": "The write key."},
            "writeKey": {"type": "apiKey", "in": "header", "name": "X-Write-Key", "description": "The write key."},
        },
    )

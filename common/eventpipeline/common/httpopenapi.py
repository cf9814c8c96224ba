"""The OpenAPI 3.1 document both HTTP tiers serve at `/openapi.json`: the shell and the answers the shared plumbing
gives (`httpguard`'s 408 and 431, a shed request's 503), around the paths each tier generates from the declarations
its request checks use (ingest: `validation.py`, analytics: `params.py`)."""

from __future__ import annotations

from typing import Any, Final

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

OPENAPI_PATH: Final = "/openapi.json"
JSON: Final = "application/json"
RETRY_AFTER: Final = {
    "Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer", "minimum": 1}}
}
PLUMBING_RESPONSES: Final = {
    "408": {"description": "Headers or body not received within the read deadlines; the connection is closed."},
    "431": {"description": "Request line and headers larger than the limit; the connection is closed."},
}


def json_content(schema: dict[str, Any]) -> dict[str, Any]:
    return {JSON: {"schema": schema}}


def response(description: str, schema: dict[str, Any], *, retry_after: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description, "content": json_content(schema)}
    if retry_after:
        out["headers"] = RETRY_AFTER
    return out


def document(
    *,
    title: str,
    description: str,
    paths: dict[str, Any],
    schemas: dict[str, Any],
    security_schemes: dict[str, Any],
) -> dict[str, Any]:
    """The whole document; every operation also lists the plumbing's own refusals (408, 431)."""
    for item in paths.values():
        for operation in item.values():
            operation["responses"] = {**operation["responses"], **PLUMBING_RESPONSES}
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1", "description": description},
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": security_schemes},
    }


def openapi_route(doc: dict[str, Any]) -> Route:
    """`GET /openapi.json`: the document, serialized once. Public: it describes the API, it holds no key."""
    body = orjson.dumps(doc)

    async def serve(_request: Request) -> Response:
        return Response(body, media_type=JSON)

    return Route(OPENAPI_PATH, serve, methods=["GET"])

"""The analytics API's OpenAPI document, generated from the parameter declarations the checks use (`params.PARAMS`)
and the limits this process enforces, so a changed bound shows in the document of the process that enforces it."""

from __future__ import annotations

from typing import Any, Final

from eventpipeline.analytics.costs import QueryTooExpensive, TooManyQueries
from eventpipeline.analytics.params import ALLOWED, PARAMS, Limits
from eventpipeline.common.events import CALL_TYPES
from eventpipeline.common.httpopenapi import document, response

ENDPOINTS: Final = {
    "summary": ("Events and exact unique users over a range, by call type and event name.", "Summary"),
    "timeseries": ("Events per minute, hour or day (UTC buckets, empty ones as 0).", "Timeseries"),
    "top": ("The most frequent values of a dimension.", "Top"),
    "freshness": ("The newest stored event and its age.", "Freshness"),
}
_TIME: Final = {"type": "string", "format": "date-time"}
_NULLABLE_TEXT: Final = {"type": ["string", "null"]}
_COUNT: Final = {"type": "integer", "minimum": 0}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(properties)}


def _ranged(**more: Any) -> dict[str, Any]:
    """An answer over a range: the range counted (widened to whole units), the filters, then `more`."""
    filters = {"type": {"type": ["string", "null"], "enum": [*sorted(CALL_TYPES), None]}}
    return _object({"from": _TIME, "to": _TIME, **filters, "event": _NULLABLE_TEXT, "trait": _NULLABLE_TEXT, **more})


def _schemas() -> dict[str, Any]:
    return {
        "Summary": _ranged(
            total_events=_COUNT,
            unique_users=_COUNT,
            events_by_type={"type": "array", "items": _object({"type": {"type": "string"}, "events": _COUNT})},
            events_by_event={
                "type": "array",
                "items": _object({"type": {"type": "string"}, "event": {"type": "string"}, "events": _COUNT}),
            },
        ),
        "Timeseries": _ranged(
            interval={"type": "string", "enum": ["minute", "hour", "day"]},
            buckets={"type": "array", "items": _object({"start": _TIME, "events": _COUNT})},
        ),
        "Top": _ranged(
            dimension={"type": "string"},
            limit={"type": "integer"},
            items={"type": "array", "items": _object({"value": {"type": "string"}, "events": _COUNT})},
        ),
        "Freshness": _object(
            {
                "newest_event_at": {"type": ["string", "null"], "format": "date-time"},
                "age_seconds": {"type": ["number", "null"], "minimum": 0},
                "now": _TIME,
            }
        ),
        "InvalidParameter": _object(
            {"error": {"const": "invalid parameter"}, "param": {"type": "string"}, "detail": {"type": "string"}}
        ),
        "Error": {
            "type": "object",
            "properties": {"error": {"type": "string"}, "detail": {"type": "string"}},
            "required": ["error"],
        },
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _operation(endpoint: str, limits: Limits) -> dict[str, Any]:
    summary, answer = ENDPOINTS[endpoint]
    parameters = [
        {
            "name": p.name,
            "in": "query",
            "required": p.required,
            "description": p.description,
            "schema": p.schema(limits),
        }
        for p in PARAMS
        if p.name in ALLOWED[endpoint]
    ]
    cached = {"X-Cache": {"description": "How it was served.", "schema": {"type": "string"}}}
    return {
        "get": {
            "operationId": endpoint,
            "summary": summary,
            "parameters": parameters,
            "security": [{"bearer": []}, {"readKey": []}],
            "responses": {
                "200": {**response("The answer.", _ref(answer)), "headers": cached},
                "400": response("A parameter is invalid, unknown or repeated: `param`.", _ref("InvalidParameter")),
                "401": response("Read key missing or unknown.", _ref("Error")),
                str(QueryTooExpensive.status): response(
                    "The query ran past the statement timeout: narrow the range or the filters.", _ref("Error")
                ),
                str(TooManyQueries.status): response(
                    "This read key has its share of uncached queries running.", _ref("Error"), retry_after=True
                ),
                "503": response("No database answered, or the process is overloaded.", _ref("Error"), retry_after=True),
            },
        }
    }


def openapi_document(limits: Limits) -> dict[str, Any]:
    return document(
        title="EventPipeline analytics",
        description=(
            "Metrics over the stored events (workloads/analytics/README.md). Ranges are `[from, to)`, widened to whole"
            f" minutes (or to the interval), at most {limits.max_range.days} days ({limits.max_raw_range.days} for"
            f" questions only raw rows answer: top by property or trait, a trait filter); at most"
            f" {limits.max_buckets} buckets."
        ),
        paths={f"/v1/metrics/{endpoint}": _operation(endpoint, limits) for endpoint in ENDPOINTS},
        schemas=_schemas(),
        security_schemes={
            "bearer": {"type": "http", "scheme": "bearer", "description": "A read key."},
            "readKey": {"type": "apiKey", "in": "header", "name": "X-Read-Key", "description": "A read key."},
        },
    )

"""Query-parameter validation: every request becomes a frozen, canonical query or a 400 naming the parameter.

Each parameter is declared once (`PARAMS`: its JSON Schema, its description, which endpoints take it); the checks
below use the same patterns, enums and bounds, and the OpenAPI document (`openapi.py`) is generated from the
declarations, so what the document says is what is enforced.

Ranges are counted in whole units: `from` is rounded down and `to` up to the minute (summary, top) or to the
timeseries' interval. So `to=now` asked twice in one minute is one question, and its canonical form, which doubles
as the cache key, is one cache entry; the answer's `from` and `to` show the range counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal
from urllib.parse import urlencode

from eventpipeline.common.events import CALL_TYPES, MAX_NAME_LENGTH

NAME_PATTERN: Final = r"[A-Za-z_][A-Za-z0-9_.-]{0,63}"
MAX_TRAIT_VALUE_LENGTH: Final = 200
INTERVALS: Final = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1)}
DIMENSIONS: Final = ("type", "event")
Interval = Literal["minute", "hour", "day"]
# ISO-8601 as answered (2026-11-01T00:00:00.000000Z), with or without seconds, fraction or offset (none: UTC), or a
# date alone, in the years 1970-2199: later or earlier instants are nobody's events, and year 1 with an offset
# does not even exist in UTC.
TIMESTAMP: Final = re.compile(
    r"^(19[7-9]\d|2[01]\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-](0\d|1[0-3]):[0-5]\d)?)?$",
    re.ASCII,
)
TRAIT: Final = re.compile(rf"^({NAME_PATTERN}):([^\x00]{{1,{MAX_TRAIT_VALUE_LENGTH}}})$", re.DOTALL)
DIMENSION: Final = re.compile(rf"^(type|event|(property|trait):{NAME_PATTERN})$")
LIMIT: Final = re.compile(r"^[0-9]{1,6}$")
NO_NUL: Final = "^[^\\x00]*$"  # PostgreSQL text cannot hold U+0000: refused here, not failed in the database


class ParamError(ValueError):
    """A bad query parameter; `param` names it in the 400 answer."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


@dataclass(frozen=True)
class Limits:
    max_range: timedelta = timedelta(days=400)
    max_buckets: int = 10_000
    max_limit: int = 100
    max_raw_range: timedelta = timedelta(days=31)


@dataclass(frozen=True)
class Param:
    """One query parameter as the document shows it; `schema(limits)` is its JSON Schema."""

    name: str
    description: str
    endpoints: frozenset[str]
    required: bool = False

    def schema(self, limits: Limits) -> dict[str, Any]:
        return _SCHEMAS[self.name](limits)


_RANGED = frozenset({"summary", "timeseries", "top"})
PARAMS: Final = (
    Param("from", "Start of the range (inclusive); rounded down to the minute, or to the interval.", _RANGED, True),
    Param("to", "End of the range (exclusive); rounded up to the minute, or to the interval.", _RANGED, True),
    Param("type", "Only this Segment call type.", _RANGED),
    Param("event", "Only this track event name (or page/screen name).", _RANGED),
    Param("trait", "`<name>:<value>`: only events of users whose latest identify trait `name` is `value`.", _RANGED),
    Param("interval", "Bucket width.", frozenset({"timeseries"}), True),
    Param("dimension", "What to rank: `type`, `event`, `property:<name>` or `trait:<name>`.", frozenset({"top"})),
    Param("limit", "How many items (default 10).", frozenset({"top"})),
)
_SCHEMAS: Final[dict[str, Callable[[Limits], dict[str, Any]]]] = {
    "from": lambda _: {"type": "string", "pattern": TIMESTAMP.pattern},
    "to": lambda _: {"type": "string", "pattern": TIMESTAMP.pattern},
    "type": lambda _: {"type": "string", "enum": sorted(CALL_TYPES)},
    "event": lambda _: {"type": "string", "minLength": 1, "maxLength": MAX_NAME_LENGTH, "pattern": NO_NUL},
    "trait": lambda _: {"type": "string", "pattern": TRAIT.pattern},
    "interval": lambda _: {"type": "string", "enum": list(INTERVALS)},
    "dimension": lambda _: {"type": "string", "pattern": DIMENSION.pattern, "default": "type"},
    "limit": lambda limits: {"type": "integer", "minimum": 1, "maximum": limits.max_limit, "default": 10},
}
ALLOWED: Final = {
    endpoint: frozenset(p.name for p in PARAMS if endpoint in p.endpoints)
    for endpoint in ("summary", "timeseries", "top", "freshness")
}


@dataclass(frozen=True)
class Range:
    start: datetime  # inclusive, UTC
    end: datetime  # exclusive, UTC


@dataclass(frozen=True)
class Filters:
    """Which events count: a call type, an event name (track) or page/screen name, a latest trait of the user."""

    type: str | None = None
    event: str | None = None
    trait: tuple[str, str] | None = None  # (name, value): the user's latest traits have name == value

    @property
    def any(self) -> bool:
        return self.type is not None or self.event is not None or self.trait is not None


@dataclass(frozen=True)
class SummaryQuery:
    range: Range
    filters: Filters


@dataclass(frozen=True)
class TimeseriesQuery:
    range: Range
    interval: Interval
    filters: Filters


@dataclass(frozen=True)
class TopQuery:
    range: Range
    dimension: str  # "type", "event", "property:<name>" or "trait:<name>"
    limit: int
    filters: Filters

    @property
    def property_name(self) -> str | None:
        return self.dimension.split(":", 1)[1] if self.dimension.startswith("property:") else None

    @property
    def trait_name(self) -> str | None:
        return self.dimension.split(":", 1)[1] if self.dimension.startswith("trait:") else None


Query = SummaryQuery | TimeseriesQuery | TopQuery


def canonical_ts(value: datetime) -> str:
    """One spelling per instant: UTC, microseconds, `Z`."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(param: str, raw: str | None) -> datetime:
    if raw is None or raw == "":
        raise ParamError(param, "required (ISO-8601, e.g. 2026-11-01T00:00:00Z)")
    try:
        if not TIMESTAMP.fullmatch(raw):
            raise ValueError
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ParamError(param, f"not an ISO-8601 timestamp in 1970-2199: {raw[:64]!r}") from None
    if value.tzinfo is None:  # documented: a timestamp without an offset is UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_range(params: Mapping[str, str], limits: Limits, unit: Interval) -> Range:
    """[from, to) widened to whole `unit`s, at most `limits.max_range` long."""
    start = parse_ts("from", params.get("from"))
    end = parse_ts("to", params.get("to"))
    if end <= start:
        raise ParamError("to", "must be later than `from`")
    start, end = truncate(start, unit), ceil(end, unit)
    if end - start > limits.max_range:
        raise ParamError("to", f"range longer than the maximum of {limits.max_range.days} days")
    return Range(start, end)


def parse_filters(params: Mapping[str, str]) -> Filters:
    """`type` (a Segment call), `event` (its event or page/screen name), `trait=<name>:<value>`."""
    call = params.get("type")
    if call is not None and call not in CALL_TYPES:
        raise ParamError("type", f"must be one of {', '.join(sorted(CALL_TYPES))}")
    event = params.get("event")
    if event is not None and (not 0 < len(event) <= MAX_NAME_LENGTH or "\x00" in event):
        raise ParamError("event", f"must be 1 to {MAX_NAME_LENGTH} characters, none of them U+0000")
    raw_trait = params.get("trait")
    trait = None
    if raw_trait is not None:
        match = TRAIT.fullmatch(raw_trait)
        if match is None:
            raise ParamError(
                "trait",
                f"must be <name>:<value> (name as a property name, value 1 to {MAX_TRAIT_VALUE_LENGTH} characters)",
            )
        trait = (match.group(1), match.group(2))
    return Filters(call, event, trait)


def _raw_rows_only(rng: Range, limits: Limits, why: str) -> None:
    """A question no rollup can answer reads every raw row of its range: bound the range harder."""
    if rng.end - rng.start > limits.max_raw_range:
        raise ParamError("to", f"{why} reads raw events: at most {limits.max_raw_range.days} days")


def parse_summary(params: Mapping[str, str], limits: Limits) -> SummaryQuery:
    query = SummaryQuery(parse_range(params, limits, "minute"), parse_filters(params))
    if query.filters.trait is not None:
        _raw_rows_only(query.range, limits, "a trait filter")
    return query


def parse_timeseries(params: Mapping[str, str], limits: Limits) -> TimeseriesQuery:
    interval = params.get("interval")
    if interval not in INTERVALS:
        raise ParamError("interval", f"must be one of {', '.join(INTERVALS)}")
    rng = parse_range(params, limits, interval)  # type: ignore[arg-type]
    buckets = (rng.end - rng.start) // INTERVALS[interval]
    if buckets > limits.max_buckets:
        raise ParamError("interval", f"{buckets} buckets exceed the maximum of {limits.max_buckets}; widen it")
    query = TimeseriesQuery(rng, interval, parse_filters(params))  # type: ignore[arg-type]
    if query.filters.trait is not None:
        _raw_rows_only(query.range, limits, "a trait filter")
    return query


def parse_top(params: Mapping[str, str], limits: Limits) -> TopQuery:
    rng = parse_range(params, limits, "minute")
    dimension = params.get("dimension", "type")
    if not DIMENSION.fullmatch(dimension):
        raise ParamError(
            "dimension",
            "must be `type`, `event`, `property:<name>` or `trait:<name>` (name: letters, digits, _ . -, at most 64)",
        )
    raw_limit = params.get("limit", "10")
    if not LIMIT.fullmatch(raw_limit):
        raise ParamError("limit", f"not an integer: {raw_limit[:32]!r}")
    limit = int(raw_limit)
    if not 1 <= limit <= limits.max_limit:
        raise ParamError("limit", f"must be between 1 and {limits.max_limit}")
    query = TopQuery(rng, dimension, limit, parse_filters(params))
    if dimension not in DIMENSIONS:
        _raw_rows_only(rng, limits, f"top by {dimension.split(':', 1)[0]}")
    elif query.filters.trait is not None:
        _raw_rows_only(rng, limits, "a trait filter")
    return query


def truncate(value: datetime, interval: str) -> datetime:
    """The start of the UTC minute, hour or day holding `value`."""
    value = value.astimezone(UTC).replace(second=0, microsecond=0)
    if interval in {"hour", "day"}:
        value = value.replace(minute=0)
    if interval == "day":
        value = value.replace(hour=0)
    return value


def ceil(value: datetime, interval: str) -> datetime:
    """The first UTC minute, hour or day boundary at or after `value`."""
    start = truncate(value, interval)
    return start if start == value else start + INTERVALS[interval]


def cache_key(endpoint: str, query: Query) -> str:
    """The normalized query: endpoint plus sorted canonical parameters (no defaults left implicit)."""
    fields: dict[str, str] = {"from": canonical_ts(query.range.start), "to": canonical_ts(query.range.end)}
    filters = query.filters
    if filters.type is not None:
        fields["type"] = filters.type
    if filters.event is not None:
        fields["event"] = filters.event
    if filters.trait is not None:
        fields["trait"] = ":".join(filters.trait)
    if isinstance(query, TimeseriesQuery):
        fields["interval"] = query.interval
    elif isinstance(query, TopQuery):
        fields["dimension"] = query.dimension
        fields["limit"] = str(query.limit)
    return f"{endpoint}?{urlencode(sorted(fields.items()))}"

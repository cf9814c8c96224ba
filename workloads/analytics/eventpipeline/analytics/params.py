"""Query-parameter validation: every request becomes a frozen, canonical query or a 400 naming the parameter.

The canonical form doubles as the cache key, so two spellings of one question share one cache entry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final, Literal
from urllib.parse import urlencode

from eventpipeline.common.events import CALL_TYPES, MAX_NAME_LENGTH

PROPERTY_NAME: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")
MAX_TRAIT_VALUE_LENGTH: Final = 200
INTERVALS: Final = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1)}
Interval = Literal["minute", "hour", "day"]


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
        value = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise ParamError(param, f"not an ISO-8601 timestamp: {raw[:64]!r}") from None
    if value.tzinfo is None:  # documented: a timestamp without an offset is UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_range(params: Mapping[str, str], limits: Limits) -> Range:
    start = parse_ts("from", params.get("from"))
    end = parse_ts("to", params.get("to"))
    if end <= start:
        raise ParamError("to", "must be later than `from`")
    if end - start > limits.max_range:
        raise ParamError("to", f"range longer than the maximum of {limits.max_range.days} days")
    return Range(start, end)


def parse_filters(params: Mapping[str, str]) -> Filters:
    """`type` (a Segment call), `event` (its event or page/screen name), `trait=<name>:<value>`."""
    call = params.get("type")
    if call is not None and call not in CALL_TYPES:
        raise ParamError("type", f"must be one of {', '.join(sorted(CALL_TYPES))}")
    event = params.get("event")
    if event is not None and not 0 < len(event) <= MAX_NAME_LENGTH:
        raise ParamError("event", f"must be 1 to {MAX_NAME_LENGTH} characters")
    raw_trait = params.get("trait")
    trait = None
    if raw_trait is not None:
        name, sep, value = raw_trait.partition(":")
        if not sep or not PROPERTY_NAME.match(name) or not 0 < len(value) <= MAX_TRAIT_VALUE_LENGTH:
            raise ParamError(
                "trait", f"must be <name>:<value> (name as a property name, value 1 to {MAX_TRAIT_VALUE_LENGTH})"
            )
        trait = (name, value)
    return Filters(call, event, trait)


def parse_summary(params: Mapping[str, str], limits: Limits) -> SummaryQuery:
    return SummaryQuery(parse_range(params, limits), parse_filters(params))


def parse_timeseries(params: Mapping[str, str], limits: Limits) -> TimeseriesQuery:
    rng = parse_range(params, limits)
    interval = params.get("interval")
    if interval not in INTERVALS:
        raise ParamError("interval", f"must be one of {', '.join(INTERVALS)}")
    step = INTERVALS[interval]
    first = truncate(rng.start, interval)
    buckets = -(-(rng.end - first) // step)  # ceil: the last bucket may be partial
    if buckets > limits.max_buckets:
        raise ParamError("interval", f"{buckets} buckets exceed the maximum of {limits.max_buckets}; widen it")
    return TimeseriesQuery(rng, interval, parse_filters(params))  # type: ignore[arg-type]


def parse_top(params: Mapping[str, str], limits: Limits) -> TopQuery:
    rng = parse_range(params, limits)
    dimension = params.get("dimension", "type")
    if dimension not in {"type", "event"}:
        kind, _, name = dimension.partition(":")
        if kind not in {"property", "trait"} or not PROPERTY_NAME.match(name):
            raise ParamError(
                "dimension",
                "must be `type`, `event`, `property:<name>` or `trait:<name>`"
                " (name: letters, digits, _ . -, at most 64)",
            )
    raw_limit = params.get("limit", "10")
    try:
        limit = int(raw_limit)
    except ValueError:
        raise ParamError("limit", f"not an integer: {raw_limit[:32]!r}") from None
    if not 1 <= limit <= limits.max_limit:
        raise ParamError("limit", f"must be between 1 and {limits.max_limit}")
    return TopQuery(rng, dimension, limit, parse_filters(params))


def truncate(value: datetime, interval: str) -> datetime:
    """The start of the UTC minute, hour or day holding `value`."""
    value = value.astimezone(UTC).replace(second=0, microsecond=0)
    if interval in {"hour", "day"}:
        value = value.replace(minute=0)
    if interval == "day":
        value = value.replace(hour=0)
    return value


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

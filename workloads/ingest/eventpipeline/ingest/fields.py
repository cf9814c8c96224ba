"""The fields of a Segment message, declared once: which calls carry each, its kind and bound, and which a call
requires. `validation.py` checks messages field by field from these declarations and `openapi.py` generates the
published schemas from them, so the document and the checks cannot drift apart.

Kinds: `id` and `name` are strings of 1 to 200 characters ("" and null count as absent), `object` a JSON object,
`time` an ISO-8601 string (without a zone it is UTC), `call` the call type. docs/ingest.md has the user's view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

from eventpipeline.common.events import CALL_TYPES, MAX_ID_LENGTH, MAX_NAME_LENGTH

Kind = Literal["id", "name", "object", "time", "call", "key"]
MAX_TIMESTAMP_LENGTH: Final = 64
_NAMED: Final = frozenset({"page", "screen"})


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    description: str
    calls: frozenset[str] = CALL_TYPES

    @property
    def max_length(self) -> int:
        return {"id": MAX_ID_LENGTH, "name": MAX_NAME_LENGTH, "time": MAX_TIMESTAMP_LENGTH}.get(self.kind, 0)

    def schema(self) -> dict[str, Any]:
        """The JSON Schema of the value (absent, null and "" are all "not given" for the text kinds)."""
        if self.kind in {"id", "name"}:
            return {"type": ["string", "null"], "maxLength": self.max_length}
        if self.kind == "object":
            return {"type": ["object", "null"]}
        if self.kind == "time":
            return {"type": ["string", "null"], "maxLength": self.max_length}
        return {"type": ["string", "null"]}


# In the order the checks run: the first bad one is the one an error names.
FIELDS: Final = (
    Field("messageId", "id", "The deduplication key; absent: ingest generates one and returns it."),
    Field("userId", "id", "The user; the Kafka key (one user's events stay in order)."),
    Field("anonymousId", "id", "The device or session, when there is no user id."),
    Field("event", "name", "The track event name.", frozenset({"track"})),
    Field("name", "name", "The page or screen name.", _NAMED),
    Field("groupId", "id", "The group.", frozenset({"group"})),
    Field("previousId", "id", "The previous id of the user.", frozenset({"alias"})),
    Field("properties", "object", "Stored as jsonb."),
    Field("traits", "object", "Stored as jsonb; identify merges them into the user's latest traits."),
    Field("context", "object", "Stored as jsonb; a batch's context is merged under it."),
    Field("integrations", "object", "Accepted, not stored."),
    Field("category", "name", "Kept as properties.category.", _NAMED),
    Field("timestamp", "time", "When it happened (ISO-8601; no zone: UTC), corrected for clock skew with sentAt."),
    Field("originalTimestamp", "time", "Used when timestamp is absent."),
    Field("sentAt", "time", "When the client sent it: only for the clock-skew correction."),
    Field("writeKey", "key", "The write key, when no header carries one."),
)
BY_NAME: Final = {f.name: f for f in FIELDS}
REQUIRED: Final[dict[str, tuple[str, ...]]] = {
    "track": ("event",),
    "group": ("groupId",),
    "alias": ("previousId", "userId"),
}
"""Beyond the identity every call needs: `userId` or `anonymousId` (`IDENTITY`)."""
IDENTITY: Final = ("userId", "anonymousId")
CHECKED_TEXT: Final = tuple(f for f in FIELDS if f.kind in {"id", "name"} and f.name != "category")
CHECKED_OBJECTS: Final = tuple(f for f in FIELDS if f.kind == "object")


def fields_of(call: str) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if call in f.calls)

"""The PostgreSQL schema: ordered SQL migrations and the monthly partitions of `events` (docs/dev/contracts.md)."""

from eventpipeline.common.schema.freshness import NEWEST_EVENT_SQL
from eventpipeline.common.schema.migrate import load_migrations, migrate
from eventpipeline.common.schema.names import EVENT_COLUMNS, validate_schema
from eventpipeline.common.schema.partitions import (
    MIN_LEDGER_RETENTION,
    PartitionCatalog,
    add_months,
    create_partitions,
    drop_partitions_before,
    ensure_partitions,
    existing_partitions,
    month_bounds,
    month_of,
    partition_month,
    partition_name,
    prune_event_ids,
    read_catalog,
)
from eventpipeline.common.schema.rollups import rebuild_rollups

__all__ = [
    "EVENT_COLUMNS",
    "MIN_LEDGER_RETENTION",
    "NEWEST_EVENT_SQL",
    "PartitionCatalog",
    "add_months",
    "create_partitions",
    "drop_partitions_before",
    "ensure_partitions",
    "existing_partitions",
    "load_migrations",
    "migrate",
    "month_bounds",
    "month_of",
    "partition_month",
    "partition_name",
    "prune_event_ids",
    "read_catalog",
    "rebuild_rollups",
    "validate_schema",
]

"""The consumer tier: Kafka topic -> monthly-partitioned PostgreSQL, one row per event id, rollups in the same txn."""

"""Reprocess: rebuild a time range's stored events and rollups from the topic (docs/reprocess.md)."""

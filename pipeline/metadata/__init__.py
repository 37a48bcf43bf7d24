"""Table metadata: read once from `schemas/`, turned into every other schema form."""

from pipeline.metadata.tables import TABLE_ORDER, Field, ForeignKey, TableSchema, load_tables

__all__ = ["TABLE_ORDER", "Field", "ForeignKey", "TableSchema", "load_tables"]

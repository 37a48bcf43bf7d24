"""Validate the tables and publish them as a Frictionless data package, atomically."""

from pipeline.publish.errors import DestinationError, PublishError
from pipeline.publish.package import publish_package
from pipeline.publish.validate import TableValidationError, validate_table, validate_tables

__all__ = [
    "DestinationError",
    "PublishError",
    "TableValidationError",
    "publish_package",
    "validate_table",
    "validate_tables",
]

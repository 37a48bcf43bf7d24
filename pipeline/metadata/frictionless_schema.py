"""Frictionless Table Schema (v2) descriptors derived from the table metadata."""

from __future__ import annotations

from typing import Any

from pipeline.metadata.tables import TableSchema


def to_frictionless(table: TableSchema, resource_suffix: str = "") -> dict[str, Any]:
    """The `schema` of one resource; foreign keys point at resources with the same suffix."""
    fields = []
    for field in table.fields:
        descriptor: dict[str, Any] = {
            "name": field.name,
            "type": field.type,
            "description": field.description,
        }
        constraints: dict[str, Any] = {}
        if field.required or field.name in table.primary_key:
            constraints["required"] = True
        if field.enum is not None:
            constraints["enum"] = list(field.enum)
        if field.pattern is not None:
            constraints["pattern"] = field.pattern
        if field.minimum is not None:
            constraints["minimum"] = field.minimum
        if constraints:
            descriptor["constraints"] = constraints
        fields.append(descriptor)
    schema: dict[str, Any] = {
        "fields": fields,
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.fields),
                "reference": {
                    "resource": fk.reference.table + resource_suffix,
                    "fields": list(fk.reference.fields),
                },
            }
            for fk in table.foreign_keys
        ]
    return schema

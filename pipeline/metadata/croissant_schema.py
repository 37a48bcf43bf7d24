"""Croissant record sets derived from the table metadata, as the other schema forms are.

One record set per table, one field per column, read from the table's CSV file object;
primary keys become the record set's `key`, foreign keys the field's `references`.
"""

from __future__ import annotations

from typing import Any

from pipeline.metadata.tables import TableSchema

# Table Schema type -> schema.org data type, as Croissant names them.
CROISSANT_TYPES = {
    "string": "sc:Text",
    "integer": "sc:Integer",
    "number": "sc:Float",
    "boolean": "sc:Boolean",
    "date": "sc:Date",
}


def file_object_id(table: TableSchema) -> str:
    return f"csv/{table.name}"


def field_id(table: str, column: str) -> str:
    return f"{table}/{column}"


def to_croissant(table: TableSchema, in_parts: bool = False) -> dict[str, Any]:
    """The `recordSet` of one table; `in_parts`: read from the `cr:FileSet` of its parts."""
    # A key into the table itself (an institution's parent) is left out: Croissant readers
    # order record sets by their references and cannot order one after itself.
    references = {
        fk.fields[0]: fk.reference
        for fk in table.foreign_keys
        if len(fk.fields) == 1 and fk.reference.table != table.name
    }
    fields = []
    for column in table.fields:
        field: dict[str, Any] = {
            "@type": "cr:Field",
            "@id": field_id(table.name, column.name),
            "name": column.name,
            "description": column.description,
            "dataType": CROISSANT_TYPES[column.type],
            "source": {
                ("fileSet" if in_parts else "fileObject"): {"@id": file_object_id(table)},
                "extract": {"column": column.name},
            },
        }
        if column.name in references:
            target = references[column.name]
            field["references"] = {"field": {"@id": field_id(target.table, target.fields[0])}}
        fields.append(field)
    record_set: dict[str, Any] = {
        "@type": "cr:RecordSet",
        "@id": table.name,
        "name": table.name,
        "description": table.description.strip(),
        "field": fields,
    }
    keys = [{"@id": field_id(table.name, column)} for column in table.primary_key]
    record_set["key"] = keys[0] if len(keys) == 1 else keys
    return record_set

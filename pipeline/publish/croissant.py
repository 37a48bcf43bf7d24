"""`croissant.json`: the package as a Croissant 1.0 dataset (JSON-LD), the metadata ML tools
(TensorFlow Datasets, Hugging Face, mlcroissant) load datasets by.

The record sets come from `schemas/` (`pipeline.metadata.croissant_schema`); the file
objects are the CSV and Parquet files with their sha256, read from the descriptor.
"""

from __future__ import annotations

from typing import Any

from pipeline.metadata import load_tables
from pipeline.metadata.croissant_schema import file_object_id, to_croissant
from pipeline.publish.datacard import citation_line

CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
CONFORMS_TO = "http://mlcommons.org/croissant/1.0"


def _creator(contributor: dict[str, Any]) -> dict[str, Any]:
    kind = "sc:Person" if contributor.get("familyName") else "sc:Organization"
    creator = {"@type": kind, "name": contributor["title"]}
    if contributor.get("email"):
        creator["email"] = contributor["email"]
    return creator


def build_croissant(descriptor: dict[str, Any]) -> dict[str, Any]:
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    distribution = []
    in_parts = set()
    for name in load_tables():
        for resource, encoding in (
            (resources[name], "text/csv"),
            (resources[f"{name}-parquet"], "application/x-parquet"),
        ):
            kind = encoding.split("/")[-1].removeprefix("x-")
            parts = isinstance(resource["path"], list)
            if parts:  # a table in parts (`pipeline.publish.parts`): every file of its folder
                in_parts.add(name)
                path = f"{resource['path'][0].rsplit('/', 1)[0]}/*.{resource['format']}"
            else:
                path = resource["path"]
            entry: dict[str, Any] = {
                "@type": "cr:FileSet" if parts else "cr:FileObject",
                "@id": file_object_id(load_tables()[name])
                if encoding == "text/csv"
                else f"parquet/{name}",
                "name": path,
                "description": f"{resource['title']}, {kind}",
                ("includes" if parts else "contentUrl"): path,
                "encodingFormat": encoding,
            }
            if not parts:
                entry["sha256"] = resource["hash"].removeprefix("sha256:")
            distribution.append(entry)
    license = descriptor["licenses"][0]
    dataset: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": descriptor["name"],
        "description": f"{descriptor['title']}. {descriptor['description']}",
        "version": descriptor["version"],
        "datePublished": descriptor["created"][:10],
        "license": license.get("path") or license.get("name"),
        "keywords": descriptor["keywords"],
        "creator": [_creator(c) for c in descriptor["contributors"]],
        "citeAs": citation_line(descriptor).replace("*", ""),
        "inLanguage": "en",
        "isLiveDataset": False,
    }
    if descriptor.get("homepage"):
        dataset["url"] = descriptor["homepage"]
    dataset["distribution"] = distribution
    dataset["recordSet"] = [
        to_croissant(table, table.name in in_parts) for table in load_tables().values()
    ]
    return dataset

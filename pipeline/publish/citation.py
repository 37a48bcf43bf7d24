"""`CITATION.cff`: how to cite the package, in the Citation File Format (1.2.0) that GitHub,
Zenodo and citation managers read."""

from __future__ import annotations

from typing import Any

import yaml

from pipeline.publish.config import KNOWN_LICENSES

AUTHOR_ROLES = {"creator", "author"}


def cff_author(contributor: dict[str, Any]) -> dict[str, str]:
    """A person when the contributor gives a family name, an entity (a team) otherwise."""
    if contributor.get("familyName"):
        author = {"family-names": contributor["familyName"]}
        if contributor.get("givenName"):
            author["given-names"] = contributor["givenName"]
    else:
        author = {"name": contributor["title"]}
    if contributor.get("email"):
        author["email"] = contributor["email"]
    if contributor.get("organization"):
        author["affiliation"] = contributor["organization"]
    return author


def render_citation(descriptor: dict[str, Any]) -> str:
    contributors = descriptor["contributors"]
    authors = [c for c in contributors if AUTHOR_ROLES & set(c.get("roles", []))] or contributors
    citation: dict[str, Any] = {
        "cff-version": "1.2.0",
        "message": "If you use this dataset, please cite it as below.",
        "type": "dataset",
        "title": descriptor["title"],
        "abstract": descriptor["description"],
        "version": descriptor["version"],
        "date-released": descriptor["created"][:10],
        "authors": [cff_author(c) for c in authors],
        "keywords": descriptor["keywords"],
    }
    license_name = descriptor["licenses"][0].get("name")
    if license_name in KNOWN_LICENSES:  # CFF takes SPDX ids only
        citation["license"] = license_name
    if descriptor.get("homepage"):
        citation["url"] = descriptor["homepage"]
    return yaml.safe_dump(citation, sort_keys=False, allow_unicode=True, width=100)

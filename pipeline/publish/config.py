"""What a package says about itself: name, title, licenses, contributors, ... from `package.yaml`.

The metadata is looked up in `package.yaml` in the input folder (it travels with the
corpus), else in the working folder; the first found is used whole. Command-line flags
override single values. Every key is optional; what is not given keeps the default below.

    name: city-council-quotes
    title: Who said what at the city council, 2024
    description: Statements from the council's press releases.
    version: 1.0.0
    homepage: https://example.org/council-data
    keywords: [city council, quotes]
    licenses:
      data: CC-BY-4.0                 # the compiled tables: an SPDX id, or {name, path, title}
      texts: {name: publishers-copyright, title: The articles' texts keep their publishers' copyright}
    contributors:
      - {title: Ada Lovelace, roles: [creator], email: ada@example.org}
    texts: false                      # publish documents.text empty (offsets and sha256 stay)

A license is given separately for the data and for the article texts (`documents.text`
and the quoted words), since users may have the right to publish one and not the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from pipeline.ingest.names import PACKAGE_CONFIG_NAME as CONFIG_NAME
from pipeline.publish.errors import PublishError
from pipeline.safe_text import shown

# Data Package v2: lower case, digits and `-._`.
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
KEYS = {
    "name",
    "title",
    "description",
    "version",
    "homepage",
    "keywords",
    "licenses",
    "contributors",
    "texts",
}
CONTRIBUTOR_KEYS = {"title", "roles", "email", "path", "organization", "givenName", "familyName"}

# The licenses people choose for data, by SPDX id, so that `data: CC-BY-4.0` is enough.
KNOWN_LICENSES = {
    "CC-BY-4.0": (
        "https://creativecommons.org/licenses/by/4.0/",
        "Creative Commons Attribution 4.0",
    ),
    "CC-BY-SA-4.0": (
        "https://creativecommons.org/licenses/by-sa/4.0/",
        "Creative Commons Attribution Share-Alike 4.0",
    ),
    "CC-BY-NC-4.0": (
        "https://creativecommons.org/licenses/by-nc/4.0/",
        "Creative Commons Attribution-NonCommercial 4.0",
    ),
    "CC0-1.0": (
        "https://creativecommons.org/publicdomain/zero/1.0/",
        "Creative Commons Zero 1.0 (public domain dedication)",
    ),
    "ODC-By-1.0": (
        "https://opendatacommons.org/licenses/by/1-0/",
        "Open Data Commons Attribution 1.0",
    ),
    "ODbL-1.0": ("https://opendatacommons.org/licenses/odbl/1-0/", "Open Database License 1.0"),
    "PDDL-1.0": (
        "https://opendatacommons.org/licenses/pddl/1-0/",
        "Open Data Commons Public Domain Dedication and License 1.0",
    ),
}


class ConfigError(PublishError):
    """`package.yaml` or a metadata flag is not usable; the message names the file and the key."""


@dataclass(frozen=True)
class PackageConfig:
    """The package's own metadata; `PackageConfig()` is what a build uses with no config."""

    name: str = "news-statements"
    title: str = "Statements, people, institutions and statistics from news articles"
    description: str = (
        "Who said what in news articles, direct quotes and reported speech with the speaker "
        "resolved, with the people, institutions, laws, dates and statistics the articles name. "
        "Every row points back to the exact characters of the article it came from "
        "(documents.text[char_start:char_end] == text)."
    )
    version: str | None = None  # None: the pipeline's own version
    homepage: str | None = None
    keywords: tuple[str, ...] = (
        "news",
        "quotations",
        "attribution",
        "named entities",
        "statistics",
    )
    data_license: dict[str, str] = field(
        default_factory=lambda: license_from("CC-BY-4.0", "the default")
    )
    text_license: dict[str, str] = field(
        default_factory=lambda: {
            "name": "publishers-copyright",
            "title": "The article texts and the words quoted from them keep their publishers' copyright",
        }
    )
    contributors: tuple[dict[str, Any], ...] = (
        {"title": "newsdata-pipeline contributors", "roles": ["creator"]},
    )
    texts: bool = True  # False: documents.text is published empty
    path: str | None = None  # the file it was read from, as given (None: defaults and flags only)

    def with_overrides(self, **values: Any) -> PackageConfig:
        """The config with each value that is not None replaced, checked as a file's would be."""
        given = {key: value for key, value in values.items() if value is not None}
        return _checked(replace(self, **given), "command line")


def license_from(value: Any, where: str) -> dict[str, str]:
    """`CC-BY-4.0` -> {name, path, title}; a mapping with a name or a path is kept as given."""
    if isinstance(value, str):
        if value in KNOWN_LICENSES:
            path, title = KNOWN_LICENSES[value]
            return {"name": value, "path": path, "title": title}
        if value.startswith(("http://", "https://")):
            return {"path": value, "title": value}
        if NAME_PATTERN.match(value.lower()):
            return {"name": value, "title": value}
        raise ConfigError(
            f"{where}: license {value!r} is not an SPDX id ({', '.join(KNOWN_LICENSES)}), a URL, "
            "or a mapping with name, path and title"
        )
    if isinstance(value, dict) and (value.get("name") or value.get("path")):
        unknown = set(value) - {"name", "path", "title"}
        if unknown:
            raise ConfigError(f"{where}: license has unknown keys {sorted(unknown)}")
        known = {key: str(value[key]) for key in ("name", "path", "title") if value.get(key)}
        if "name" in known and known["name"] in KNOWN_LICENSES:
            return {**license_from(known["name"], where), **known}
        return known
    raise ConfigError(f"{where}: a license must be an SPDX id, a URL or {{name, path, title}}")


def contributor_from(value: Any, where: str) -> dict[str, Any]:
    """`Ada Lovelace` -> {title: Ada Lovelace, roles: [creator]}; a mapping needs a title."""
    if isinstance(value, str) and value.strip():
        return {"title": value.strip(), "roles": ["creator"]}
    if isinstance(value, dict) and isinstance(value.get("title"), str) and value["title"].strip():
        unknown = set(value) - CONTRIBUTOR_KEYS
        if unknown:
            raise ConfigError(
                f"{where}: contributor {value['title']!r} has unknown keys {sorted(unknown)} "
                f"(allowed: {', '.join(sorted(CONTRIBUTOR_KEYS))})"
            )
        roles = value.get("roles", ["creator"])
        if isinstance(roles, str):
            roles = [roles]
        return {**value, "roles": [str(role) for role in roles]}
    raise ConfigError(f"{where}: a contributor is a name or a mapping with a title")


def _checked(config: PackageConfig, where: str) -> PackageConfig:
    if not NAME_PATTERN.match(config.name):
        raise ConfigError(
            f"{where}: name {config.name!r} must be lower case letters, digits, '-', '.' or '_' "
            "(e.g. city-council-quotes)"
        )
    for key in ("title", "description"):
        if not str(getattr(config, key)).strip():
            raise ConfigError(f"{where}: {key} is empty")
    if config.version is not None and not re.match(r"^\S+$", config.version):
        raise ConfigError(f"{where}: version {config.version!r} must be one word, e.g. 1.0.0")
    if not config.contributors:
        raise ConfigError(f"{where}: contributors is empty; name at least one")
    return config


def read_config(path: Path) -> PackageConfig:
    """`package.yaml` at `path` as a `PackageConfig` (defaults for what it leaves out)."""
    where = shown(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{where}: cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{where}: not UTF-8; re-save it as UTF-8") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{where}: not valid YAML{line}") from None
    raw = {} if raw is None else raw
    if not isinstance(raw, dict):
        raise ConfigError(
            f"{where}: expected keys such as name, title, licenses, not a list or text"
        )
    unknown = set(raw) - KEYS
    if unknown:
        raise ConfigError(
            f"{where}: unknown keys {sorted(unknown)} (allowed: {', '.join(sorted(KEYS))})"
        )
    values: dict[str, Any] = {"path": str(path)}
    for key in ("name", "title", "description", "version", "homepage"):
        if raw.get(key) is not None:
            values[key] = str(raw[key]).strip()
    if raw.get("keywords") is not None:
        if not isinstance(raw["keywords"], list):
            raise ConfigError(f"{where}: keywords must be a list, e.g. [news, quotes]")
        values["keywords"] = tuple(str(keyword) for keyword in raw["keywords"])
    licenses = raw.get("licenses")
    if licenses is not None:
        if not isinstance(licenses, dict) or not set(licenses) <= {"data", "texts"}:
            raise ConfigError(
                f"{where}: licenses must have `data:` and/or `texts:` (for the tables and for "
                "the article texts)"
            )
        if "data" in licenses:
            values["data_license"] = license_from(licenses["data"], f"{where}: licenses.data")
        if "texts" in licenses:
            values["text_license"] = license_from(licenses["texts"], f"{where}: licenses.texts")
    if raw.get("contributors") is not None:
        if not isinstance(raw["contributors"], list):
            raise ConfigError(f"{where}: contributors must be a list")
        values["contributors"] = tuple(
            contributor_from(item, f"{where}: contributors") for item in raw["contributors"]
        )
    if "texts" in raw:
        if not isinstance(raw["texts"], bool):
            raise ConfigError(f"{where}: texts must be true or false")
        values["texts"] = raw["texts"]
    return _checked(replace(PackageConfig(), **values), where)


def find_config(input_dir: Path | None, working_dir: Path | None = None) -> Path | None:
    """`package.yaml` in the input folder, else in the working folder, else None."""
    folders = [input_dir, working_dir or Path.cwd()]
    for folder in folders:
        if folder is not None and (Path(folder) / CONFIG_NAME).is_file():
            return Path(folder) / CONFIG_NAME
    return None


def load_config(
    input_dir: Path | None, config_path: Path | None = None, working_dir: Path | None = None
) -> PackageConfig:
    """The metadata a build uses: `config_path` if given, else the `package.yaml` found."""
    if config_path is not None and not Path(config_path).is_file():
        raise ConfigError(f"{shown(config_path)}: no such file (--config)")
    path = config_path or find_config(input_dir, working_dir)
    return read_config(Path(path)) if path is not None else PackageConfig()

"""Where things live in a checkout of the project."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMAS_DIR = REPO_ROOT / "schemas"
RULES_DIR = Path(__file__).resolve().parent / "rules"
BUNDLED_INPUT_DIR = REPO_ROOT / "articles"
DEFAULT_PACKAGE_DIR = REPO_ROOT / "datapackage"
# The file every package folder this tool writes carries: such a folder is never read as input.
PACKAGE_MARKER = ".newsdata-package"

"""A corpus of N distinct articles made from the texts at hand, written at bench time only.

The sources are the bundled article, the gold test articles and, when present, the PolNeAR
dev texts in `../shared/benchmarks/polnear-dev/text/`. They are read here and copied into
a temporary folder; third-party texts never enter the repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.read import SIDECAR_SUFFIX
from pipeline.paths import REPO_ROOT

SHARED_DIR = REPO_ROOT.parent / "shared"
SOURCE_GLOBS = (
    (REPO_ROOT / "articles", "*.txt"),
    (REPO_ROOT / "tests" / "gold", "*.txt"),
    (SHARED_DIR / "benchmarks" / "polnear-dev" / "text", "*.txt"),
)


@dataclass(frozen=True)
class SourceText:
    path: Path
    text: str
    sidecar: str | None  # the text of NAME.meta.json when there is one

    @property
    def words(self) -> int:
        return len(self.text.split())


def source_texts() -> list[SourceText]:
    """Every source article, in a fixed order."""
    texts = []
    for folder, pattern in SOURCE_GLOBS:
        for path in sorted(folder.glob(pattern)):
            sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
            texts.append(
                SourceText(
                    path,
                    path.read_text(encoding="utf-8"),
                    sidecar.read_text(encoding="utf-8") if sidecar.exists() else None,
                )
            )
    if not texts:
        raise FileNotFoundError("no source texts found for the benchmark corpus")
    return texts


def variant(source: SourceText, number: int) -> str:
    """The source text with one closing sentence of its own, so every copy hashes differently."""
    return source.text.rstrip("\n") + f"\n\nThis is copy {number} of the article.\n"


def file_name(source: SourceText, number: int) -> str:
    return f"{number:06d}-{source.path.stem}.txt"


# A real archive keeps one subfolder per day: 10,000 articles are 100 days of 100.
SUBFOLDERS = 100


def subfolder(number: int, subfolders: int) -> str:
    """`day-007`: the subfolder of article `number`; "" for a flat corpus (`subfolders` 0)."""
    return f"day-{number % subfolders:03d}" if subfolders else ""


def write_corpus(
    folder: Path, articles: int, start: int = 0, subfolders: int = SUBFOLDERS
) -> list[Path]:
    """Write `articles` files numbered from `start` into `folder`, cycling through the
    sources, spread over `subfolders` subfolders (0: all in `folder`)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = source_texts()
    written = []
    for number in range(start, start + articles):
        source = sources[number % len(sources)]
        day = folder / subfolder(number, subfolders)
        day.mkdir(exist_ok=True)
        path = day / file_name(source, number)
        path.write_text(variant(source, number), encoding="utf-8")
        if source.sidecar is not None:
            path.with_name(path.stem + SIDECAR_SUFFIX).write_text(source.sidecar, encoding="utf-8")
        written.append(path)
    return written


def remove_article(folder: Path, number: int, subfolders: int = SUBFOLDERS) -> Path:
    """Delete article `number` of a corpus `write_corpus` wrote (and its sidecar); its path."""
    source = source_texts()[number % len(source_texts())]
    path = folder / subfolder(number, subfolders) / file_name(source, number)
    path.unlink()
    path.with_name(path.stem + SIDECAR_SUFFIX).unlink(missing_ok=True)
    return path

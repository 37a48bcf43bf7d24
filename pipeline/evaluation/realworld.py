"""Scores on real news articles nobody here wrote: `tests/realworld/`.

Each `<slug>.gold.json` holds a page's URL, the sha256 of its text, and hand annotations
whose spans are character offsets into `texts/<slug>.txt`. The texts are other people's
articles and are not committed: a gold file whose text is missing (or differs from the
sha256) is listed, not scored. Each present text is read as a user's file would be, with
the publication date the annotator used given in a sidecar (as a crawl's metadata would),
and scored with the rules of `tests/gold/` (`pipeline.evaluation.gold.score_article`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.evaluation.gold import GoldResult, score_article
from pipeline.extract.article import extract_article
from pipeline.ingest import read_article
from pipeline.paths import REPO_ROOT

REALWORLD_DIR = REPO_ROOT / "tests" / "realworld"


@dataclass
class RealWorldResult:
    gold: GoldResult
    missing: list[str] = field(default_factory=list)  # gold files without their text
    changed: list[str] = field(default_factory=list)  # texts that differ from the sha256


def expected_from_offsets(gold: dict, text: str) -> dict:
    """The gold in the shape of `tests/gold/*.expected.json`, spans read from the text."""

    def spans(rows: list[dict], keys: tuple[str, ...]) -> list[dict]:
        return [
            {**{key: row.get(key) for key in keys}, "text": text[row["start"] : row["end"]]}
            for row in rows
        ]

    return {
        "people": gold.get("people", []),
        "institutions": gold.get("institutions", []),
        "laws": [law["name"] for law in gold.get("laws", [])],
        "statements": spans(gold.get("statements", []), ("speaker", "kind", "cue")),
        "statistics": spans(gold.get("statistics", []), ("value", "comparator", "unit")),
        "dates": spans(gold.get("dates", []), ("value", "granularity", "relative")),
    }


def evaluate_realworld(folder: Path = REALWORLD_DIR) -> RealWorldResult:
    result = RealWorldResult(GoldResult())
    with tempfile.TemporaryDirectory() as scratch:
        for gold_path in sorted(folder.glob("*.gold.json")):
            slug = gold_path.name.removesuffix(".gold.json")
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = folder / "texts" / f"{slug}.txt"
            if not text_path.is_file():
                result.missing.append(slug)
                continue
            raw = text_path.read_bytes()
            if hashlib.sha256(raw).hexdigest() != gold["sha256"]:
                result.changed.append(slug)
                continue
            article_path = Path(scratch) / f"{slug}.txt"
            shutil.copyfile(text_path, article_path)
            if gold.get("published"):
                meta = {"published": gold["published"]}
                (Path(scratch) / f"{slug}.meta.json").write_text(json.dumps(meta), "utf-8")
            extraction = extract_article(read_article(article_path))
            score_article(extraction, expected_from_offsets(gold, raw.decode("utf-8")), result.gold)
            result.gold.articles.append(slug)
    return result

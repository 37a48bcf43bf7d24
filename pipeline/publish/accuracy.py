"""Measured accuracy, as `make eval` last wrote it: the data card quotes it, nobody types it.

`python -m pipeline eval` writes `pipeline/evaluation/accuracy.json`: one entry per benchmark
it could score, each with the date it was measured and the extraction version it measured.
A benchmark it could not score this time (the real-article texts are not committed, so a
fresh clone has none) keeps its last entry, with that entry's own date.

    {"benchmarks": [{"name": "real-news", "title": "...", "measured": "2026-11-29",
                     "extraction_version": "3f1c...", "articles": 36,
                     "tables": {"statements": {"precision": 0.71, "recall": 0.62, "f1": 0.66}}}]}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ACCURACY_PATH = Path(__file__).resolve().parent.parent / "evaluation" / "accuracy.json"


def read_accuracy(path: Path = ACCURACY_PATH) -> list[dict[str, Any]]:
    """The benchmarks measured last, in the order `make eval` wrote them; [] when never measured."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))["benchmarks"]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def write_accuracy(measured: list[dict[str, Any]], path: Path = ACCURACY_PATH) -> None:
    """Replace the entries of the benchmarks in `measured`, keep the others as they were (in
    the file's order, new benchmarks last)."""
    fresh = {entry["name"]: entry for entry in measured}
    benchmarks = [fresh.pop(entry["name"], entry) for entry in read_accuracy(path)]
    benchmarks += [entry for entry in measured if entry["name"] in fresh]
    document = {
        "written_by": "python -m pipeline eval (make eval); do not edit by hand",
        "benchmarks": benchmarks,
    }
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

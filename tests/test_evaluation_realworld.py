"""Scoring real articles whose texts are not committed: gold as offsets, texts found or listed."""

from __future__ import annotations

import hashlib
import json

from pipeline.evaluation.realworld import evaluate_realworld, expected_from_offsets

TEXT = (
    "Port board approves terminal\n\n"
    'The Northbay Port Authority approved a terminal on Tuesday. "It will open in 2026," said '
    "Marta Ilves, chair of the Northbay Port Authority. It will cost about 40 million dollars.\n"
)


def gold_for(text: str) -> dict:
    quote = "It will open in 2026,"
    start = text.index(quote)
    money = text.index("about 40 million dollars")
    return {
        "url": "https://example.org/port",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "published": "2024-05-02",
        "people": [
            {"name": "Marta Ilves", "titles": ["chair"], "affiliation": "Northbay Port Authority"}
        ],
        "institutions": [{"name": "Northbay Port Authority", "kind": "government agency"}],
        "laws": [],
        "statements": [
            {
                "speaker": "Marta Ilves",
                "kind": "direct",
                "cue": "said",
                "start": start,
                "end": start + len(quote) - 1,
            }
        ],
        "statistics": [
            {"value": 40e6, "comparator": "~", "unit": "dollars", "start": money, "end": money + 24}
        ],
        "dates": [],
    }


def test_spans_are_read_from_the_text_by_their_offsets():
    expected = expected_from_offsets(gold_for(TEXT), TEXT)
    assert expected["statements"][0]["text"] == "It will open in 2026"
    assert expected["statistics"][0]["text"] == "about 40 million dollars"


def test_present_texts_are_scored_and_missing_or_changed_ones_listed(tmp_path):
    (tmp_path / "texts").mkdir()
    for slug in ("present", "missing", "changed"):
        (tmp_path / f"{slug}.gold.json").write_text(json.dumps(gold_for(TEXT)), "utf-8")
    (tmp_path / "texts" / "present.txt").write_text(TEXT, "utf-8")
    (tmp_path / "texts" / "changed.txt").write_text(TEXT + "An edit.\n", "utf-8")
    result = evaluate_realworld(tmp_path)
    assert result.gold.articles == ["present"]
    assert result.missing == ["missing"]
    assert result.changed == ["changed"]
    statements = result.gold.scores["statements"]
    assert (statements.gold, statements.recall) == (1, 1.0)
    assert result.gold.accuracies["statements: speaker"].value == 1.0

"""Per-table scores against hand annotations kept in `tests/gold/<name>.expected.json`.

Each gold file describes one article (found as `articles/<name>.*` or `tests/gold/<name>.*`)
in the same shape as the bundled article's expected content: document metadata,
people, institutions, statements, statistics, laws and dates.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.evaluation.scoring import Score
from pipeline.extract.article import extract_article
from pipeline.extract.currencies import currency_word, named_currencies
from pipeline.extract.units import normalized_unit
from pipeline.ingest import read_article
from pipeline.model import Extraction, Statistic

MATCH_OVERLAP = 0.8
TOKEN = re.compile(r"\w+")


@dataclass
class Accuracy:
    right: int = 0
    scored: int = 0

    @property
    def value(self) -> float:
        return self.right / self.scored if self.scored else 1.0

    def add(self, ok: bool) -> None:
        self.scored += 1
        self.right += bool(ok)


@dataclass
class GoldResult:
    articles: list[str] = field(default_factory=list)
    scores: dict[str, Score] = field(default_factory=dict)
    accuracies: dict[str, Accuracy] = field(default_factory=dict)

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def accuracy(self, name: str) -> Accuracy:
        return self.accuracies.setdefault(name, Accuracy())


def _norm(text: str | None) -> str:
    return " ".join(TOKEN.findall((text or "").lower()))


def _one_holds_the_other(a: str, b: str) -> bool:
    """Whether the words of one text run inside the other's: "the fourth quarter" and "fourth
    quarter", "Thu, Dec 17, 2020" and "Dec 17, 2020". Dates are matched so, with the same
    value, as TempEval scores a date's extent (relaxed match): where "the" or a weekday
    begins it is an annotator's convention, not what the date is."""
    ta, tb = TOKEN.findall(a.lower()), TOKEN.findall(b.lower())
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(short) and any(
        long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)
    )


def _token_overlap(a: str, b: str) -> float:
    ta, tb = TOKEN.findall(a.lower()), TOKEN.findall(b.lower())
    if not ta or not tb:
        return 0.0
    common = 0
    pool = list(tb)
    for token in ta:
        if token in pool:
            pool.remove(token)
            common += 1
    return common / max(len(ta), len(tb))


def _match(predicted: list, gold: list, same) -> dict[int, int]:
    """Greedy one-to-one matching: gold index -> predicted index."""
    matches: dict[int, int] = {}
    used: set[int] = set()
    for g, gold_item in enumerate(gold):
        for p, item in enumerate(predicted):
            if p not in used and same(item, gold_item):
                matches[g] = p
                used.add(p)
                break
    return matches


LABELLED_ROLE = re.compile(r"(?P<role>[^()]+?) \((?P<label>[^()]+)\)")


def _speaker_right(statement, expected: dict) -> bool:
    """The speaker as the gold names it; a gold speaker of null (the text names no one: "a
    spokesman said") is right when the statement's speaker is left unresolved (`unknown`)."""
    if expected["speaker"] is None:
        return statement.speaker_type == "unknown"
    if _norm(statement.speaker) == _norm(expected["speaker"]):
        return True
    # "journalist (Q)": the gold writes a transcript's label beside an unnamed role; a
    # statement that names the role and whose cue is that label says the same
    labelled = LABELLED_ROLE.fullmatch(expected["speaker"])
    return (
        labelled is not None
        and _norm(statement.speaker) == _norm(labelled["role"])
        and (statement.cue or "").rstrip(": ").lower() == labelled["label"].lower()
    )


def _add(result: GoldResult, name: str, predicted: int, matched: int, gold: int) -> None:
    result.score(name).add(Score(matched, predicted, matched, gold))


def score_article(extraction: Extraction, gold: dict, result: GoldResult) -> None:
    institutions = {i.institution_id: i for i in extraction.institutions}

    statements = extraction.statements
    matches = _match(
        statements,
        gold.get("statements", []),
        lambda s, g: _token_overlap(s.text, g["text"]) >= MATCH_OVERLAP,
    )
    _add(result, "statements", len(statements), len(matches), len(gold.get("statements", [])))
    for g, p in matches.items():
        expected = gold["statements"][g]
        result.accuracy("statements: speaker").add(_speaker_right(statements[p], expected))
        result.accuracy("statements: kind").add(statements[p].kind == expected["kind"])

    people = extraction.people
    matches = _match(people, gold.get("people", []), lambda p, g: _norm(p.name) == _norm(g["name"]))
    _add(result, "people", len(people), len(matches), len(gold.get("people", [])))
    for g, p in matches.items():
        expected = gold["people"][g]
        result.accuracy("people: title").add(
            _norm(people[p].title) in [_norm(t) for t in expected.get("titles") or [None]]
        )
        affiliation = institutions.get(people[p].institution_id)
        result.accuracy("people: affiliation").add(
            _norm(affiliation.name if affiliation else None) == _norm(expected.get("affiliation"))
        )

    found = extraction.institutions
    matches = _match(
        found, gold.get("institutions", []), lambda i, g: _norm(i.name) == _norm(g["name"])
    )
    _add(result, "institutions", len(found), len(matches), len(gold.get("institutions", [])))
    for g, p in matches.items():
        parent = institutions.get(found[p].parent_id)
        result.accuracy("institutions: parent").add(
            _norm(parent.name if parent else None) == _norm(gold["institutions"][g].get("parent"))
        )

    laws = extraction.laws
    matches = _match(laws, gold.get("laws", []), lambda law, g: _norm(law.name) == _norm(g))
    _add(result, "laws", len(laws), len(matches), len(gold.get("laws", [])))

    dates = extraction.dates
    matches = _match(
        dates,
        gold.get("dates", []),
        lambda d, g: d.value == g["value"] and _one_holds_the_other(d.text, g["text"]),
    )
    _add(result, "dates", len(dates), len(matches), len(gold.get("dates", [])))

    # A range is two rows with the same text: match on text and value together. The text
    # matches on 80% of its words or, as a date's does, when one's words run inside the
    # other's ("above two percent" and "two percent", "100 years old" and "100 years"): what
    # a statistic is, is its value; where its words stop is an annotator's convention.
    statistics = extraction.statistics
    gold_statistics = gold.get("statistics", [])
    matches = _match(
        statistics,
        gold_statistics,
        lambda s, g: (
            (
                _token_overlap(s.text, g["text"]) >= MATCH_OVERLAP
                or _one_holds_the_other(s.text, g["text"])
            )
            and _same_value(s.value, g["value"])
        ),
    )
    _add(result, "statistics", len(statistics), len(matches), len(gold_statistics))
    for g, p in matches.items():
        result.accuracy("statistics: unit").add(
            _same_unit(statistics[p], gold_statistics[g].get("unit"))
        )
        result.accuracy("statistics: comparator").add(
            statistics[p].comparator == gold_statistics[g].get("comparator")
        )


def _same_value(predicted: float, gold: float) -> bool:
    """Equal, or equal at the gold's precision: a third is 0.333333 here and 0.333 in a gold
    file (the annotator rounds a value that has no end; the extraction keeps six places)."""
    if abs(predicted - gold) < 1e-6 * max(1, abs(gold)):
        return True
    written = repr(float(gold))
    places = len(written.partition(".")[2]) if "e" not in written else 0
    # (three places at least: a gold 0.2 is a fifth, never a quarter rounded)
    return 3 <= places < 6 and abs(predicted - gold) <= 0.5 * 10**-places


def _same_unit(statistic: Statistic, gold: str | None) -> bool:
    """Units compared in the table's vocabulary: gold "dollars" or "per cent" is our "dollar"
    or "percent", and a currency's full name ("US dollars") is our ISO 4217 code ("USD"). Gold
    files name what is counted by its head ("states") or its whole phrase ("data collection
    zones"): either of our columns may match, `unit` ("zones") or `unit_normalized` ("data
    collection zone")."""
    if statistic.unit is None or gold is None:
        return statistic.unit is gold
    code = named_currencies().get(_norm(gold))
    if code is not None and statistic.currency is not None:
        # "US dollars", "Hong Kong dollars": a currency named in full is our `currency` code,
        # whatever sign or word the text wrote ("$", "HK$")
        if statistic.currency != code:
            return False
        gold = currency_word(code)  # "US dollars" is USD's "dollar"; the rest compared as ever
    expected = _norm(normalized_unit(gold))
    return expected in (
        _norm(normalized_unit(statistic.unit)),
        _norm(statistic.unit_normalized),
        # an age, "year of age" here, is in "years" in a gold file that names it by its subject
        _norm(statistic.unit_normalized).removesuffix(" of age"),
    )


def find_article(name: str, folders: list[Path]) -> Path | None:
    for folder in folders:
        for path in sorted(folder.glob(f"{name}.*")):
            if not path.name.endswith((".expected.json", ".meta.json")):
                return path
    return None


def evaluate_gold(gold_dir: Path, article_dirs: list[Path]) -> GoldResult:
    result = GoldResult()
    for gold_path in sorted(gold_dir.glob("*.expected.json")):
        name = gold_path.name.removesuffix(".expected.json")
        article_path = find_article(name, [gold_dir, *article_dirs])
        if article_path is None:
            raise FileNotFoundError(
                f"{gold_path}: no article file named {name}.* next to it or in {article_dirs}"
            )
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        score_article(extract_article(read_article(article_path)), gold, result)
        result.articles.append(name)
    return result

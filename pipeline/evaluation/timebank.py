"""Dates scored on TimeBank 1.2 and AQUAINT (TempEval-3 "TBAQ-cleaned"): TimeML news of 1996-2000.

As `../shared/benchmarks/README.md` says: the comparable expressions are the TIMEX3 of type
DATE with a calendar value (four digits first); a predicted date matches one when its text
overlaps it and its value covers the same days (a week "1998-W02" is 1998-01-05/1998-01-11).
A gold value with an unknown part ("1998-WXX": a week of 1998 the annotator did not name,
"1989-QX") still starts with four digits, so it is comparable: a prediction matches it when
its days are those of a value that fills the unknown part ("last week", 1998-02-09/1998-02-15,
is 1998-W07); without that, such a gold date could never be matched and would count as a miss
and a false date whatever the extractor said.
The document creation time is given as the publication date. A prediction that overlaps
only a time of day or a date TimeML leaves without a calendar value ("now": PRESENT_REF)
is neither right nor wrong and is left out; one that overlaps a duration or a set ("three
years", "every week"), or no TIMEX3, is wrong. A range ("from 1995 to 1997", one row
1995/1997) that TimeML marks as two dates matches both when it spans exactly their days, and
one date TimeML marks twice ("Thursday, Jan. 6": the weekday and the day) matches each.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.evaluation.scoring import Score
from pipeline.extract.article import extract_article
from pipeline.extract.intervals import iso_interval, part_interval
from pipeline.model import Article

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
UNSPECIFIED = re.compile(r"(?:-XX)+$")
SEASONS = {1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA"}
DCT = re.compile(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})')


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str

    @property
    def days(self) -> tuple[date, date] | None:
        # "1968-XX", "1992-XX-XX": TimeML's mark for a year said alone ("in 1968") in some
        # files; the days are the year's
        return part_interval(UNSPECIFIED.sub("", self.value)) if self.comparable else None

    @property
    def comparable(self) -> bool:
        return self.type == "DATE" and re.match(r"\d{4}", self.value) is not None

    def matches(self, days: tuple[date, date] | None) -> bool:
        """Whether a prediction covering `days` is this date: the same days, or for a value
        with an unknown part ("1998-WXX") the days of one value that fills it ("1998-W07")."""
        if days is None or not self.comparable:
            return False
        if self.days is not None:
            return self.days == days
        pattern = re.escape(self.value).replace("X", r"\d")
        return any(
            re.fullmatch(pattern, value) and part_interval(value) == days
            for value in _values_starting(days[0])
        )


def _values_starting(day: date) -> list[str]:
    """Every TimeML calendar value whose days could start on `day`, at each precision."""
    year, week, _ = day.isocalendar()
    season = SEASONS.get(day.month, "FA" if day.month < 12 else "WI")
    return [
        f"{day.year}",
        f"{day.year}-{day.month:02d}",
        f"{day.isoformat()}",
        f"{day.year}-Q{(day.month - 1) // 3 + 1}",
        f"{day.year}-H{(day.month - 1) // 6 + 1}",
        f"{year}-W{week:02d}",
        f"{year}-W{week:02d}-WE",
        f"{day.year - (day.month < 3)}-{season}",
    ]


@dataclass
class TimebankResult:
    articles: int = 0
    score: Score = field(default_factory=Score)
    left_out: int = 0  # predictions on a time of day or an uncalendared date
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # (doc, kind, text, why)
    classes: Counter[str] = field(default_factory=Counter)  # errors by class (`ERROR_CLASSES`)


# What each error is, to see which class of text a change serves (`python -m
# pipeline.evaluation.timebank` prints them):
ERROR_CLASSES = {
    "underspecified": "the gold value has an unknown part (1989-WXX) no predicted value fills",
    "anchoring": "a value on other days than the gold's (the wrong Tuesday, year or anchor)",
    "granularity": "a value overlapping the gold's days at another precision (1988 for 1988-Q3)",
    "duration": "a date on what TimeML marks a duration or a set (last week as P1W)",
    "boundary": "a date where TimeML marks no time expression (a dateline, a name)",
    "missed": "a gold date no prediction overlaps",
}


def _false_class(days: tuple[date, date] | None, gold: list[Timex], touching: list[Timex]) -> str:
    if not gold:
        return "boundary" if not touching else "duration"
    spans = [g.days for g in gold if g.days is not None]
    if not spans:  # only values with an unknown part, which `days` did not fill
        return "underspecified"
    if days is not None and any(s[0] <= days[1] and days[0] <= s[1] for s in spans):
        return "granularity"
    return "anchoring"


def read_timeml(path: Path) -> tuple[str, date, list[Timex]]:
    """The text of `<TEXT>` without tags, the creation date, and every TIMEX3 in the text."""
    raw = path.read_text(encoding="utf-8")
    published = date.fromisoformat(DCT.search(raw)[1])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag[2] != "TIMEX3":
            continue
        if not tag[1]:
            open_timex = (length, dict(ATTRIBUTE.findall(tag[3])))
        elif open_timex is not None:
            start, attributes = open_timex
            text = "".join(pieces)[start:length]
            timexes.append(
                Timex(start, length, attributes.get("type", ""), attributes.get("value", ""), text)
            )
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return "".join(pieces), published, timexes


def _overlaps(a_start: int, a_end: int, b: Timex) -> bool:
    return a_start < b.end and b.start < a_end


def score_document(
    name: str, text: str, published: date, timexes: list[Timex], result: TimebankResult
) -> None:
    article = Article(
        document_id=name, source=name, sha256="", text=text, body_start=0, published=published
    )
    predicted = extract_article(article).dates
    gold = [t for t in timexes if t.comparable]
    matched: set[int] = set()
    for date_row in predicted:
        days = iso_interval(date_row.value)
        touching = [t for t in timexes if _overlaps(date_row.char_start, date_row.char_end, t)]
        candidates = [
            i
            for i, g in enumerate(gold)
            if i not in matched and _overlaps(date_row.char_start, date_row.char_end, g)
        ]
        hit = [i for i in candidates if gold[i].matches(days)]
        if not hit and len(candidates) > 1 and days is not None:
            spans = [gold[i].days for i in candidates]
            if all(spans) and (min(s[0] for s in spans), max(s[1] for s in spans)) == days:
                hit = candidates  # a range TimeML marks as its two ends
        if hit:
            matched.update(hit)
            result.score.predicted += 1
            result.score.true_positives_predicted += 1
            continue
        if not candidates and touching and all(t.type not in ("DURATION", "SET") for t in touching):
            result.left_out += 1
            continue
        result.score.predicted += 1
        result.classes[_false_class(days, [gold[i] for i in candidates], touching)] += 1
        why = (
            "value " + ", ".join(f"{gold[i].value}" for i in candidates)
            if candidates
            else (", ".join(t.type for t in touching) or "not a TIMEX3")
        )
        result.errors.append((name, "false", f"{date_row.text} = {date_row.value}", why))
    result.score.gold += len(gold)
    result.score.true_positives_gold += len(matched)
    for i, g in enumerate(gold):
        if i not in matched:
            result.errors.append((name, "missed", g.text, g.value))
            overlapped = any(_overlaps(d.char_start, d.char_end, g) for d in predicted)
            # (a gold date a wrong value overlaps is counted with that value's class)
            if g.days is None and overlapped:
                result.classes["underspecified"] += 1
            elif not overlapped:
                result.classes["missed"] += 1


def evaluate_timebank(folder: Path) -> TimebankResult:
    result = TimebankResult()
    for path in sorted((folder / "tml").glob("*.tml")):
        text, published, timexes = read_timeml(path)
        score_document(path.stem, text, published, timexes, result)
        result.articles += 1
    return result


if __name__ == "__main__":  # python -m pipeline.evaluation.timebank [FOLDER]: every error
    import sys

    from pipeline.paths import REPO_ROOT

    folder = Path(
        sys.argv[1] if len(sys.argv) > 1 else REPO_ROOT.parent / "shared/benchmarks/timebank"
    )
    outcome = evaluate_timebank(folder)
    for error in outcome.errors:
        print("\t".join(error))
    for kind, count in outcome.classes.most_common():
        print(f"{count:5d} {kind}: {ERROR_CLASSES[kind]}", file=sys.stderr)
    s = outcome.score
    print(f"precision {s.precision:.3f} recall {s.recall:.3f} F1 {s.f1:.3f}", file=sys.stderr)

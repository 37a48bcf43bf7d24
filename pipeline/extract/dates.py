"""Date expressions: found by pattern, normalized to ISO 8601 at their precision.

Absolute dates in free form (bylines, timestamps) are parsed by dateparser; dates in
running text are matched by patterns whose parts give the value directly, and
relative ones ("on Monday", "last year") are resolved from the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache

from pipeline.extract.scan import finditer_anchored, lowercase_for_search
from pipeline.extract.sorted_spans import SortedSpans
from pipeline.model import DateExpression

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ORDINAL_QUARTERS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "q1": 1,
    "q2": 2,
    "q3": 3,
    "q4": 4,
}
HALVES = {"first": 1, "second": 2}

_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
# 1-31 as [1-9]|[12]\d|3[01], tried in that order, but written to start with a character set:
# "3 May 2021" patterns then scan several times faster (see `scan`).
_DAY = r"(?P<day>[1-9](?:(?<=[12])\d|(?<=3)[01])??)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20|21)\d{2})"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH} {_DAY},? {_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAY} {_MONTH},? {_YEAR}\b")),
    (
        "quarter",
        re.compile(
            rf"\b(?:the )?(?P<q>first|second|third|fourth) quarter (?:of |in )?{_YEAR}\b",
            re.IGNORECASE,
        ),
    ),
    ("quarter", re.compile(rf"\b(?P<q>Q[1-4]) {_YEAR}\b")),
    # "in the second quarter": of the year of publication
    (
        "relative_quarter",
        re.compile(
            r"\b(?:the )?(?P<q>first|second|third|fourth) quarter\b(?! (?:of |in )?(?:1[89]|20|21)\d\d)",
            re.IGNORECASE,
        ),
    ),
    ("half", re.compile(rf"\b(?:the )?(?P<h>first|second) half (?:of )?{_YEAR}\b", re.IGNORECASE)),
    ("month_year", re.compile(rf"\b{_MONTH},? {_YEAR}\b")),
    ("month_day", re.compile(rf"\b{_MONTH} {_DAY}\b(?!,? \d)")),
    ("day_month", re.compile(rf"\b{_DAY} {_MONTH}\b(?!,? \d)")),
    (
        "month",
        re.compile(
            r"(?:\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-|[Ee]nd of|[Tt]hrough|[Bb]efore|[Aa]fter|[Dd]uring|as soon as)|['’]s) (?P<span>(?P<month>January|February|March|April|May|June|July|August|September|October|November|December))\b(?! \d)"
        ),
    ),
    ("relative_day", re.compile(r"\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b")),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<dir>last|next|this|on) )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(?P<dir>last|next|this|past|coming) (?P<unit>year|month|week)\b", re.IGNORECASE
        ),
    ),
    (
        "year",
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|by|until|till|from|before|after|during|of|to|and|between|[Bb]etween|end|early|late|mid|year) (?P<span>{_YEAR})\b(?![-/]\d|\s*(?:percent|per cent|%))"
        ),
    ),
]

# A pattern that starts with a month name or digits runs several times faster without the
# leading \b (the regex engine then skips to the letters it can start with); the word
# boundary is checked on each match instead. Patterns with an optional first word do not gain.
_FAST_START = re.compile(r"\\b(?:\(\?P<(?:month|year|day)>|\(\?P<q>Q)")
PATTERNS = [
    (
        kind,
        re.compile(p.pattern.removeprefix("\\b"), p.flags) if _FAST_START.match(p.pattern) else p,
    )
    for kind, p in _PATTERNS
]


# The patterns that start with an optional word or one of several words ("last Monday",
# "in 2015") make the regex engine try every position of the text. They are tried only where
# they can start: the given numbers of characters (each word before and its space) before
# what follows those words, found by a pattern that starts with a character set (see
# `finditer_anchored`). Words looked for in the lowercased text for a pattern that ignores case.
_ANCHORS: dict[str, tuple[re.Pattern[str], tuple[int, ...]]] = {
    # "'s", "In", "By", "To" | "From", "Last", "Next", "This", "Late", "Mid-" | "Since",
    # "Until", "Early", "After" | "End of", "Before", "During" | "Through" | "as soon as",
    # each with a space, before the month
    "month": (
        re.compile(
            "January|February|March|April|May|June|July|August|September|October|November|December"
        ),
        (3, 5, 6, 7, 8, 11),
    ),
    # nothing | "on " | "last ", "next ", "this " before the weekday
    "weekday": (re.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"), (0, 3, 5)),
    # "last ", "next ", "this ", "past " | "coming " before "year", "month" or "week", any case
    "relative_period": (re.compile("year|month|week"), (5, 7)),
    # "in", "of", "to", "by" | "and", "end", "mid" | "till", "from", "late", "year" | "since",
    # "until", "after", "early" | "before", "during" | "between", with a space, before the year
    "year": (re.compile(r"(?:1[89]|20|21)\d{2}"), (3, 4, 5, 6, 7, 8)),
}


_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Words without which a pattern cannot match: a text that has none of them is not scanned
# for it (most articles never say "quarter"). Lowercase words are looked for in the
# lowercased text, for the patterns that ignore case; others as written.
_REQUIRED_WORDS: dict[str, tuple[str, ...]] = {
    "day_month_year": _MONTH_STARTS,
    "day_month": _MONTH_STARTS,
    "quarter": ("quarter", "Q1", "Q2", "Q3", "Q4"),  # "the first quarter of 2020", "Q1 2020"
    "relative_quarter": ("quarter",),
    "half": ("half",),
    "relative_day": ("esterday", "oday", "omorrow"),
}


def _patterns_to_scan(text: str, lowered: str | None) -> list[tuple[str, re.Pattern[str]]]:
    """`PATTERNS` without those whose required words `text` (lowercased: `lowered`) lacks."""
    kept = []
    for kind, pattern in PATTERNS:
        words = _REQUIRED_WORDS.get(kind)
        if words:
            haystack = lowered if pattern.flags & re.IGNORECASE else text
            if haystack is not None and not any(word in haystack for word in words):
                continue
        kept.append((kind, pattern))
    return kept


def _matches(
    kind: str, pattern: re.Pattern[str], text: str, lowered: str | None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, tried only where a match can start for the kinds in `_ANCHORS`."""
    if kind not in _ANCHORS:
        return pattern.finditer(text)
    anchor, offsets = _ANCHORS[kind]
    if not pattern.flags & re.IGNORECASE:
        return finditer_anchored(pattern, text, anchor, offsets)
    if lowered is None:
        return pattern.finditer(text)
    return finditer_anchored(pattern, text, anchor, offsets, lowered)


def _at_word_start(text: str, position: int) -> bool:
    return position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_")


def _month_number(token: str) -> int:
    key = token.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_date(weekday: str, published: date, direction: str | None, forward: bool) -> date:
    target = WEEKDAYS.index(weekday.lower())
    if direction == "next" or (forward and direction != "last"):
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    back = (published.weekday() - target) % 7
    if direction == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


FUTURE_CUES = re.compile(
    r"\b(?:will|would|shall|may|might|to be|is due|are due|scheduled|plans? to|next"
    # "agreed to hold talks in March": what was agreed is still to come
    r"|(?:agreed|planned|decided|promised|pledged|vowed|aimed|hoped|intended|expected) to)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|ago|\w{3,}ed|rose|fell|grew|said|told|took|came|went|saw|made|began|won|lost|met|left|"
    r"held|spent|cut|hit|paid|sold|bought|built|brought|kept|led|ran|shot|stood|struck|wrote|gave|got|knew|thought|found)\b",
    re.IGNORECASE,
)
AFTER_BE = re.compile(r"\b(?:be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
PRESENT_CUES = re.compile(
    r"\b(?:is|are|expected|due|set|scheduled|plans?|intends?)\b", re.IGNORECASE
)


def _tense_before(text: str, position: int) -> str | None:
    """The tense of the clause a date ends: "will vote in May" is future, "voted in May" past."""
    clause = re.split(r"[.;!?]", text[max(0, position - 160) : position])[-1]
    cues = [(m.end(), "future") for m in FUTURE_CUES.finditer(clause)]
    # "will be carried out": a participle after "be" keeps the future
    cues += [
        (m.end(), "past")
        for m in PAST_CUES.finditer(clause)
        if not AFTER_BE.search(clause, 0, m.start())
    ]
    cues += [(m.end(), "present") for m in PRESENT_CUES.finditer(clause)]
    if not cues:
        return None
    tense = max(cues)[1]
    return (
        "future"
        if tense == "present"
        and PRESENT_CUES.search(clause)
        and re.search(r"\b(?:expected|due|set|scheduled|plans?)\b", clause)
        else tense
    )


def _resolve(
    kind: str, m: re.Match[str], text: str, published: date | None
) -> tuple[str, str, bool] | None:
    """(value, granularity, relative) for one match, or None if it is not a real date."""
    groups = m.groupdict()
    if kind in ("iso", "month_day_year", "day_month_year"):
        year = int(groups["year"])
        month = int(groups["month"]) if kind == "iso" else _month_number(groups["month"])
        day = _valid_day(year, month, int(groups["day"]))
        return (day.isoformat(), "day", False) if day else None
    if kind == "month_year":
        return _iso_month(int(groups["year"]), _month_number(groups["month"])), "month", False
    if kind == "quarter":
        quarter = ORDINAL_QUARTERS[groups["q"].lower()]
        year = int(groups["year"])
        first = 3 * quarter - 2
        return f"{_iso_month(year, first)}/{_iso_month(year, first + 2)}", "period", False
    if kind == "half":
        half = HALVES[groups["h"].lower()]
        year = int(groups["year"])
        return f"{_iso_month(year, 6 * half - 5)}/{_iso_month(year, 6 * half)}", "period", False
    if kind == "year":
        return groups["year"], "year", False
    if published is None:
        return None
    if kind in ("month_day", "day_month"):
        month, number = _month_number(groups["month"]), int(groups["day"])
        days = [d for y in (-1, 0, 1) if (d := _valid_day(published.year + y, month, number))]
        if not days:
            return None
        tense = _tense_before(text, m.start())
        if tense == "future":
            days = [d for d in days if d >= published] or days
        elif tense == "past":
            days = [d for d in days if d <= published] or days
        # the one nearest the publication: "February 7" in a December story is next year's
        day = min(days, key=lambda d: (abs((d - published).days), d > published))
        return day.isoformat(), "day", True
    if kind == "month":
        month = _month_number(groups["month"])
        before = text[max(0, m.start()) : m.start("span")].strip().lower()
        year = published.year
        tense = _tense_before(text, m.start())
        if before == "next" or (before != "this" and tense == "future"):
            year += month <= published.month
        elif before == "last" or (tense == "past" and month > published.month):
            year -= 1
        elif tense is None and before != "this" and month - published.month > 6:
            year -= 1  # no tense: "in December" read in January is the one just past
        return _iso_month(year, month), "month", True
    if kind == "relative_quarter":
        quarter = ORDINAL_QUARTERS[groups["q"].lower()]
        year = published.year
        current = (published.month - 1) // 3 + 1
        tense = _tense_before(text, m.start())
        if tense == "past" and quarter > current:
            year -= 1  # "profits fell in the fourth quarter", read in March
        elif tense == "future" and quarter < current:
            year += 1
        first = 3 * quarter - 2
        return f"{_iso_month(year, first)}/{_iso_month(year, first + 2)}", "period", True
    if kind == "relative_day":
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["rel"].lower()]
        return (published + timedelta(days=offset)).isoformat(), "day", True
    if kind == "weekday":
        forward = FUTURE_CUES.search(text[max(0, m.start() - 60) : m.start()]) is not None
        direction = (groups["dir"] or "").lower() or None
        if not forward and direction in (None, "on") and _tense_before(text, m.start()) is None:
            # "The leaders meet on Thursday" in a Tuesday story: no tense, the nearer Thursday
            target = WEEKDAYS.index(groups["weekday"].lower())
            forward = (target - published.weekday()) % 7 < (published.weekday() - target) % 7
        return (
            _weekday_date(groups["weekday"], published, direction, forward).isoformat(),
            "day",
            True,
        )
    if kind == "relative_period":
        direction = groups["dir"].lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[direction]
        if groups["unit"].lower() == "year":
            return str(published.year + step), "year", True
        if groups["unit"].lower() == "week":  # Monday to Sunday
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
            sunday = monday + timedelta(days=6)
            return f"{monday.isoformat()}/{sunday.isoformat()}", "period", True
        month_index = published.year * 12 + published.month - 1 + step
        return _iso_month(month_index // 12, month_index % 12 + 1), "month", True
    return None


def _span_text(m: re.Match[str], kind: str) -> tuple[int, int]:
    """Drop the preposition "on" from "on Monday": the date is the weekday."""
    start, end = m.span("span") if "span" in m.re.groupindex else m.span()
    if kind == "weekday" and m.group("dir") and m.group("dir").lower() == "on":
        start = m.start("weekday")
    return start, end


def find_dates(text: str, published: date | None) -> list[DateExpression]:
    """Every date expression in `text`, earliest first, longest match winning overlaps.

    >>> [d.value for d in find_dates("It met on Monday and in December 2015.", date(2022, 11, 8))]
    ['2022-11-07', '2015-12']
    """
    found: list[DateExpression] = []
    taken: SortedSpans[None] = SortedSpans()  # the spans of the dates found, for overlaps
    lowered = lowercase_for_search(text)
    for kind, pattern in _patterns_to_scan(text, lowered):
        for m in _matches(kind, pattern, text, lowered):
            if not _at_word_start(text, m.start()) and text[m.start()] not in "'’":
                continue  # (a possessive "'s December" starts inside its word)
            start, end = _span_text(m, kind)
            if taken.overlaps(start, end):
                continue
            resolved = _resolve(kind, m, text, published)
            if resolved is None:
                continue
            value, granularity, relative = resolved
            taken.insert(start, end, None)
            found.append(DateExpression(value, granularity, relative, text[start:end], start, end))
    return sorted(found, key=lambda d: d.char_start)


@cache
def _date_parser():
    import dateparser

    return dateparser.DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
    )


def parse_absolute_date(value: str) -> date | None:
    """A full date in any common layout ("Nov 8, 2022 10:21", "2022-11-08T10:21Z"), else None."""
    value = value.strip()
    m = PATTERNS[0][1].search(value)
    if m:
        return _valid_day(int(m["year"]), int(m["month"]), int(m["day"]))
    data = _date_parser().get_date_data(value)
    return data.date_obj.date() if data and data.date_obj else None

"""Date expressions: found by pattern, normalized to ISO 8601 at their precision.

Absolute dates in free form (bylines, timestamps) are parsed by dateparser; dates in
running text are matched by patterns whose parts give the value directly, and
relative ones ("on Monday", "last year", "the second quarter") are resolved from the
publication date and the tense of the verb that governs them (`tense`). Ranges ("March 4
to 9", "2015-2016"), weeks, quarters, halves, seasons, decades and fiscal years are one
period each; "a year earlier" is resolved from the date it is anchored to (`date_passes`).
Durations ("three years") and recurring sets ("every Monday") are not dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, cached_property

from pipeline.extract.date_passes import join_dates
from pipeline.extract.intervals import table_interval
from pipeline.extract.lexicon import read_table
from pipeline.extract.scan import SMALL_WORDS, anchor_starts, finditer_before, lowercase_for_search
from pipeline.extract.sorted_spans import SortedSpans
from pipeline.extract.tense import governing_tense
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
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
# The quarter a word names: an ordinal, or the year's last ("the final quarter")
QUARTER_WORDS = {**ORDINALS, "final": 4, "last": 4}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological seasons (`intervals`)
# the words of a year said aloud ("nineteen ninety-six") and their values
SPOKEN_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# the counts of "a few weeks ago", "three months earlier" (None: a count not known)
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    **{word: value for word, value in SPOKEN_NUMBERS.items() if value <= 12},
    "several": None,
    "few": None,
}
STEPS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}


def _month(name: str = "month") -> str:
    # Title case, abbreviated ("Sept."), or all capitals as page headers write them ("02 APR 2025").
    return (
        rf"(?P<{name}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
        r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
        r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
        r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"
    )


def _day(name: str = "day") -> str:
    # 1-31 (or 01-09) as 0[1-9]|[1-9]|[12]\d|3[01], tried in that order, but written to start
    # with one character set, the first digit (a branch that starts with a set, as in
    # "0[1-9]|[1-9]...", has none the engine can skip to): "3 May 2021" patterns then scan
    # several times faster (see `scan`).
    return (
        rf"(?P<{name}>[0-9](?:(?<=0)[1-9]|(?<=[1-9])(?:(?<=[12])\d|(?<=3)[01])??))"
        r"(?:st|nd|rd|th)?"
    )


def _year(name: str = "year") -> str:
    return rf"(?P<{name}>(?:1[89]|20|21)\d{{2}})"


_MONTH, _DAY, _YEAR = _month(), _day(), _year()
_FULL_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_TO = r"\s*(?:-|–|—|to|through|until|till)\s*"  # the words between a range's two ends
# ("the final quarter"; "the last quarter of 2023", not "the last quarter": the one before)
_QUARTER = (
    r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final"
    r"|last(?= quarter of (?:(?:1[89]|20|21)\d\d|(?:the )?(?:last|this|next|previous|current) year)))"
    r"[- ]quarter\b"
)
# "of this year", "last year", "of 2019", "2019": which year a month, quarter or half is in
_WHICH_YEAR = (
    rf"(?:,? (?:of |in )?(?:{_YEAR}|(?:the )?(?P<rel>last|this|next|previous|current) year)\b)"
)

# "the third-quarter results": the period is an adjective of the noun "the" determines
ADJECTIVE_PERIOD = re.compile(r"(?i:the) \w+-(?:quarter|half)$")
NOUN_AFTER = re.compile(r" [a-zA-Z]")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "the year ending March 2018", "the financial year ended 30 June 2019": the twelve months
    # to the end of that month (before the day it ends on)
    (
        "year_ending",
        re.compile(
            # (not "the half-year to June", "from January last year to June 2021")
            r"\b(?<!half-)(?<!half )(?<!last )(?<!this )(?<!next )(?<!calendar )"
            r"(?:(?:fiscal|financial|full) )?year (?:ending|ended|to) (?:on )?"
            rf"(?:{_DAY} )?{_MONTH}(?: {_day('day2')})?,? {_YEAR}\b"
        ),
    ),
    # ranges first: "March 4 to 9, 2021", "18th to 20th December, 2021", "the January-March period"
    (
        "month_day_range",
        re.compile(rf"\b{_MONTH} {_DAY}{_TO}{_day('day2')}\b(?:,? {_YEAR}\b| period\b)?"),
    ),
    (
        "day_range_month",
        re.compile(rf"\b{_DAY}{_TO}{_day('day2')} (?:of )?{_MONTH},?(?: {_YEAR}\b)?"),
    ),
    (
        "month_range",
        re.compile(
            # ("between April and September" too: `_resolve` asks for the "between")
            rf"\b{_FULL_MONTH}(?:\s*(?:-|–|to)\s*|(?P<and> and )){_month('month2')}\b"
            rf"(?: (?:period|quarter)\b)?(?: (?:of |in )?{_YEAR}\b)?"
        ),
    ),
    (
        "year_range",
        re.compile(
            rf"\b(?P<fy>(?:FY|[Ff]iscal [Yy]ear|[Ff]inancial [Yy]ear|[Bb]udget [Yy]ear) ?)?"
            rf"{_YEAR}\s*(?:-|–|/)\s*(?P<year2>(?:1[89]|20|21)\d{{2}}|\d{{2}})\b(?![-/.]\d)"
        ),
    ),
    ("iso", re.compile(rf"\b{_YEAR}-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH} {_DAY},? {_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAY}(?: of |[ -]){_MONTH}(?:,? |-){_YEAR}\b")),
    # "04/28/2011" in a US page header; day first where the first number is above 12
    ("slash_date", re.compile(r"\b(?P<a>\d\d?)/(?P<b>\d\d?)/(?P<year>(?:19|20)\d{2})\b")),
    # "16-08-2012", as press releases date themselves: the same, with dashes
    # (not a case or reference number: "Case No. 12-05-2019", "#10-12-2015")
    (
        "dash_date",
        re.compile(
            r"(?<!No\. )(?<!No )(?<!#)\b(?P<a>\d\d?)-(?P<b>\d\d?)-(?P<year>(?:19|20)\d{2})\b(?!-)"
        ),
    ),
    # "5.7.23", "30.06.2023": day, month and year with dots, as Europe and Africa write them
    # (never the US order); not a version or section number ("v5.7.23", "5.7.23.1")
    (
        "dotted_date",
        re.compile(
            r"(?<![\w.])(?<!ersion )(?<!elease )(?<!ection )(?<!rticle )(?<!hapter )(?<!lause )"
            r"(?P<day>\d\d?)\.(?P<month>\d\d?)\.(?P<year>(?:19|20)\d{2}|\d{2})(?![.\d]\d|\w)"
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"\b(?:the )?(?:(?P<year0>(?:1[89]|20|21)\d{{2}}) |(?P<rel0>last|this|next) year['’]s "
            rf"|(?P<ago>year-(?:ago|earlier)) )?{_QUARTER}{_WHICH_YEAR}?",
            re.IGNORECASE,
        ),
    ),
    ("quarter", re.compile(rf"\b(?P<q>Q[1-4])(?: ?(?:in )?{_YEAR}|(?= ?FY))?\b")),
    # "Quarter 3", "Quarter 2 of 2020": as statistics offices number them
    ("quarter", re.compile(rf"\bQuarter (?P<q>[1-4])\b{_WHICH_YEAR}?")),
    (
        "named_quarter",
        re.compile(
            r"\b(?:the )?(?:(?P<which>latest|most recent|last|past|current|this|next|coming)"
            r" quarter|(?P<latest>latest|most recent) (?:reporting )?period)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "half",
        re.compile(
            rf"\b(?:the )?(?P<h>first|second|1st|2nd|last)[- ]half\b(?: (?:of )?(?:the )?year\b)?{_WHICH_YEAR}?",
            re.IGNORECASE,
        ),
    ),
    ("half", re.compile(rf"\b(?P<h>H[12])(?: ?{_YEAR})?\b")),
    # "the first eight months of 2022", "the first 10 months this year": January on, of a year
    # the words name (without one it is no date: "in the first six months" of anything)
    (
        "first_months",
        re.compile(
            r"\b(?:the )?first (?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])"
            # ("of the year": the one the tense points to, as for "the first half of the year")
            rf" months(?:{_WHICH_YEAR}|(?P<the_year> of the year\b))",
            re.IGNORECASE,
        ),
    ),
    (
        "fiscal",
        re.compile(
            r"\b(?:(?P<q>Q[1-4]) ?)?(?:[Ff]iscal(?: year)?|FY) ?(?P<fyear>(?:19|20)\d{2}|\d{2})\b"
            r"(?:[-/](?P<fyear2>(?:19|20)\d{2}|\d{2})\b)?"
        ),
    ),
    # "this financial year", "the current fiscal year", "next fiscal year": of publication
    (
        "relative_fiscal",
        re.compile(
            r"\b(?P<dir>this|the current|next|the next|the coming|last|the last|the previous"
            r"|the past) (?:fiscal|financial|budget) year\b",
            re.IGNORECASE,
        ),
    ),
    # "the 2017 budget year", "the 2016 fiscal year": the year named before the words
    (
        "fiscal",
        re.compile(
            r"\b(?P<q>(?!))?(?P<fyear2>(?!))?(?P<fyear>(?:19|20)\d{2}) (?:fiscal|budget|financial) year\b"
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?P<dir>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]he|[Ee]arly|[Ll]ate|[Mm]id-)[ ]?)?"
            r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b"
            rf"(?:(?: of)? {_YEAR}\b)?"
        ),
    ),
    ("decade", re.compile(r"\b(?P<decade>(?:1[89]|20)\d0)['’]?s\b")),
    # a year as said in a broadcast transcript: "nineteen ninety-six", "the year two thousand"
    (
        "spoken_year",
        re.compile(
            r"\b(?:(?P<century>[Nn]ineteen|[Tt]wenty) (?P<tens>ten|eleven|twelve|thirteen|fourteen"
            r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            r"|seventy|eighty|ninety)(?:[- ](?P<unit>one|two|three|four|five|six|seven|eight"
            r"|nine)\b)?|[Tt]he year (?P<thousand>two thousand)(?: and)?(?: (?P<unit2>one|two"
            r"|three|four|five|six|seven|eight|nine|ten)\b)?)\b"
        ),
    ),
    ("month_year", re.compile(rf"\b{_MONTH},? (?:{_YEAR}|['‘’](?P<yy>\d\d))\b")),
    ("month_relative_year", re.compile(rf"\b{_FULL_MONTH} (?:of )?(?P<rel>last|this|next) year\b")),
    ("month_day", re.compile(rf"\b{_MONTH} {_DAY}\b(?!,? \d)")),
    ("day_month", re.compile(rf"\b{_DAY} (?:of )?{_MONTH}\b(?!,? \d)")),
    # (before the months: "the Fourth of July" is the holiday, not July)
    (
        "holiday",
        re.compile(
            r"\b(?:(?P<dir>[Ll]ast|[Nn]ext|[Tt]his) )?(?P<holiday>Christmas (?:Day|Eve)"
            r"|New Year['’]s (?:Day|Eve)|Thanksgiving(?: Day)?|Fourth of July|Boxing Day"
            r"|Valentine['’]s Day|Halloween)\b"
        ),
    ),
    (
        "month",
        re.compile(
            r"(?:(?:\b(?:[Ii]n|[Ff]or|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-|[Ee]nd of|[Tt]hrough|[Bb]efore|[Aa]fter|[Dd]uring|as soon as|days of|[Mm]iddle of|[Bb]eginning of|[Ss]tart of)|['’]s) |\b(?:[Mm]id|[Ll]ate|[Ee]arly)-)(?P<span>(?P<month>January|February|March|April|May|June|July|August|September|October|November|December))\b(?! \d)"
        ),
    ),
    # "the January sales", "a June agreement", "widespread January sales": a month before its
    # noun, after a determiner or another word of the noun phrase (not "the May government",
    # "the annual March for Life": names)
    (
        "month_modifier",
        re.compile(
            r"(?:(?<=\bA )|(?<=[a-z] ))(?P<span>(?P<month>January|February|March|April|June|July"
            r"|August|September|October|November|December))"
            r" (?=[a-z])(?!(?:of|to|and|or|through|for|on)\b)"
        ),
    ),
    ("relative_day", re.compile(r"\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b")),
    # holidays on a fixed day, or Thanksgiving (the fourth Thursday of November, as in the US)
    (
        "part_of_day",
        re.compile(r"\b(?P<dir>[Tt]his|[Ll]ast) (?P<part>morning|afternoon|evening|night)\b"),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<dir>last|next|this|on) )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)"
        ),
    ),
    ("weekend", re.compile(r"\b(?P<dir>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he) weekend\b")),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r" (?P<unit>day|week|month|year|decade)s? ago\b",
            re.IGNORECASE,
        ),
    ),
    # "for the year", "earlier in the year", "sales for the full year": the year of publication
    # (not "the year ended June 30", "the year he was born", "in the year since"; "year-end" is
    # left out: TimeML gives it as the year, its last month or its last day)
    (
        "the_year",
        re.compile(
            r"\b(?:[Ff]or|[Oo]f|[Dd]uring|[Tt]hroughout|[Ii]n) (?P<span>the (?:full |whole |entire )?"
            r"year)\b(?!['’-]| \d| (?:ended|ending|to|through|before|after|since|earlier|ago|later"
            r"|when|that|which|in|of|he|she|it|they|we|I|you|the|a|an)\b)"
        ),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(?P<dir>last|next|this|past|coming|previous|current) (?P<unit>year|month|week)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(
            rf"\b(?:[Ii]n|[Ss]ince|by|until|till|from|before|after|during|of|to|and|between|[Bb]etween|end|early|late|mid|year) (?P<span>{_YEAR})\b(?![-/]\d|\s*(?:percent|per cent|%))"
        ),
    ),
    # a year alone ("the 2019 elections", "2035"): checked by `_is_year` on each match
    (
        "bare_year",
        re.compile(r"\b(?P<year>(?:19|20)\d{2})\b(?![-/:]\d|[.,]\d|\s*(?:%|percent|per cent))"),
    ),
]

# A pattern that starts with a month name or digits runs several times faster without the
# leading \b (the regex engine then skips to the letters it can start with); the word
# boundary is checked on each match instead. Patterns with an optional first word do not gain.
_FAST_START = re.compile(r"\\b(?:\(\?P<(?:month|year|day|a|decade)>|\(\?P<q>Q|\(\?P<h>H)")
PATTERNS = [
    (
        kind,
        re.compile(p.pattern.removeprefix("\\b"), p.flags) if _FAST_START.match(p.pattern) else p,
    )
    for kind, p in _PATTERNS
]


# Anchors several kinds share, each found once per article (`_scan_patterns`): a month's name
# as `_month` writes it (every full month name starts with one), and a year.
_MONTH_ANCHOR = re.compile(_month("anchor"))
_YEAR_ANCHOR = re.compile(r"(?:1[89]|20|21)\d{2}")

# The patterns that start with an optional word or one of several words ("last Monday",
# "in 2015") make the regex engine try every position of the text. They are tried only where
# they can start: the given numbers of characters (each word before and its space) before
# what follows those words, found by a pattern that starts with a character set (see
# `finditer_anchored`). Words looked for in the lowercased text for a pattern that ignores case.
_ANCHORS: dict[str, tuple[re.Pattern[str], tuple[int, ...]]] = {
    # the patterns that start with the month ("March 4 to 9", "January-March", "May 2021")
    **{
        kind: (_MONTH_ANCHOR, (0,))
        for kind in (
            "month_day_range",
            "month_range",
            "month_day_year",
            "month_year",
            "month_relative_year",
            "month_day",
        )
    },
    # and with the year ("2021-03-04", "2019")
    "iso": (_YEAR_ANCHOR, (0,)),
    "bare_year": (_YEAR_ANCHOR, (0,)),
    # "'s", "In", "By", "To" | "For" | "From", "Last", "Next", "This", "Late", "Mid-" | "Since",
    # "Until", "Early", "After" | "End of", "Before", "During" | "Through", "days of" |
    # "start of" | "middle of" | "as soon as" | "beginning of", each with a space, before the
    # month; or "mid-" | "late-" | "early-" right before it
    # (at the starts of the months as `_month` writes them, which every full name starts as:
    # found once for the kinds above, they are a few more starts than the full names' only)
    "month": (_MONTH_ANCHOR, (3, 4, 5, 6, 7, 8, 9, 10, 11, 13)),
    # the month (what stands before it is looked behind)
    "month_modifier": (_MONTH_ANCHOR, (0,)),
    # nothing | "on " | "last ", "next ", "this " before the weekday
    "weekday": (re.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"), (0, 3, 5)),
    # "last ", "next ", "this ", "past " | "coming " | "current " | "previous " before "year",
    # "month" or "week", any case
    "relative_period": (re.compile("year|month|week"), (5, 7, 8, 9)),
    # "in", "of", "to", "by" | "and", "end", "mid" | "till", "from", "late", "year" | "since",
    # "until", "after", "early" | "before", "during" | "between", with a space, before the year
    "year": (_YEAR_ANCHOR, (3, 4, 5, 6, 7, 8)),
    # nothing | "the ", "mid-" | "last ", "this ", "next ", "late " | "early " | "this past "
    # before the season
    # (the anchor starts with a character set, which the engine skips to; it finds those
    # words and a few others: the pattern is tried there only to fail)
    "season": (re.compile("[SsAaFfWw](?:pring|ummer|utumn|all|inter)"), (0, 4, 5, 6, 10)),
    # nothing | "FY" | "FY " | "Fiscal Year ", "budget year " | "financial year " before the
    # first year of "2015-2016", "FY 2019/20", "Fiscal Year 2022/2023"
    "year_range": (_YEAR_ANCHOR, (0, 2, 3, 12, 15)),
    # the number (1 to 6 characters: "3", "a", "twelve"), a space, the unit (3 to 6: "day",
    # "decade") perhaps in the plural and a space before "ago", any case
    "ago": (re.compile("ago"), tuple(range(6, 16))),
    # "the " or nothing, the word (4 to 11 characters: "last", "most recent") and a space
    # before "quarter"; or "the most recent reporting " (26) before "period", any case
    "named_quarter": (re.compile("quarter|period"), tuple(range(5, 27))),
    "relative_day": (re.compile("[YyTt](?:esterday|oday|omorrow|onight)"), (0,)),
    "part_of_day": (re.compile("morning|afternoon|evening|night"), (5,)),  # "this ", "last "
    "weekend": (re.compile("weekend"), (4, 5)),  # "the " | "this ", "last ", "next "
    # "of the ", "in the " | "for the " | "during the " | "throughout the ", then perhaps
    # "full ", "whole " or "entire ", before "year"
    "the_year": (re.compile("year"), (7, 8, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22)),
    # the day (1 to 4 characters: "3", "03", "21st"), then " ", " of " or "-" before the month
    "day_month_year": (_MONTH_ANCHOR, tuple(range(2, 9))),
    "day_month": (_MONTH_ANCHOR, tuple(range(2, 9))),  # " " or " of "
    # the dots, the month and the first two digits of the year, after the day (1 or 2 digits):
    # a period, which the engine skips to, is rarer than a digit
    "dotted_date": (re.compile(r"\.\d\d?\.\d\d"), (1, 2)),
    # the same with dashes: its lookbehinds ("No. ", "#") made the engine try every position
    "dash_date": (re.compile(r"-\d\d?-(?:19|20)\d\d"), (1, 2)),
}
# The same for the patterns that ignore case (where a kind's other pattern does not and starts
# with a plain letter: "Q1 2020", "H1"): any case, so looked for in the lowercased text.
_CASELESS_ANCHORS: dict[str, tuple[re.Pattern[str], tuple[int, ...]]] = {
    # "the " or nothing before "first" ("the first eight months of 2019")
    "first_months": (re.compile("first"), (0, 4)),
    # "the " or nothing, then nothing, "2019 " (5), "year-ago " (9), "last year's " (12) or
    # "year-earlier " (13), then the ordinal (3 to 6 characters: "1st", "second") and a space
    # or hyphen before "quarter"
    "quarter": (re.compile("quarter"), tuple(range(4, 25))),
    # "the " or nothing, the ordinal (3 to 6 characters: "1st", "second") and a space or hyphen
    # before "half"
    "half": (re.compile("half"), tuple(range(4, 12))),
}


_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_STARTS_ANY_CASE = _MONTH_STARTS + tuple(m.upper() for m in _MONTH_STARTS)
# Words without which a pattern cannot match: a text that has none of them is not scanned
# for it (most articles never say "quarter"). Lowercase words are looked for in the
# lowercased text, for the patterns that ignore case; others as written.
_REQUIRED_WORDS: dict[str, tuple[str, ...]] = {
    "month_day_range": _MONTH_STARTS,
    "day_range_month": _MONTH_STARTS_ANY_CASE,
    "month_range": _MONTH_STARTS,
    "day_month_year": _MONTH_STARTS_ANY_CASE,
    "day_month": _MONTH_STARTS_ANY_CASE,
    "slash_date": ("/",),
    "dash_date": ("-",),
    "dotted_date": (".",),
    "quarter": (
        "quarter",
        "Quarter",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
    ),  # "the first quarter of 2020", "Q1 2020"
    "named_quarter": ("quarter", "period"),
    "half": ("half", "H1", "H2"),
    "first_months": ("months",),
    "year_ending": ("year end", "year to"),
    "fiscal": ("iscal", "FY", "budget year", "financial year"),
    "relative_fiscal": ("iscal year", "budget year", "financial year"),
    "season": ("pring", "ummer", "utumn", "Fall", "fall", "inter"),
    "decade": ("0s", "0's", "0’s"),
    "spoken_year": ("ineteen ", "wenty ", "two thousand"),
    "month_relative_year": (" year",),
    "relative_day": ("esterday", "oday", "omorrow", "onight"),
    "holiday": (
        "Christmas",
        "New Year",
        "Thanksgiving",
        "Fourth of July",
        "Boxing Day",
        "Valentine",
        "Halloween",
    ),
    "part_of_day": ("morning", "afternoon", "evening", "night"),
    "weekend": ("weekend",),
    "the_year": ("the year", "the full year", "the whole year", "the entire year"),
    "ago": ("ago",),
}


@dataclass(frozen=True)
class _Context:
    text: str
    published: date | None
    country: str | None  # ISO 3166-1 alpha-3 of the article, for fiscal years and "04/05/2021"

    @cached_property
    def counts_fiscal_years(self) -> bool:
        return FISCAL_WORDS.search(self.text) is not None


# `re.IGNORECASE` as a plain int: `pattern.flags & re.IGNORECASE` goes through the enum's
# operators, which cost more than the rest of a small article's setup here.
_IGNORECASE = re.IGNORECASE.value


# At least this many required words are looked for with one pattern of them all (the month
# starts, in capitals too): a text without any is read once, not once for each word, three
# times faster; with fewer words, a substring test each is faster than a pattern.
MANY_WORDS = 12


@cache
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in words))


def _holds_any(haystack: str, words: tuple[str, ...]) -> bool:
    """`any(word in haystack for word in words)`. Words that all open with the same character
    ("the year", "the full year"; "0s", "0's") are looked for with one pattern too: the engine
    skips from one place of that character to the next, reading the text once where each
    substring test read all of it (two to six times faster)."""
    if len(words) >= MANY_WORDS or _shared_opening(words):
        return _any_word(words).search(haystack) is not None
    return any(word in haystack for word in words)


@cache
def _shared_opening(words: tuple[str, ...]) -> bool:
    """Whether several `words` all open with the same character."""
    return len(words) > 1 and len({word[:1] for word in words}) == 1


def _anchor_words(anchor: re.Pattern[str]) -> frozenset[str]:
    """The words of an anchor that is a plain alternation of them ("quarter|period"), found by
    substring search (see `scan.anchor_starts`); none for another anchor."""
    plain = anchor.flags == re.compile("").flags and SMALL_WORDS.fullmatch(anchor.pattern)
    return frozenset(anchor.pattern.split("|")) if plain else frozenset()


# The patterns (kind, ignores case) anchored by a plain alternation of some of their required
# words ("ago", "weekend", "quarter"): where none of those is found, the anchor's substring
# search finds none either and the pattern is tried nowhere, so the required words need no
# test of their own (a test of each, for each article, that cost more than that search).
_ANCHORED_BY_REQUIRED_WORDS = frozenset(
    (kind, ignores_case)
    for kind, words in _REQUIRED_WORDS.items()
    for ignores_case, anchors in ((False, _ANCHORS), (True, {**_CASELESS_ANCHORS, **_ANCHORS}))
    if kind in anchors
    and _anchor_words(anchors[kind][0]) <= set(words)
    and _anchor_words(anchors[kind][0])
)


def _patterns_to_scan(text: str, lowered: str | None) -> list[tuple[str, re.Pattern[str]]]:
    """`PATTERNS` without those whose required words `text` (lowercased: `lowered`) lacks."""
    kept = []
    held: dict[int, bool] = {}  # several kinds need the same words
    for kind, pattern, ignores_case, words, key in _scan_plan():
        if words is not None:
            haystack = lowered if ignores_case else text
            if haystack is None:
                kept.append((kind, pattern))
                continue
            if key not in held:
                held[key] = _holds_any(haystack, words)
            if not held[key]:
                continue
        kept.append((kind, pattern))
    return kept


@cache
def _scan_plan() -> list[tuple[str, re.Pattern[str], bool, tuple[str, ...] | None, int]]:
    """For each of `PATTERNS`: (kind, pattern, whether it ignores case, the required words to
    test, or None when none are, and a number for each pair of case and words), read once
    rather than for each article (looking up, hashing a tuple of 24 words)."""
    plan = []
    keys: dict[tuple[bool, tuple[str, ...]], int] = {}
    for kind, pattern in PATTERNS:
        words = _REQUIRED_WORDS.get(kind)
        ignores_case = bool(pattern.flags & _IGNORECASE)
        if not words or (kind, ignores_case) in _ANCHORED_BY_REQUIRED_WORDS:
            words = None
        key = keys.setdefault((ignores_case, words), len(keys)) if words is not None else -1
        plan.append((kind, pattern, ignores_case, words, key))
    return plan


def _matches(
    kind: str,
    pattern: re.Pattern[str],
    text: str,
    lowered: str | None,
    anchors: dict[tuple[int, bool], list[int]] | None = None,
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, tried only where a match can start for the kinds in `_ANCHORS`
    (and `_CASELESS_ANCHORS`). `anchors` keeps where each anchor matches in this text, found
    by the first kind that asks (several share one: a month, a year)."""
    anchors = {} if anchors is None else anchors
    ignores_case = bool(pattern.flags & _IGNORECASE)
    anchored = _ANCHORS.get(kind) or (_CASELESS_ANCHORS.get(kind) if ignores_case else None)
    if anchored is None:
        return pattern.finditer(text)
    anchor, offsets = anchored
    haystack = lowered if ignores_case else text
    if haystack is None:
        return pattern.finditer(text)
    key = (id(anchor), ignores_case)  # (by id: a compiled pattern's hash reads all its code)
    if key not in anchors:
        anchors[key] = list(anchor_starts(anchor, haystack))
    if not anchors[key]:
        return iter(())  # (no anchor, no match: four kinds in ten of an article)
    return finditer_before(pattern, text, anchors[key], offsets)


def _scan_patterns(text: str) -> list[tuple[str, list[re.Match[str]]]]:
    """(kind, every match) of each of `PATTERNS` in `text`, in their order: found once, as the
    full dates are read both for the day the article speaks from and as dates."""
    lowered = lowercase_for_search(text)
    anchors: dict[tuple[int, bool], list[int]] = {}
    return [
        (kind, list(_matches(kind, pattern, text, lowered, anchors)))
        for kind, pattern in _patterns_to_scan(text, lowered)
    ]


def _at_word_start(text: str, position: int) -> bool:
    return position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_")


def _month_number(token: str) -> int:
    key = token.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _months(year: int, first: int, last: int) -> str:
    """ "2019-07/2019-09": months `first` to `last` of `year` (months past 12 run into the next year)."""
    start = _iso_month(year + (first - 1) // 12, (first - 1) % 12 + 1)
    end = _iso_month(year + (last - 1) // 12, (last - 1) % 12 + 1)
    return f"{start}/{end}"


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_date(weekday: str, published: date, direction: str | None, forward: bool) -> date:
    target = WEEKDAYS.index(weekday.lower())
    if target == published.weekday() and direction not in ("next", "last"):
        return published  # "on Saturday" in a Saturday story is that day
    if direction == "next" or (forward and direction != "last"):
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    back = (published.weekday() - target) % 7
    if direction == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


# A weekday named with a possessive or after "since"/"from" is one already past.
POSSESSIVE_OR_SINCE = re.compile(r"['’]s\b")
# A possessive weekday before the name of a newspaper is an edition ("in Friday's Sueddeutsche
# Zeitung daily", "told Sunday's Observer."), which a wire story quotes the day before it is
# out as often as after: the nearer day, whatever the tense (not "Tuesday's Senate vote")
EDITION_AFTER = re.compile(
    r"['’]s (?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*(?=[,.;:)]| (?:daily|newspaper|paper|edition|issue"
    r"|weekly|magazine|reported|wrote|said|quoted|cited|published)\b)"
)
EVERY_BEFORE = re.compile(r"\b(?:[Ee]ach|[Ee]very)\s+$")
# "Monday nights", "Monday and Tuesday nights": a part of every such day, a recurring set
PLURAL_PART_AFTER = re.compile(
    r"(?:(?:,| and| or) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,3}"
    r" (?:nights|mornings|afternoons|evenings)\b"
)
# A capitalized word right before "Today" in a sentence: a name ("told USA Today")
NAME_BEFORE = re.compile(r"(?<![.!?:\"“”] )(?<!^)\b[A-Z][A-Za-z]* $")
# "today's world", "today's youth": the present age (not "today's vote")
GENERIC_TODAY = re.compile(
    r"['’]s (?:(?:fast-changing|modern|complex|global|young|digital) )?(?:world|society|youth"
    r"|young people|generation|children|kids|era|age)\b"
)
SINCE_BEFORE = re.compile(r"\b(?:[Ss]ince|from|[Uu]p from|[Dd]own from|[Ss]ince last)\s+$")
# A word right before a date that puts it in the future unless the verb is past: "by June 30".
FUTURE_PREPOSITION = re.compile(r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore)\s+$")


DURATION_BEFORE = re.compile(r"\b[Tt]he $")
BETWEEN_BEFORE = re.compile(r"\b[Bb]etween $")
SINCE = re.compile(r"\b[Ss]ince\s+$")


# A verb that moves a time limit, then "until"/"through" right before the date: the new limit
# is still to come, whatever the verb's tense ("postponed until Tuesday", "has extended the
# loans through January")
DEFERRED_UNTIL = re.compile(
    r"\b(?:[Ee]xtend|[Pp]ostpon|[Dd]elay|[Dd]efer|[Aa]djourn)[a-z]*\b[^.;!?\n]{0,80}?"
    r"\b(?:until|till|through)\s+$"
)


def _tense(ctx: _Context, start: int, end: int) -> str | None:
    if SINCE.search(ctx.text, max(0, start - 7), start):
        return "past"  # "has been allowed to inspect since Jan. 13": what began is past
    if DEFERRED_UNTIL.search(ctx.text, max(0, start - 110), start):
        return "future"
    tense = governing_tense(ctx.text, start, end)
    if tense is None and FUTURE_PREPOSITION.search(ctx.text, max(0, start - 8), start):
        return "future"
    return tense


def _nearest_year(
    month: int, day: int, published: date, tense: str | None, *, stated: bool = False
) -> date | None:
    """The `month`/`day` of the year before, of or after publication that the tense points to.

    Future: on or after publication; past: on or before; no tense, the nearest. A tense
    that would put the date most of a year away while one within two months on the other side
    exists is a misread tense ("agreed to" in a report of what was agreed last week), unless
    the text `stated` it ("last Halloween").
    """
    days = [d for y in (-1, 0, 1) if (d := _valid_day(published.year + y, month, day))]
    if not days:
        return None
    nearest = min(days, key=lambda d: (abs((d - published).days), d > published))
    if tense == "future":
        chosen = min((d for d in days if d >= published), default=nearest)
    elif tense == "past":
        chosen = max((d for d in days if d <= published), default=nearest)
    else:
        chosen = nearest
    if (
        not stated
        and abs((chosen - published).days) > 180
        and abs((nearest - published).days) <= 62
    ):
        return nearest
    return chosen


HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1)}
HOLIDAYS["new year's eve"] = (12, 31)
HOLIDAYS["fourth of july"] = (7, 4)
HOLIDAYS["boxing day"] = (12, 26)
HOLIDAYS["valentine's day"] = (2, 14)
HOLIDAYS["halloween"] = (10, 31)


STATED = ("last", "next")  # words that state which one: never a misread tense


def _holiday(
    name: str, direction: str, published: date, ctx: _Context, m: re.Match[str]
) -> date | None:
    """The day of "Christmas Day", "last Thanksgiving": the year by the word before it or the
    tense, as a month and day without a year (`_nearest_year`)."""
    tense = {"last": "past", "next": "future"}.get(direction) or _tense(ctx, m.start(), m.end())
    key = name.lower().replace("’", "'")
    if key in HOLIDAYS:
        return _nearest_year(*HOLIDAYS[key], published, tense, stated=direction in STATED)
    days = []  # Thanksgiving: the fourth Thursday of November of the year before, of or after
    for year in (published.year - 1, published.year, published.year + 1):
        first = date(year, 11, 1)
        days.append(first + timedelta(days=(3 - first.weekday()) % 7 + 21))
    if tense == "past" or (tense is None and direction == "this" and days[1] <= published):
        return max(d for d in days if d <= published)
    if tense == "future":
        return min(d for d in days if d >= published)
    return min(days, key=lambda d: (abs((d - published).days), d > published))


def _period_bounds(year: int, first: int, length: int) -> tuple[date, date]:
    """The first and last days of months `first` .. `first + length - 1` of `year` (past 12
    into the next year)."""
    last = first + length - 1
    start = date(year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
    after = date(year + last // 12, last % 12 + 1, 1)  # the first day after the period
    return start, after - timedelta(days=1)


def _period_year(first: int, length: int, published: date, tense: str | None) -> int:
    """The year of a period named without one: months `first` .. `first + length - 1` (past 12
    into the next year) of the year before, of or after publication.

    Future: one not over at publication; past: one begun by then; no tense, the nearest
    (the one holding the publication date, else the nearer edge, the past one on a tie). As
    for days (`_nearest_year`), a tense that puts the period most of a year away while one
    within two months lies the other way is a misread tense.
    """

    def bounds(year: int) -> tuple[date, date]:
        return _period_bounds(year, first, length)

    def distance(year: int) -> int:
        start, end = bounds(year)
        return (
            0
            if start <= published <= end
            else min(abs((start - published).days), abs((end - published).days))
        )

    years = [published.year - 1, published.year, published.year + 1]
    nearest = min(years, key=lambda y: (distance(y), bounds(y)[0] > published))
    if tense == "future":
        chosen = min((y for y in years if bounds(y)[1] >= published), default=nearest)
    elif tense == "past":
        chosen = max((y for y in years if bounds(y)[0] <= published), default=nearest)
    else:
        chosen = nearest
    if distance(chosen) > 150 and distance(nearest) <= 62:
        return nearest
    return chosen


def _relative_month_year(month: int, published: date, tense: str | None, before: str) -> int:
    """The year of a month named without one: "in March" read in a story of `published`."""
    if before == "next":
        return published.year + (month <= published.month)
    if before == "last":
        return published.year - (month >= published.month)
    if before == "this":
        return published.year
    return _period_year(month, 1, published, tense)


def _which_year(groups: dict, published: date | None) -> int | None:
    """The year a "of 2019" / "of this year" / "last year" group names, if any."""
    if groups.get("year"):
        return int(groups["year"])
    rel = (groups.get("rel") or "").lower()
    if rel and published is not None:
        return published.year + STEPS.get(rel, 0)
    return None


def _two_digit_year(yy: str, century_of: int) -> int:
    return century_of // 100 * 100 + int(yy)


@cache
def _fiscal_years() -> dict[str, tuple[int, str]]:
    """Country -> (first month of its fiscal year, whether a year is named by its start or end)."""
    return {
        row["alpha3"]: (int(row["first_month"]), row["named_by"])
        for row in read_table("fiscal_years.csv")
    }


def _fiscal_months(country: str | None, named: int) -> tuple[int, int] | None:
    """(year, first month) where fiscal year `named` starts in `country`; None without a rule."""
    rule = _fiscal_years().get(country or "")
    if rule is None:
        return None
    first, named_by = rule
    return (named - 1 if named_by == "end" else named), first


FISCAL_WORDS = re.compile(r"\b(?:FY|[Ff]iscal)")
# Words of money, budgets and the economy near a "2008-09" that make it a fiscal year (as
# governments, central banks and statistics offices of those countries count years)
BUDGET_WORDS = re.compile(
    r"\b(?:[Bb]udget|[Ff]iscal|[Ff]inancial|[Aa]llocat\w*|[Ee]xpenditure|[Ss]pending|[Rr]evenue"
    r"|[Dd]eficit|[Cc]rore|[Ll]akh|[Ss]cheme|[Gg]rants?|[Ff]unds?|Rs\.?|[Tt]ax|GDP|[Gg]rowth"
    r"|[Ii]nflation|[Ee]xports?|[Ii]mports?|[Ee]conom\w*)\b|[₹$£€]"
)


def _fiscal_quarter(quarter: int, ctx: _Context) -> str | None:
    """ "Q2" in an article that counts in fiscal years ("FY25", "fiscal 2025") of a country whose
    fiscal year is not the calendar year: that quarter of the fiscal year of publication."""
    rule = _fiscal_years().get(ctx.country or "")
    if rule is None or ctx.published is None or not ctx.counts_fiscal_years:
        return None
    first_month = rule[0]
    start_year = ctx.published.year - (ctx.published.month < first_month)
    first = first_month + 3 * (quarter - 1)
    return _months(start_year, first, first + 2)


def _quarter_value(year: int, quarter: int) -> str:
    return _months(year, 3 * quarter - 2, 3 * quarter)


def _relative_quarter(quarter: int, ctx: _Context, start: int, end: int) -> str | None:
    if ctx.published is None:
        return None
    year = _period_year(3 * quarter - 2, 3, ctx.published, _tense(ctx, start, end))
    return _quarter_value(year, quarter)


NEAR_DAYS = 1  # days before publication within which a page's date line is its own
# A line that is a date and little else: a label ("Published:", "Updated"), the date, a time
DATE_LINE = re.compile(
    r"\s*(?:[A-Za-z]+(?: [A-Za-z]+)?\s*:?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"(?:\s*[|,-]?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\s*"
)


def _line_around(text: str, start: int, end: int) -> str:
    """The line that holds `text[start:end]`."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def _resolve(kind: str, m: re.Match[str], ctx: _Context) -> tuple[str, str, bool] | None:
    """(value, granularity, relative) for one match, or None if it is not a real date."""
    groups = m.groupdict()
    published = ctx.published
    if kind in ("iso", "month_day_year", "day_month_year"):
        year = int(groups["year"])
        month = int(groups["month"]) if kind == "iso" else _month_number(groups["month"])
        day = _valid_day(year, month, int(groups["day"]))
        return (day.isoformat(), "day", False) if day else None
    if kind == "dotted_date":
        year = int(groups["year"])
        if year < 100:  # "23": the century that puts it nearest the article (else this one)
            year += 2000 if year <= ((published.year if published else 2000) + 10) % 100 else 1900
        day = _valid_day(year, int(groups["month"]), int(groups["day"]))
        return (day.isoformat(), "day", False) if day else None
    if kind in ("slash_date", "dash_date"):
        a, b, year = int(groups["a"]), int(groups["b"]), int(groups["year"])
        month_first = ctx.country in (None, "USA", "PHL", "CAN") if a <= 12 and b <= 12 else a <= 12
        if (
            a <= 12
            and b <= 12
            and a != b
            and published is not None
            and DATE_LINE.fullmatch(_line_around(ctx.text, m.start(), m.end())) is not None
        ):
            # "Published: 7/11/2025" on a page of 11 July 2025: a date alone on its line (a
            # label or a time beside it) that one reading makes the page's own day or the day
            # before is read so, whatever the country's order
            near = [
                first
                for first, reading in ((True, (a, b)), (False, (b, a)))
                if (d := _valid_day(year, *reading)) and 0 <= (published - d).days <= NEAR_DAYS
            ]
            if len(near) == 1:
                month_first = near[0]
        month, number = (a, b) if month_first else (b, a)
        day = _valid_day(year, month, number)
        return (day.isoformat(), "day", False) if day else None
    if kind in ("month_day_range", "day_range_month"):
        month = _month_number(groups["month"])
        first, last = int(groups["day"]), int(groups["day2"])
        if last <= first:
            return None
        if groups["year"]:
            year, relative = int(groups["year"]), False
        elif published is None:
            return None
        else:
            tense = _tense(ctx, m.start(), m.end())
            anchor = _nearest_year(month, first, published, tense)
            if anchor is None:
                return None
            year, relative = anchor.year, True
        start, end = _valid_day(year, month, first), _valid_day(year, month, last)
        if start is None or end is None:
            return None
        return f"{start.isoformat()}/{end.isoformat()}", "period", relative
    if kind == "month_range":
        if groups["and"] and not BETWEEN_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            return None  # "in April and September": two months
        first, last = _month_number(groups["month"]), _month_number(groups["month2"])
        if groups["year"]:
            year, relative = int(groups["year"]), False
        elif published is None:
            return None
        else:
            tense = _tense(ctx, m.start(), m.end())
            length = (last - first) % 12 + 1
            year, relative = _period_year(first, length, published, tense), True
        return _months(year, first, last if last > first else last + 12), "period", relative
    if kind == "year_range":
        first = int(groups["year"])
        second = groups["year2"]
        last = int(second) if len(second) == 4 else _two_digit_year(second, first)
        if not first < last <= first + 30:
            return None
        # "FY2015/2016": the fiscal year that starts in 2015; "2008-09" too, where fiscal
        # years start in April or July and are named so (India, Kenya, Australia: not the US,
        # where "2008-09" is more often a season)
        fiscal = _fiscal_months(ctx.country, last)
        named_as_fiscal = (
            fiscal is not None
            and fiscal[1] in (4, 7, 8)
            # ("2008-09", and "2018/2019" with its slash: a year whose second half is named;
            # "2018-2019" is as often two whole years)
            and (len(second) == 2 or ctx.text[m.end("year2") - 5] == "/")
            and last == first + 1
            and groups["fy"] is None
            # (a budget's year, not "the 2019-20 bushfires" or "the 2010-11 Ashes")
            and BUDGET_WORDS.search(ctx.text, max(0, m.start() - 100), m.end() + 100) is not None
        )
        if fiscal is not None and (groups["fy"] or named_as_fiscal):
            month = fiscal[1]
            return _months(first, month, month + 11), "period", False
        return f"{first}/{last}", "period", False
    if kind == "month_year":
        if groups["year"]:
            year = int(groups["year"])
        elif published is None:
            return None
        else:  # "November ’23"
            year = _two_digit_year(groups["yy"], published.year)
        return _iso_month(year, _month_number(groups["month"])), "month", False
    if kind == "quarter":
        quarter = QUARTER_WORDS.get(groups["q"].lower()) or int(groups["q"][-1])
        year = int(groups["year0"]) if groups.get("year0") else _which_year(groups, published)
        if groups.get("rel0") and published is not None:  # "last year's third quarter"
            year = published.year + STEPS[groups["rel0"].lower()]
        if groups.get("ago"):  # "the year-ago third quarter": that quarter a year before
            value = _relative_quarter(quarter, ctx, m.start(), m.end())
            return (_quarter_value(int(value[:4]) - 1, quarter), "period", True) if value else None
        fiscal = _fiscal_quarter(quarter, ctx) if groups["q"][0] == "Q" and year is None else None
        if fiscal is not None:
            return fiscal, "period", True
        if year is None:
            value = _relative_quarter(quarter, ctx, m.start(), m.end())
            return (value, "period", True) if value else None
        relative = not (groups.get("year0") or groups.get("year"))
        return _quarter_value(year, quarter), "period", relative
    if kind == "named_quarter":
        if published is None:
            return None
        which = (groups["which"] or groups["latest"]).lower()  # "the latest period": a quarter
        step = {"latest": -1, "most recent": -1}.get(which, STEPS.get(which, 0))
        index = published.year * 4 + (published.month - 1) // 3 + step
        return _quarter_value(index // 4, index % 4 + 1), "period", True
    if kind == "half":
        if groups["h"].lower() == "last" and not _which_year(groups, published):
            return None  # "the last half of 1989" is its second half; "the last half" alone is not
        half = (
            2
            if groups["h"].lower() == "last"
            else ORDINALS.get(groups["h"].lower()) or int(groups["h"][1])
        )
        year = _which_year(groups, published)
        relative = not groups.get("year")
        if year is None:
            if published is None:
                return None
            year = _period_year(6 * half - 5, 6, published, _tense(ctx, m.start(), m.end()))
        return _months(year, 6 * half - 5, 6 * half), "period", relative
    if kind == "year_ending":
        month, year = _month_number(groups["month"]), int(groups["year"])
        return _months(year - 1, month + 1, month + 12), "period", False
    if kind == "first_months":
        year = _which_year(groups, published)
        count = NUMBER_WORDS.get(groups["n"].lower()) or int(groups["n"])
        if year is None and groups.get("the_year") and published is not None:
            year = _period_year(1, count, published, _tense(ctx, m.start(), m.end()))
        if year is None:
            return None
        return _months(year, 1, count), "period", not groups.get("year")
    if kind == "fiscal":
        named = groups["fyear2"] or groups["fyear"]
        century = published.year if published else 2000
        year = int(named) if len(named) == 4 else _two_digit_year(named, century)
        fiscal = _fiscal_months(ctx.country, year)
        if fiscal is not None and groups["fyear2"]:  # "FY 2019/2020": starts in 2019
            fiscal = (year - 1, fiscal[1])
        if fiscal is None:
            if groups["q"]:
                return _quarter_value(year, int(groups["q"][1])), "period", False
            return str(year), "year", False
        start_year, first = fiscal
        if groups["q"]:
            first += 3 * (int(groups["q"][1]) - 1)
            return _months(start_year, first, first + 2), "period", False
        return _months(start_year, first, first + 11), "period", False
    if kind == "relative_fiscal":
        # the fiscal year that holds the publication date, or the one after or before it, in
        # a country known to the article (a calendar year where no rule says otherwise)
        if published is None or ctx.country is None:
            return None
        direction = groups["dir"].lower()
        shift = (
            1
            if direction in ("next", "the next", "the coming")
            else -1
            if direction in ("last", "the last", "the previous", "the past")
            else 0
        )
        rule = _fiscal_years().get(ctx.country)
        first = rule[0] if rule else 1
        start_year = published.year - (published.month < first) + shift
        return _months(start_year, first, first + 11), "period", True
    if kind == "season":
        season = groups["season"].lower()
        direction = (groups["dir"] or "").lower()
        if season == "fall" and not (
            groups["year"] or direction in ("last", "this", "next", "this past")
        ):
            return None  # "prices fall", "the fall of the wall": a verb or a noun
        if not (groups["year"] or direction):
            return None  # "a spring of water": only a season someone dates
        code = SEASONS[season]
        if groups["year"]:
            year, relative = int(groups["year"]), False
        elif published is None:
            return None
        elif (
            direction == "this"
        ):  # the season of this year (this winter: the one begun in December)
            year, relative = published.year - (code == "WI" and published.month <= 2), True
        elif direction in ("last", "this past", "next"):
            # "last summer": the latest one over by publication (in April, the year before's);
            # "this past summer": the same, or the one under way once in its last month (a late
            # August story's is this year's, an early June story's last year's); "next
            # summer": the first one not begun
            first, relative = SEASON_FIRST_MONTH[code], True
            years = range(published.year - 2, published.year + 2)
            if direction == "last":
                year = max(y for y in years if _period_bounds(y, first, 3)[1] < published)
            elif direction == "this past":
                year = max(
                    y for y in years if _period_bounds(y, first, 3)[1].replace(day=1) <= published
                )
            else:
                year = min(y for y in years if _period_bounds(y, first, 3)[0] > published)
        else:
            first = SEASON_FIRST_MONTH[code]
            year = _period_year(first, 3, published, _tense(ctx, m.start(), m.end()))
            relative = True
        first = SEASON_FIRST_MONTH[code]
        return _months(year, first, first + 2), "period", relative
    if kind == "spoken_year":
        if groups["thousand"]:
            return str(2000 + SPOKEN_NUMBERS.get(groups["unit2"] or "", 0)), "year", False
        century = SPOKEN_NUMBERS[groups["century"].lower()] * 100
        year = (
            century + SPOKEN_NUMBERS[groups["tens"]] + SPOKEN_NUMBERS.get(groups["unit"] or "", 0)
        )
        return str(year), "year", False
    if kind == "decade":
        first = int(groups["decade"])
        return f"{first}/{first + 9}", "period", False
    if kind == "year":
        return groups["year"], "year", False
    if kind == "bare_year":
        return (groups["year"], "year", False) if _is_year(ctx, m) else None
    if published is None:
        return None
    if kind in ("month_day", "day_month"):
        month, number = _month_number(groups["month"]), int(groups["day"])
        day = _nearest_year(month, number, published, _tense(ctx, m.start(), m.end()))
        return (day.isoformat(), "day", True) if day else None
    if kind in ("month", "month_modifier"):
        if EVERY_BEFORE.search(ctx.text, max(0, m.start("span") - 6), m.start("span")):
            return None  # "Orangemen march each July": a recurring set, no date
        month = _month_number(groups["month"])
        before = ctx.text[max(0, m.start()) : m.start("span")].strip().lower()
        tense = _tense(ctx, m.start("span"), m.end())
        return (
            _iso_month(_relative_month_year(month, published, tense, before), month),
            "month",
            True,
        )
    if kind == "month_relative_year":
        year = published.year + STEPS[groups["rel"].lower()]
        return _iso_month(year, _month_number(groups["month"])), "month", True
    if kind == "holiday":
        day = _holiday(groups["holiday"], (groups["dir"] or "").lower(), published, ctx, m)
        return (day.isoformat(), "day", True) if day else None
    if kind == "relative_day":
        if GENERIC_TODAY.match(ctx.text, m.end()):
            return None  # "today's world", "the youth of today": the present age, not a day
        if m.group()[0] == "T" and NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None  # "USA Today", "Russia Today": the word ends a name
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[groups["rel"].lower()]
        return (published + timedelta(days=offset)).isoformat(), "day", True
    if kind == "part_of_day":
        offset = -1 if groups["dir"].lower() == "last" and groups["part"] == "night" else 0
        return (published + timedelta(days=offset)).isoformat(), "day", True
    if kind == "weekday":
        direction = (groups["dir"] or "").lower() or None
        tense = _tense(ctx, m.start("weekday"), m.end())
        if direction is None and EVERY_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
            return None  # "each Thursday": a recurring set, no date
        if direction in (None, "on") and PLURAL_PART_AFTER.match(ctx.text, m.end()):
            return None  # "flights on Monday and Tuesday nights": every such night
        if (direction is None and POSSESSIVE_OR_SINCE.search(ctx.text, m.end(), m.end() + 2)) or (
            SINCE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        ):
            tense = "past"  # "Wednesday's ruling", "up from 443 million Thursday": what was
            if EDITION_AFTER.match(ctx.text, m.end()):
                tense = None  # (the nearer one)
        forward = tense == "future"
        if direction in (None, "on", "this") and tense is None:
            # "The leaders meet on Thursday" in a Tuesday story: no tense, the nearer Thursday
            target = WEEKDAYS.index(groups["weekday"].lower())
            forward = (target - published.weekday()) % 7 < (published.weekday() - target) % 7
        return (
            _weekday_date(groups["weekday"], published, direction, forward).isoformat(),
            "day",
            True,
        )
    if kind == "weekend":
        direction = groups["dir"].lower()
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)  # this or next
        if direction == "last" or (
            direction != "next" and _tense(ctx, m.start(), m.end()) == "past"
        ):
            saturday -= timedelta(days=7)
        elif direction == "next" and published.weekday() < 5:
            saturday += timedelta(days=7)
        sunday = saturday + timedelta(days=1)
        return f"{saturday.isoformat()}/{sunday.isoformat()}", "period", True
    if kind == "ago":
        count = groups["n"].lower()
        n = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
        if not n:
            return None
        unit = groups["unit"].lower()
        if unit == "day":
            return (published - timedelta(days=n)).isoformat(), "day", True
        if unit == "week":  # "six weeks ago": the week (Monday to Sunday) it falls in
            back = published - timedelta(days=7 * n)
            monday = back - timedelta(days=back.weekday())
            return (
                f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}",
                "period",
                True,
            )
        if unit == "month":
            index = published.year * 12 + published.month - 1 - n
            return _iso_month(index // 12, index % 12 + 1), "month", True
        return str(published.year - n * (10 if unit == "decade" else 1)), "year", True
    if kind == "the_year":
        return str(published.year), "year", True
    if kind == "relative_period":
        if groups["unit"][0].isupper() and not groups["unit"].isupper():
            return None  # "This Week", "Next Year": a title (a programme, a book), no date
        direction = groups["dir"].lower()
        if direction in ("last", "past", "next") and DURATION_BEFORE.search(
            ctx.text, max(0, m.start() - 4), m.start()
        ):
            return None  # "over the past year", "in the next month": a stretch of time, no date
        step = STEPS[direction]
        if groups["unit"].lower() == "year":
            return str(published.year + step), "year", True
        if groups["unit"].lower() == "week":  # Monday to Sunday
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
            sunday = monday + timedelta(days=6)
            return f"{monday.isoformat()}/{sunday.isoformat()}", "period", True
        month_index = published.year * 12 + published.month - 1 + step
        return _iso_month(month_index // 12, month_index % 12 + 1), "month", True
    return None


YEAR_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Aa]|[Ii]n|[Oo]f|[Ff]or"
    r"|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]o|[Aa]nd|[Oo]r|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough"
    r"|[Ii]nto|[Aa]t|[Oo]n|[Ww]ith|[Vv]ision|[Aa]genda)|['’]s|\()\s*$"
)
NOT_A_YEAR_BEFORE = re.compile(
    r"(?:[$€£¥₹#]|\b(?:No|Nos|no|Rs|US|than|about|around|nearly|almost|some|over|under|roughly|approximately|Article|Section|Rule|Order|Resolution|Flight|Route|Room)\.?)\s*$"
    # the year of a numbered act: "Law No. 4/2009", "Decree No. 15/2020" (an identifier)
    r"|\b(?:No|Nos|Number)\.? ?\d{1,4} ?/ ?$"
)
# a count or a measure after the number: "2000 people", "1990 km", "2010 tonnes"
COUNTED_AFTER = re.compile(
    # (a verb after a year is no count: "2022 was a record year", "2031 has begun")
    r"\s*(?!(?:was|is|has|as|does|saw|sees|marks|remains|brings|looks|promises|proves)\b)"
    r"(?:[a-z]+s|people|men|women|children|km|kg|m|mi|ft|MW|GW|t|tonnes?|tons?|yuan|yen|won)\b"
)


def _is_year(ctx: _Context, m: re.Match[str]) -> bool:
    """A number 1900-2099 alone is a year where a year stands: after a determiner or a
    preposition, before a name or at the end of a clause ("the 2019 elections", "Vision
    2035."), not a count ("2000 people", "more than 1,900") or a label ("Flight 1995")."""
    text, start, end = ctx.text, m.start(), m.end()
    year = int(m["year"])
    latest = (ctx.published.year if ctx.published else date.today().year) + 50
    if year > latest:
        return False
    before = text[max(0, start - 20) : start]
    if NOT_A_YEAR_BEFORE.search(before):
        return False
    return not (COUNTED_AFTER.match(text, end) and not YEAR_BEFORE.search(before))


def _span_text(m: re.Match[str], kind: str) -> tuple[int, int]:
    """Drop the preposition "on" from "on Monday": the date is the weekday."""
    start, end = m.span("span") if "span" in m.re.groupindex else m.span()
    if kind == "weekday" and m.group("dir") and m.group("dir").lower() == "on":
        start = m.start("weekday")
    return start, end


# "the January-March period of 2024", "the January 1-20 period": "the" is part of the period
PERIOD_WORD = re.compile(r" (?:period|quarter)\b")
DATELINE_REACH = 600  # the first lines of an article, where a dateline or page header stands
FULL_DATE_KINDS = ("iso", "month_day_year", "day_month_year")


def _dateline_date(text: str, scans: list[tuple[str, list[re.Match[str]]]]) -> date | None:
    """The first full date in an article's first lines ("Thursday, April 14, 2022", "NAIROBI,
    July 23, 2015"): what relative dates are read from when no publication date is known.
    Without one, the latest full date of the text: a report is written after what it tells
    ("the orders of 30th of June 2023 ... extended on Wednesday, July 5"). `scans` are the
    matches of each pattern in `text` (`_scan_patterns`)."""
    head = text[:DATELINE_REACH]
    dates = []
    latest = None
    for kind, found in scans:
        if kind not in FULL_DATE_KINDS:
            continue
        for m in found:
            month = int(m["month"]) if kind == "iso" else _month_number(m["month"])
            day = _valid_day(int(m["year"]), month, int(m["day"]))
            if day is None:
                continue
            if m.end() <= len(head):
                dates.append((m.start(), day))
            latest = day if latest is None else max(latest, day)
    return min(dates)[1] if dates else latest


def _titled_date(text: str, published: date) -> date:
    """The day the text speaks from: a full date that ends a line of its first lines ("Regular
    Press Conference on July 17, 2020") when the page was posted a few days after it, else the
    publication date. A transcript's "yesterday" is the day before the briefing, not before
    the posting."""
    head = text[:DATELINE_REACH]
    for kind, pattern in PATTERNS:
        if kind not in FULL_DATE_KINDS:
            continue
        for m in pattern.finditer(head):
            if head[m.end() : m.end() + 1] not in ("\n", ""):
                continue
            month = int(m["month"]) if kind == "iso" else _month_number(m["month"])
            day = _valid_day(int(m["year"]), month, int(m["day"]))
            if day is not None and 1 <= (published - day).days <= 3:
                return day
    return published


def find_dates(
    text: str, published: date | None, country: str | None = None
) -> list[DateExpression]:
    """Every date expression in `text`, earliest first, longest match winning overlaps.

    >>> [d.value for d in find_dates("It met on Monday and in December 2015.", date(2022, 11, 8))]
    ['2022-11-07', '2015-12']
    """
    scans = _scan_patterns(text)
    # the day relative dates are read from
    published = _dateline_date(text, scans) if published is None else _titled_date(text, published)
    ctx = _Context(text, published, country)
    found: list[DateExpression] = []
    taken: SortedSpans[None] = SortedSpans()  # the spans of the dates found, for overlaps
    for kind, matches in scans:
        for m in matches:
            if not _at_word_start(text, m.start()) and text[m.start()] not in "'’":
                continue  # (a possessive "'s December" starts inside its word)
            start, end = _span_text(m, kind)
            if kind in ("month_range", "month_day_range") and PERIOD_WORD.search(m.group()):
                start -= 4 if text[max(0, start - 4) : start] in ("the ", "The ") else 0
            if ADJECTIVE_PERIOD.match(text, start, end) and NOUN_AFTER.match(text, end):
                start += 4  # "the first-quarter GDP": "the" goes with "GDP"
            if taken.overlaps(start, end):
                continue
            resolved = _resolve(kind, m, ctx)
            if resolved is None:
                continue
            value, granularity, relative = resolved
            interval = table_interval(value)
            if interval is None:
                continue
            taken.insert(start, end, None)
            found.append(
                DateExpression(value, granularity, relative, text[start:end], start, end, *interval)
            )
    found.sort(key=lambda d: d.char_start)
    return join_dates(text, found, published)


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
    m = PATTERNS[[k for k, _ in PATTERNS].index("iso")][1].search(value)
    if m:
        return _valid_day(int(m["year"]), int(m["month"]), int(m["day"]))
    data = _date_parser().get_date_data(value)
    return data.date_obj.date() if data and data.date_obj else None
